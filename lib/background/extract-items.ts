import type { ItemsExtracted } from '../messaging';
import { findNamedPhrases, userArticle, type PhraseCount, type UserSourceDraft } from '../user-sources';

/**
 * How long the worker's host stays up after its last answer. An import or a
 * reading session adds articles seconds apart; starting the offscreen
 * document and compromise again costs about a second each time, so it stays
 * for a while, then frees its memory (tens of MB with compromise loaded).
 */
export const IDLE_CLOSE_MS = 60_000;

/** The id a draft is read under: its would-be items do not depend on the id the queue gives it later. */
const DRAFT_ID = 'yours-pending';

/** One article's would-be items by phrase key: what merged-corpus pools (`keepNewItems`). */
export type ArticlePhrases = Map<string, PhraseCount>;

/** Where the item worker runs: Chrome's offscreen document, or a worker of Firefox's background page. */
export interface ItemWorkerHost {
  extract(source: { id: string } & UserSourceDraft): Promise<ItemsExtracted>;
  close(): Promise<void> | void;
}

export interface ItemExtractorDeps {
  /** Starts the host (lazily, on the first article after it was closed). */
  open(): ItemWorkerHost;
  log(reason: string): void;
  /** The idle timer; the background's own by default. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * The background's `extractItems(draft)`: an article's would-be items, found
 * by the build's extractor in the item worker, off the background's thread,
 * and called before the change enters the serialised queue. If the worker
 * cannot answer, the light path (findNamedPhrases) finds them here instead,
 * and the log says so. The host is opened for the first article and closed
 * once no article has been waiting for IDLE_CLOSE_MS.
 */
export function itemExtractor(deps: ItemExtractorDeps): (draft: UserSourceDraft) => Promise<ArticlePhrases> {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let host: ItemWorkerHost | null = null;
  let waiting = 0;
  let idle: unknown = null;

  const closeWhenIdle = (): void => {
    if (waiting > 0) return;
    idle = setTimer(() => {
      idle = null;
      const closing = host;
      host = null;
      Promise.resolve(closing?.close()).catch((error: unknown) =>
        deps.log(`items: closing the item worker failed: ${(error as Error).message}`),
      );
    }, IDLE_CLOSE_MS);
  };

  return async (draft) => {
    const source = { id: DRAFT_ID, ...draft };
    if (idle !== null) clearTimer(idle);
    idle = null;
    waiting++;
    try {
      host ??= deps.open();
      const { phrases } = await host.extract(source);
      return new Map(Object.entries(phrases));
    } catch (error) {
      deps.log(
        `items: the item worker failed (${(error as Error).message}); the light path found them instead`,
      );
      const failed = host;
      host = null;
      Promise.resolve(failed?.close()).catch(() => undefined);
      return findNamedPhrases(userArticle(source));
    } finally {
      waiting--;
      closeWhenIdle();
    }
  };
}
