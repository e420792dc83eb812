import { sendToPages } from '../messaging';

/**
 * Tells the extension's open pages that this page's items changed (a history-API navigation started a
 * fresh run, or a rescan changed the items shown): a sidebar showing this tab reloads its page data,
 * which it would otherwise refresh only when the tab loads a document.
 */
export function announcePageChange(): void {
  // Only an open sidebar listens; with none, nobody answers and that is fine.
  void sendToPages({ type: 'page-changed' }).catch(() => undefined);
}
