import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { UserSourceError } from './user-article';
import { packSource, unpackSource, type StoredSource } from './stored-source';
import { userSourceSchema, type UserSource } from './user-source-schema';
import { upgradeUserSourcesDb, USER_SOURCES_DB, USER_SOURCES_DB_VERSION } from './user-sources-db';

/**
 * The reader's sources in IndexedDB: the sources themselves, which sources
 * are hidden, and the merged index and catalogue built from them (so a
 * restarted service worker loads instead of recomputing). Every change is
 * one transaction over all of it: a failure, a full disk or a closed worker
 * leaves the previous state whole. The bundled seeds are never stored here.
 * Tests run it on fake-indexeddb.
 */

export { USER_SOURCES_DB } from './user-sources-db';
const SNAPSHOT_KEY = 'snapshot';
const HIDDEN_KEY = 'hidden';

/** The merged index as last persisted, and which bundled corpus it was built on. */
export interface StoredSnapshot {
  /** Changes when the extension ships another corpus: an older snapshot is then rebuilt. */
  bundledKey: string;
  /** MergedSnapshot as JSON: one string clones far faster than the index's millions of small objects. */
  json: string;
}

interface Schema extends DBSchema {
  sources: { key: string; value: UserSource | StoredSource };
  state: { key: string; value: StoredSnapshot | string[] };
}

export interface StoreChange {
  put?: readonly UserSource[];
  remove?: readonly string[];
  /** The snapshot after the change; null drops it (it is rebuilt on next load). */
  snapshot?: StoredSnapshot | null;
  hidden?: readonly string[];
}

export interface UserSourceStore {
  /** Every stored source, by id; records that no longer parse are skipped (and reported). */
  list(): Promise<UserSource[]>;
  hidden(): Promise<string[]>;
  snapshot(): Promise<StoredSnapshot | null>;
  commit(change: StoreChange): Promise<void>;
  close(): void;
}

/** A storage failure in words a reader can act on; a full disk is said plainly. */
export function describeStorageError(error: unknown): UserSourceError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return new UserSourceError(
      'user-sources: the browser has no room left for Parallax (storage quota exceeded): nothing was saved; remove some of your sources or free disk space',
    );
  const message = error instanceof Error ? error.message : String(error);
  return new UserSourceError(
    `user-sources: saving failed, nothing was changed (${name || 'error'}: ${message})`,
  );
}

/** Opens (creating on first use) the store; `name` lets tests keep their databases apart. */
export async function openUserSourceStore(
  name: string = USER_SOURCES_DB,
  onSkipped: (reason: string) => void = () => {},
): Promise<UserSourceStore> {
  const db = (await openDB(name, USER_SOURCES_DB_VERSION, {
    upgrade: upgradeUserSourcesDb,
  })) as unknown as IDBPDatabase<Schema>;
  return {
    async list() {
      const records = await db.getAll('sources');
      return records.flatMap((record) => {
        const parsed = userSourceSchema.safeParse(unpackSource(record));
        if (parsed.success) return [parsed.data];
        onSkipped(
          `user-sources: stored source ${String((record as { id?: unknown }).id)} is malformed and was skipped`,
        );
        return [];
      });
    },
    async hidden() {
      const value = await db.get('state', HIDDEN_KEY);
      return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
    },
    async snapshot() {
      const value = await db.get('state', SNAPSHOT_KEY);
      return value && !Array.isArray(value) && typeof value.json === 'string' ? value : null;
    },
    async commit(change) {
      const tx = db.transaction(['sources', 'state'], 'readwrite');
      const writes: Promise<unknown>[] = [];
      try {
        const sources = tx.objectStore('sources');
        const state = tx.objectStore('state');
        for (const id of change.remove ?? []) writes.push(sources.delete(id));
        for (const source of change.put ?? []) writes.push(sources.put(packSource(source)));
        if (change.snapshot === null) writes.push(state.delete(SNAPSHOT_KEY));
        else if (change.snapshot) writes.push(state.put(change.snapshot, SNAPSHOT_KEY));
        if (change.hidden) writes.push(state.put([...change.hidden], HIDDEN_KEY));
        await Promise.all([...writes, tx.done]);
      } catch (error) {
        // A request that throws (a bad key) does not abort the transaction by
        // itself: the writes queued before it would still commit.
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: nothing left to undo.
        }
        await Promise.allSettled([...writes, tx.done]);
        throw describeStorageError(error);
      }
    },
    close: () => db.close(),
  };
}
