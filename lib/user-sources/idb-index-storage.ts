import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import {
  INDEX_STORES,
  type IndexKey,
  type IndexStorage,
  type IndexStoreName,
  type IndexTx,
  type KeyRange,
} from './index-storage';
import { decodeStored, encodeStored } from './stored-source';
import { describeStorageError } from './user-source-store';
import {
  IN_LINE_KEY_STORES,
  upgradeUserSourcesDb,
  USER_SOURCES_DB,
  USER_SOURCES_DB_VERSION,
} from './user-sources-db';

type Store = IDBPObjectStore<unknown, IndexStoreName[], IndexStoreName, 'readwrite'>;

function keyRange({ lower, upper }: KeyRange): IDBKeyRange | undefined {
  if (lower !== undefined && upper !== undefined) return IDBKeyRange.bound(lower, upper);
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper);
  return undefined;
}

/**
 * The paged index's storage in IndexedDB (the database of user-sources-db.ts),
 * a source's text kept deflated (stored-source.ts) and read back as written.
 * A failed read-write transaction is aborted whole and its error described in
 * words a reader can act on (a full disk says so).
 */
export async function openIdbIndexStorage(name: string = USER_SOURCES_DB): Promise<IndexStorage> {
  const db: IDBPDatabase<unknown> = await openDB(name, USER_SOURCES_DB_VERSION, {
    upgrade: upgradeUserSourcesDb,
  });
  return {
    async transaction(mode, work) {
      const tx = db.transaction([...INDEX_STORES], mode);
      const writes: Promise<unknown>[] = [];
      const store = (name: IndexStoreName): Store => tx.objectStore(name) as unknown as Store;
      const view: IndexTx = {
        get: async <T>(name: IndexStoreName, key: IndexKey) =>
          decodeStored<T | undefined>(name, await store(name).get(key as IDBValidKey)),
        put(name, key, value) {
          const stored = encodeStored(name, value);
          writes.push(
            IN_LINE_KEY_STORES.has(name)
              ? store(name).put(stored)
              : store(name).put(stored, key as IDBValidKey),
          );
        },
        delete(name, key) {
          writes.push(store(name).delete(key as IDBValidKey));
        },
        async range<T>(
          name: IndexStoreName,
          range: KeyRange,
          options: { reverse?: boolean; limit?: number } = {},
        ) {
          const query = keyRange(range);
          if (!options.reverse) {
            const [keys, values] = await Promise.all([
              store(name).getAllKeys(query, options.limit),
              store(name).getAll(query, options.limit),
            ]);
            return keys.map((key, i) => ({ key: key as IndexKey, value: decodeStored<T>(name, values[i]) }));
          }
          const out: { key: IndexKey; value: T }[] = [];
          let cursor = await store(name).openCursor(query, 'prev');
          const limit = options.limit ?? Infinity;
          while (cursor) {
            out.push({ key: cursor.key as IndexKey, value: decodeStored<T>(name, cursor.value) });
            if (out.length >= limit) break;
            cursor = await cursor.continue();
          }
          return out;
        },
        values: async <T>(name: IndexStoreName, range: KeyRange) =>
          ((await store(name).getAll(keyRange(range))) as unknown[]).map((value) =>
            decodeStored<T>(name, value),
          ),
        count: (name) => store(name).count(),
        keys: async (name) => (await store(name).getAllKeys()) as IndexKey[],
      };
      try {
        const result = await work(view);
        await Promise.all([...writes, tx.done]);
        return result;
      } catch (error) {
        // A failed request does not abort the transaction by itself: what was queued before it would commit.
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: nothing left to undo.
        }
        await Promise.allSettled([...writes, tx.done]);
        throw mode === 'readwrite' ? describeStorageError(error) : error;
      }
    },
    close: () => db.close(),
  };
}
