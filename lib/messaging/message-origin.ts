import { isOwnSender, type SenderLike } from './is-own-sender';

/**
 * Where a message came from, as far as a receiver can tell: a tab's content
 * script, or one of the extension's own documents (a page or the background:
 * the browser tells them apart only by URL, which a receiver need not know).
 */
export type Origin = 'content' | 'extension';

/** This extension, as `runtime.id` and `runtime.getURL('/')` name it. */
export interface OwnExtension {
  id: string;
  url: string;
}

/** The origin of a message from this extension; null for another extension, a web page or an unknown context. */
export function messageOrigin(sender: SenderLike, own: OwnExtension): Origin | null {
  if (!isOwnSender(sender, own.id)) return null;
  if (sender.url?.startsWith(own.url)) return 'extension';
  // A content script runs in a tab, on the page's URL; an extension document has the extension's.
  return sender.tab !== undefined && sender.tab !== null ? 'content' : null;
}
