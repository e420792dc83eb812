import browser, { type Menus, type Tabs } from 'webextension-polyfill';

/** One of Parallax's context-menu entries. */
export interface MenuEntry {
  id: string;
  title: string;
  contexts: Menus.ContextType[];
}

/** Context menus (`contextMenus`, which both browsers have); the click hands over the tab it was on. */
export const menus = {
  create(entry: MenuEntry): void {
    browser.contextMenus.create(entry);
  },
  onClicked(listener: (info: Menus.OnClickData, tab: Tabs.Tab | undefined) => void): void {
    browser.contextMenus.onClicked.addListener(listener);
  },
};
