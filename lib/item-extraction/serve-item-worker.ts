import { itemWorkerRequestSchema, type ItemWorkerAnswer } from '../messaging/item-messages';
import { userArticle } from '../user-sources/user-article';
import { findArticleItems } from './find-article-items';

/** The worker's side of its port (a dedicated worker's global scope), taken as a parameter. */
export interface ItemWorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(answer: ItemWorkerAnswer): void;
}

/**
 * Answers each request on `scope` with the article's would-be items
 * (findArticleItems), one at a time as they arrive. A request that does not
 * parse is answered with an error under its id when it has one, and ignored
 * otherwise: only the extension's own pages can post to this worker.
 */
export function serveItemWorker(scope: ItemWorkerScope): void {
  scope.addEventListener('message', ({ data }) => {
    const parsed = itemWorkerRequestSchema.safeParse(data);
    if (!parsed.success) {
      const id = (data as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id) && id >= 0)
        scope.postMessage({ id, error: 'item-worker: malformed request' });
      return;
    }
    const { id, source } = parsed.data;
    try {
      const phrases = Object.fromEntries(findArticleItems(userArticle(source)));
      scope.postMessage({ id, answer: { type: 'items-extracted', phrases } });
    } catch (error) {
      scope.postMessage({ id, error: `item-worker: ${source.id}: ${String(error).slice(0, 500)}` });
    }
  });
}
