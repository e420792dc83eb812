/**
 * What the corpus section runs inside an extension page (so on the
 * extension's own IndexedDB): bundled by esbuild into one script that the
 * section evaluates in the page, where it sets `globalThis.corpusProbe`.
 * Times are taken in the page, around the store's own calls only.
 */
import { compileMatcher } from '../../../lib/entities/compile-matcher';
import { findItemPassages } from '../../../lib/user-sources/find-item-passages';
import { openPagedIndex, type OpenedPagedIndex } from '../../../lib/user-sources/open-paged-index';
import { INDEX_STORES, type IndexKey } from '../../../lib/user-sources/index-storage';
import { PagedIndex } from '../../../lib/user-sources/paged-index';
import type { UserSource } from '../../../lib/user-sources/user-source-schema';
import { encodeStored } from '../../../lib/user-sources/stored-source';
import { recordBytes } from '../../support/record-bytes';

/** Records read per request when summing a store's bytes (a 50,000-article store holds millions of pages). */
const SCAN_CHUNK = 5000;

/** Passages a card asks for: what the card's sources list draws from (lib/background's item card). */
const CARD_PASSAGES = 30;
const SEARCH_LIMIT = 30;

let opened: OpenedPagedIndex | null = null;

async function current(name: string): Promise<OpenedPagedIndex> {
  opened ??= await openPagedIndex(name);
  return opened;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const probe = {
  async importBatch(name: string, sources: UserSource[]): Promise<number> {
    const { index } = await current(name);
    return timed(() => index.addMany(sources));
  },
  /**
   * Adds each article alone, folds the write log into the pages, removes each
   * article alone (so each removal is of an article in the pages, not still
   * in the log), and folds again: one sample of add and remove per article,
   * and the two compactions' times, which the background pays off the
   * reader's path (after answering, every COMPACT_AT changes).
   */
  async addRemove(
    name: string,
    sources: UserSource[],
  ): Promise<{ add: number[]; remove: number[]; compactAdds: number; compactRemoves: number }> {
    const { index } = await current(name);
    await index.compact();
    const add: number[] = [];
    const remove: number[] = [];
    for (const source of sources) add.push(await timed(() => index.addMany([source])));
    const compactAdds = await timed(() => index.compact());
    for (const source of sources) remove.push(await timed(() => index.remove([source.id])));
    const compactRemoves = await timed(() => index.compact());
    return { add, remove, compactAdds, compactRemoves };
  },
  async search(
    name: string,
    queries: string[],
    limit = SEARCH_LIMIT,
  ): Promise<{ ms: number[]; hits: number }> {
    const { index } = await current(name);
    const ms: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const start = performance.now();
      hits += (await index.search(query, { limit })).length;
      ms.push(performance.now() - start);
    }
    return { ms, hits };
  },
  card(name: string, labels: string[]) {
    return probe.search(name, labels, CARD_PASSAGES);
  },
  /**
   * As `search`, each query on a new PagedIndex over the same open database:
   * nothing kept in memory from an earlier question (pages, completions,
   * articles), so the store's own reads are timed.
   */
  async searchUncached(
    name: string,
    queries: string[],
    limit = SEARCH_LIMIT,
  ): Promise<{ ms: number[]; hits: number }> {
    const { storage } = await current(name);
    const ms: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const index = new PagedIndex(storage);
      const start = performance.now();
      hits += (await index.search(query, { limit })).length;
      ms.push(performance.now() - start);
    }
    return { ms, hits };
  },
  /**
   * An item's passages as the card would take them from the index
   * (findItemPassages: the name as its one alias, kept where the matcher
   * finds it), per name; and how many passages were found.
   */
  async itemPassages(
    name: string,
    labels: string[],
    uncached = false,
  ): Promise<{ ms: number[]; hits: number }> {
    const opened = await current(name);
    const ms: number[] = [];
    let hits = 0;
    for (const label of labels) {
      // Uncached: a new PagedIndex per name, so nothing an earlier name or query read is in memory.
      const index = uncached ? new PagedIndex(opened.storage) : opened.index;
      const alias = { text: label, caseSensitive: false };
      const matcher = compileMatcher([{ ...alias, entityId: 'probe', properNoun: true }]);
      const start = performance.now();
      const found = await findItemPassages(index, { id: 'probe', aliases: [alias] }, matcher);
      ms.push(performance.now() - start);
      hits += Object.values(found).reduce((sum, list) => sum + list.length, 0);
    }
    return { ms, hits };
  },
  /** From nothing in memory (the connection closed, as a stopped worker leaves it) to a query's answer. */
  async coldStart(name: string, query: string): Promise<number> {
    opened?.storage.close();
    opened = null;
    return timed(async () => {
      const { index } = await current(name);
      await index.search(query, { limit: SEARCH_LIMIT });
    });
  },
  async totals(name: string) {
    return (await current(name)).index.totals();
  },
  /** Every store's records' own bytes (key and value as IndexedDB encodes them), read a chunk at a time. */
  async recordBytes(name: string): Promise<Record<string, number>> {
    const { storage } = await current(name);
    const out: Record<string, number> = {};
    for (const store of INDEX_STORES) {
      let total = 0;
      let after: IndexKey | undefined;
      for (;;) {
        const lower = after;
        const chunk = await storage.transaction('readonly', (tx) =>
          tx.range<unknown>(store, lower === undefined ? {} : { lower }, { limit: SCAN_CHUNK + 1 }),
        );
        const fresh = lower === undefined ? chunk : chunk.slice(1);
        // The storage hands sources back unpacked: packed again, they are what the store holds.
        for (const { key, value } of fresh) total += recordBytes(key, encodeStored(store, value));
        if (fresh.length === 0 || chunk.length < SCAN_CHUNK + 1) break;
        after = (chunk.at(-1) as { key: IndexKey }).key;
      }
      out[store] = total;
    }
    return out;
  },
  async usage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
};

Object.assign(globalThis, { corpusProbe: probe });
export type CorpusProbe = typeof probe;
