import {
  contentScriptMessageSchema,
  isOwnSender,
  type PageHtmlResponse,
  type PageItemsResponse,
  type SenderLike,
} from '../messaging';
import type { PageCommands } from './page-commands';

export interface ContentMessageContext {
  /** This extension's id: only its own pages and background may ask anything. */
  extensionId: string;
  /** Parallax on the page, or null where it is not running (switched off, or not started yet). */
  page: PageCommands | null;
  /** The page's address. */
  location: Pick<Location, 'hostname' | 'href'>;
  /** The page's document, for "Add this page". */
  doc: Document;
}

/**
 * The content script's answer to a runtime message: a command for the page
 * (keyboard, sidebar) or a question about it (popup, sidebar). Undefined for
 * a command, for a message from anyone but this extension and for one that is
 * not a content-script message: checked before any field is read.
 */
export function answerContentMessage(
  message: unknown,
  sender: SenderLike,
  context: ContentMessageContext,
): Promise<PageItemsResponse | PageHtmlResponse> | undefined {
  if (!isOwnSender(sender, context.extensionId)) return undefined;
  const parsed = contentScriptMessageSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const { page, location } = context;
  switch (request.type) {
    case 'focus-mention':
      page?.focusMention(request.direction);
      return undefined;
    case 'focus-item':
      page?.focusItem(request.entityId);
      return undefined;
    case 'page-items':
      return Promise.resolve(
        page?.pageItems() ?? {
          type: 'page-items',
          hostname: location.hostname,
          active: false,
          pageSourceId: null,
          items: [],
        },
      );
    case 'page-html':
      // "Add this page": the popup reads the article with Readability, so that
      // library never loads into every page. Reading the markup, not writing it.
      return Promise.resolve({
        type: 'page-html',
        url: location.href,
        // eslint-disable-next-line no-restricted-properties
        html: context.doc.documentElement.outerHTML,
      });
  }
}
