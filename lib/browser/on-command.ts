import browser, { type Tabs } from 'webextension-polyfill';

/** Calls back with the name of a keyboard command declared in the manifest, and the tab it was pressed on. */
export function onCommand(listener: (command: string, tab: Tabs.Tab | undefined) => void): void {
  browser.commands.onCommand.addListener(listener);
}
