import browser, { type Tabs } from 'webextension-polyfill';

export type Tab = Tabs.Tab;

/** The tabs API as Parallax uses it; the listeners return their unsubscribe. */
export const tabs = {
  /** The active tab of the current window; null when there is none. */
  async active(): Promise<Tab | null> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ?? null;
  },
  get: (tabId: number): Promise<Tab> => browser.tabs.get(tabId),
  /** The tab this extension page is shown in: undefined in the toolbar popup and the sidebar. */
  current: (): Promise<Tab | undefined> => browser.tabs.getCurrent(),
  /** Opens an extension page or a web page in a new tab, at `index` in the window when given. */
  async open(url: string, index?: number): Promise<void> {
    await browser.tabs.create(index === undefined ? { url } : { url, index });
  },
  onActivated(listener: (tabId: number, windowId: number) => void): () => void {
    const onActivated = (info: Tabs.OnActivatedActiveInfoType): void => listener(info.tabId, info.windowId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  },
  /** A tab finished loading a page. */
  onLoaded(listener: (tabId: number) => void): () => void {
    const onUpdated = (tabId: number, change: Tabs.OnUpdatedChangeInfoType): void => {
      if (change.status === 'complete') listener(tabId);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  },
};

/** The id of the window this extension page belongs to (undefined when the browser does not say). */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
