import browser from 'webextension-polyfill';
import { parseSidebarRequest, SIDEBAR_VIEW_KEY, type SidebarRequest } from './sidebar-request';

/** Chrome's Side Panel API and Firefox's sidebar action: neither is in the polyfill's types. */
interface SidebarApis {
  chrome?: { sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

/**
 * Opens the sidebar and tells it what to show. The browsers only open it in
 * answer to a user action, so the open call comes first, before any await
 * (an await can end the user gesture); the view follows through session
 * storage, which the sidebar watches.
 */
export function openSidebar(request: SidebarRequest, windowId?: number): Promise<void> {
  const apis = globalThis as SidebarApis;
  let opening: Promise<void>;
  if (apis.chrome?.sidePanel) {
    const target = request.tabId !== null ? { tabId: request.tabId } : { windowId };
    opening = apis.chrome.sidePanel.open(target);
  } else if (apis.browser?.sidebarAction) {
    opening = apis.browser.sidebarAction.open();
  } else {
    opening = Promise.reject(new Error('sidebar: this browser has no sidebar API'));
  }
  const stored = writeSidebarRequest(request);
  return Promise.all([opening, stored]).then(() => undefined);
}

export async function writeSidebarRequest(request: SidebarRequest): Promise<void> {
  await browser.storage.session.set({ [SIDEBAR_VIEW_KEY]: request });
}

/** What the sidebar was last asked to show in this browser session ("the page's items" when nothing). */
export async function readSidebarRequest(): Promise<SidebarRequest> {
  return parseSidebarRequest((await browser.storage.session.get(SIDEBAR_VIEW_KEY))[SIDEBAR_VIEW_KEY]);
}

/** Calls back with every new request; returns the unsubscribe. */
export function watchSidebarRequest(onChange: (request: SidebarRequest) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[SIDEBAR_VIEW_KEY];
    if (area === 'session' && change) onChange(parseSidebarRequest(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
