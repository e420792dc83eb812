import browser from 'webextension-polyfill';

/** The extension's own runtime: its files, version, options page and install event. */
export const extension = {
  /** The address of a file packaged with the extension (`path` from the package root, leading slash optional). */
  url: (path: string): string => browser.runtime.getURL(path.startsWith('/') ? path : `/${path}`),
  version: (): string => browser.runtime.getManifest().version,
  openOptions: (): Promise<void> => browser.runtime.openOptionsPage(),
  /** Installed or updated: the moment to create context-menu entries, which the browser keeps. */
  onInstalled(listener: () => void): void {
    browser.runtime.onInstalled.addListener(listener);
  },
  /** The browser started with the extension in it (not every wake of the service worker). */
  onStartup(listener: () => void): void {
    browser.runtime.onStartup.addListener(listener);
  },
};
