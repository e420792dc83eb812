import browser from 'webextension-polyfill';
import { sidebarViewSchema, type SidebarView } from '../messaging';

/** Where the sidebar finds what to show: written by whoever opens it, read and watched by the sidebar. */
export const SIDEBAR_VIEW_KEY = 'sidebarView';

export interface SidebarRequest {
  /** The tab the view is about (the sidebar follows the active tab when it is absent). */
  tabId: number | null;
  view: SidebarView;
}

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

/** The stored request, validated: anything else (nothing, an old shape) is "the page's items". */
export function parseSidebarRequest(stored: unknown): SidebarRequest {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const view = sidebarViewSchema.safeParse(record.view);
  const tabId = typeof record.tabId === 'number' && Number.isInteger(record.tabId) ? record.tabId : null;
  return { tabId, view: view.success ? view.data : { kind: 'page' } };
}
