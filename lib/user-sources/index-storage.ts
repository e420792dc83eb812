/**
 * What the paged index needs of a storage: ordered key–value stores read and
 * written inside one transaction that either commits whole or not at all.
 * IndexedDB provides it in the extension (idb-index-storage.ts); a Map-backed
 * one (memory-index-storage.ts) serves the tests and the CLI.
 */

/** IndexedDB's key order: numbers before strings before arrays, arrays element by element. */
export type IndexKey = number | string | readonly (number | string)[];

export const INDEX_STORES = ['sources', 'articles', 'terms', 'postings', 'slots', 'state'] as const;
/**
 * sources: the reader's articles as stored since version 1 (facts and text, by id);
 * articles: what the index keeps per article (facts without the text, passage spans, terms);
 * terms: the terms that have pages (for prefix completion); postings: [term, first passage] → a page;
 * slots: first passage number → article id; state: running totals and the hidden ids.
 */
export type IndexStoreName = (typeof INDEX_STORES)[number];

export interface KeyRange {
  lower?: IndexKey;
  upper?: IndexKey;
}

export interface IndexTx {
  get<T>(store: IndexStoreName, key: IndexKey): Promise<T | undefined>;
  /** Queued: a write is only seen once the transaction commits (and read back within it). */
  put(store: IndexStoreName, key: IndexKey, value: unknown): void;
  delete(store: IndexStoreName, key: IndexKey): void;
  /** Entries with keys in the (inclusive) range, in key order or reversed, at most `limit`. */
  range<T>(
    store: IndexStoreName,
    range: KeyRange,
    options?: { reverse?: boolean; limit?: number },
  ): Promise<{ key: IndexKey; value: T }[]>;
  /**
   * The values of `range`, in key order, without their keys: one request
   * where `range` is two (IndexedDB reads keys and values apart). Optional:
   * a storage without it is read through `range`.
   */
  values?<T>(store: IndexStoreName, range: KeyRange): Promise<T[]>;
  count(store: IndexStoreName): Promise<number>;
  /** Every key of a store, in order (no values read). */
  keys(store: IndexStoreName): Promise<IndexKey[]>;
}

export interface IndexStorage {
  /**
   * Runs `work` in one transaction over every store. `work` must await
   * nothing but the transaction's own requests (IndexedDB commits a
   * transaction that is left idle); a throw rolls everything back.
   */
  transaction<T>(mode: 'readonly' | 'readwrite', work: (tx: IndexTx) => Promise<T>): Promise<T>;
  close(): void;
}

/** IndexedDB's comparison of keys, for storages that must order keys themselves. */
export function compareKeys(a: IndexKey, b: IndexKey): number {
  const rank = (key: IndexKey): number => (typeof key === 'number' ? 0 : typeof key === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' || typeof a === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const left = a;
  const right = b as readonly (number | string)[];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareKeys(left[i] as number | string, right[i] as number | string);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
