// From the schema's own file, not lib/messaging's index: that imports lib/browser's senders.
import { sidebarViewSchema, type SidebarView } from '../messaging/protocol';

/** Where the sidebar finds what to show (session storage): written by whoever opens it, read and watched by the sidebar. */
export const SIDEBAR_VIEW_KEY = 'sidebarView';

export interface SidebarRequest {
  /** The tab the view is about (the sidebar follows the active tab when it is absent). */
  tabId: number | null;
  view: SidebarView;
}

/** The stored request, validated: anything else (nothing, an old shape) is "the page's items". */
export function parseSidebarRequest(stored: unknown): SidebarRequest {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const view = sidebarViewSchema.safeParse(record.view);
  const tabId = typeof record.tabId === 'number' && Number.isInteger(record.tabId) ? record.tabId : null;
  return { tabId, view: view.success ? view.data : { kind: 'page' } };
}
