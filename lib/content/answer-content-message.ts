import { messageOrigin, receiveMessage, type OwnExtension, type SenderLike } from '../messaging';
import type { PageCommands } from './page-commands';

export interface ContentMessageContext {
  /** This extension (`runtime.id`, `runtime.getURL('/')`): only its own pages and background may ask anything. */
  own: OwnExtension;
  /** Parallax on the page, or null where it is not running (switched off, or not started yet). */
  page: PageCommands | null;
  /** The page once a start under way has ended: what a question about the page waits for. */
  settled?: () => Promise<PageCommands | null>;
  /** The page's address. */
  location: Pick<Location, 'hostname' | 'href'>;
  /** The page's document, for "Add this page". */
  doc: Document;
}

/**
 * The content script's answer to a runtime message: a command for the page
 * (keyboard, sidebar) or a question about it (popup, sidebar). Undefined for
 * a command, for a message from anyone but this extension and for one the
 * table does not address to a tab: checked before any field is read.
 */
export function answerContentMessage(
  message: unknown,
  sender: SenderLike,
  context: ContentMessageContext,
): Promise<unknown> | undefined {
  const origin = messageOrigin(sender, context.own);
  if (!origin) return undefined;
  const { page, location } = context;
  return receiveMessage('tab', message, origin, {
    'focus-mention': (request) => page?.focusMention(request.direction),
    'focus-item': (request) => page?.focusItem(request.entityId),
    'page-items': async () =>
      (context.settled ? await context.settled() : page)?.pageItems() ?? {
        type: 'page-items',
        hostname: location.hostname,
        active: false,
        pageSourceId: null,
        story: null,
        items: [],
      },
    // "Add this page": the popup reads the article with Readability, so that
    // library never loads into every page. Reading the markup, not writing it.
    'page-html': () => ({
      type: 'page-html',
      url: location.href,
      // eslint-disable-next-line no-restricted-properties
      html: context.doc.documentElement.outerHTML,
    }),
  });
}
