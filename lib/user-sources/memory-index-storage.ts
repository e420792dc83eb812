import {
  compareKeys,
  INDEX_STORES,
  type IndexKey,
  type IndexStorage,
  type IndexStoreName,
  type IndexTx,
} from './index-storage';
import { decodeStored, encodeStored } from './stored-source';

type Entries = Map<string, { key: IndexKey; value: unknown }>;

/** A stable map key for an IndexedDB-style key. */
const slot = (key: IndexKey): string => JSON.stringify(key);

/**
 * The paged index's storage in memory, with IndexedDB's semantics where the
 * index relies on them: key order, and a transaction that a throw rolls back
 * whole. Values are cloned in and out, as structured clone does, and sources
 * packed as the IndexedDB storage packs them (stored-source.ts).
 */
export function memoryIndexStorage(): IndexStorage & {
  dump(): Record<IndexStoreName, [IndexKey, unknown][]>;
} {
  let stores = new Map<IndexStoreName, Entries>(INDEX_STORES.map((name) => [name, new Map()]));
  const entries = (name: IndexStoreName): Entries => stores.get(name) as Entries;
  const tx: IndexTx = {
    get: <T>(name: IndexStoreName, key: IndexKey) =>
      Promise.resolve(
        structuredClone(decodeStored<T | undefined>(name, entries(name).get(slot(key))?.value)),
      ),
    put(name, key, value) {
      entries(name).set(slot(key), { key, value: structuredClone(encodeStored(name, value)) });
    },
    delete(name, key) {
      entries(name).delete(slot(key));
    },
    range<T>(
      name: IndexStoreName,
      { lower, upper }: { lower?: IndexKey; upper?: IndexKey },
      options: { reverse?: boolean; limit?: number } = {},
    ) {
      const found = [...entries(name).values()]
        .filter(
          ({ key }) =>
            (lower === undefined || compareKeys(key, lower) >= 0) &&
            (upper === undefined || compareKeys(key, upper) <= 0),
        )
        .sort((a, b) => compareKeys(a.key, b.key));
      if (options.reverse) found.reverse();
      return Promise.resolve(
        found
          .slice(0, options.limit ?? found.length)
          .map(({ key, value }) => ({ key, value: structuredClone(decodeStored<T>(name, value)) })),
      );
    },
    values: async <T>(name: IndexStoreName, range: { lower?: IndexKey; upper?: IndexKey }) =>
      (await tx.range<T>(name, range)).map(({ value }) => value),
    count: (name) => Promise.resolve(entries(name).size),
    keys: (name) => Promise.resolve([...entries(name).values()].map(({ key }) => key).sort(compareKeys)),
  };
  // One transaction at a time, as IndexedDB runs overlapping read-write ones.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    transaction(_mode, work) {
      const run = queue.then(async () => {
        const before = new Map([...stores].map(([name, map]) => [name, new Map(map)]));
        try {
          return await work(tx);
        } catch (error) {
          stores = before;
          throw error;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close() {},
    dump: () =>
      Object.fromEntries(
        [...stores].map(([name, map]) => [
          name,
          [...map.values()].sort((a, b) => compareKeys(a.key, b.key)).map(({ key, value }) => [key, value]),
        ]),
      ) as Record<IndexStoreName, [IndexKey, unknown][]>,
  };
}
