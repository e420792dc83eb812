import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type {
  KeptMemberRecord,
  KeptStoriesChange,
  KeptStoriesState,
  KeptStoryRecord,
} from '../stories/kept-stories';
import type { NewItem } from './keep-new-items';
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
/**
 * The reader's sources changed since the stored snapshot was taken (added,
 * edited or removed): the snapshot is written after a change is answered, so
 * a load replays these on it rather than rebuilding the whole.
 */
const SNAPSHOT_PENDING_KEY = 'snapshot-pending';
/**
 * The kept stories (lib/stories/kept-stories.ts) live in the state store, one
 * small record per story, per reader article and per term, under these key
 * prefixes: a change rewrites only the records it touches, and a cold start
 * reads the stories and terms by key range, never an article.
 */
const STORIES_META_KEY = 'stories-meta';
const STORY_PREFIX = 'story:';
const MEMBER_PREFIX = 'story-member:';
const TERM_PREFIX = 'story-term:';
/**
 * The reader's items (keep-new-items.ts: id, label, kind, aliases), one
 * record each, written by the change that found or dropped them: a cold
 * card compiles its matcher from these instead of the snapshot's catalogue.
 */
const ITEMS_META_KEY = 'reader-items-meta';
const ITEM_PREFIX = 'reader-item:';

/** The kept stories as stored, and which bundled corpus they were placed against. */
export interface StoredKeptStories {
  bundledKey: string;
  state: KeptStoriesState;
}

/** A change of the kept stories; `replace` first drops every stored story record (a conversion or a rebuild). */
export interface KeptStoriesWrite {
  bundledKey: string;
  change: KeptStoriesChange;
  replace?: boolean;
}

function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

function isStoryRecord(value: unknown): value is KeptStoryRecord {
  const record = value as Partial<KeptStoryRecord> | null;
  return (
    typeof record?.id === 'string' &&
    Array.isArray(record.members) &&
    Array.isArray(record.sum) &&
    Array.isArray(record.surface)
  );
}

/** The reader's items as stored, and which bundled corpus they were found against. */
export interface StoredReaderItems {
  bundledKey: string;
  items: NewItem[];
}

/** A change of the reader's items; `replace` first drops every stored item record (a conversion or a rebuild). */
export interface ReaderItemsWrite {
  bundledKey: string;
  put: readonly NewItem[];
  remove: readonly string[];
  replace?: boolean;
}

function isItemRecord(value: unknown): value is NewItem {
  const record = value as Partial<NewItem> | null;
  return (
    typeof record?.id === 'string' &&
    typeof record.label === 'string' &&
    typeof record.kind === 'string' &&
    Array.isArray(record.aliases)
  );
}

/** The merged index as last persisted, and which bundled corpus it was built on. */
export interface StoredSnapshot {
  /** Changes when the extension ships another corpus: an older snapshot is then rebuilt. */
  bundledKey: string;
  /** MergedSnapshot as JSON: one string clones far faster than the index's millions of small objects. */
  json: string;
}

interface Schema extends DBSchema {
  sources: { key: string; value: UserSource | StoredSource };
  state: {
    key: string;
    value:
      | StoredSnapshot
      | string[]
      | KeptStoryRecord
      | KeptMemberRecord
      | number
      | NewItem
      | { bundledKey: string; total?: number };
  };
}

export interface StoreChange {
  put?: readonly UserSource[];
  remove?: readonly string[];
  /** The snapshot after the change; null drops it (it is rebuilt on next load). */
  snapshot?: StoredSnapshot | null;
  /** The sources changed since the stored snapshot (replayed on it at load); written whole, small. */
  snapshotPending?: readonly string[];
  hidden?: readonly string[];
  /** The kept stories' records the change touched; null drops them all (they are converted again on next load). */
  stories?: KeptStoriesWrite | null;
  /** The reader's items the change found or dropped; null drops them all (they are written again on next load). */
  items?: ReaderItemsWrite | null;
}

export interface UserSourceStore {
  /** Every stored source, by id; records that no longer parse are skipped (and reported). */
  list(): Promise<UserSource[]>;
  hidden(): Promise<string[]>;
  snapshot(): Promise<StoredSnapshot | null>;
  /** The ids of sources changed since the stored snapshot was taken (none when it is current). */
  snapshotPending(): Promise<string[]>;
  /** The kept stories' records and term frequencies (never an article's), or null when none were stored. */
  keptStories(): Promise<StoredKeptStories | null>;
  /** One reader article's story record (what it added to its story, to take back when it leaves). */
  keptMember(id: string): Promise<KeptMemberRecord | null>;
  /** The reader's items, or null when none were stored for any bundled corpus (a store written before they were kept). */
  readerItems(): Promise<StoredReaderItems | null>;
  /** The stored sources of these ids (those stored, in the order asked), read by key: never the whole store. */
  sourcesById(ids: readonly string[]): Promise<UserSource[]>;
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
      const value = (await db.get('state', SNAPSHOT_KEY)) as Partial<StoredSnapshot> | undefined;
      return typeof value?.json === 'string' && typeof value.bundledKey === 'string'
        ? (value as StoredSnapshot)
        : null;
    },
    async snapshotPending() {
      const value = await db.get('state', SNAPSHOT_PENDING_KEY);
      return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
    },
    async keptStories() {
      const tx = db.transaction('state', 'readonly');
      const state = tx.objectStore('state');
      const [meta, stories, terms, counts] = await Promise.all([
        state.get(STORIES_META_KEY),
        state.getAll(prefixRange(STORY_PREFIX)),
        state.getAllKeys(prefixRange(TERM_PREFIX)),
        state.getAll(prefixRange(TERM_PREFIX)),
        tx.done,
      ]);
      const head = meta as { bundledKey?: unknown; total?: unknown } | undefined;
      if (typeof head?.bundledKey !== 'string' || typeof head.total !== 'number') return null;
      if (!stories.every(isStoryRecord)) {
        onSkipped('user-sources: a stored story record is malformed; the stories are converted again');
        return null;
      }
      const df = new Map<string, number>();
      for (const [k, key] of terms.entries()) {
        const count = counts[k];
        if (typeof count === 'number') df.set(key.slice(TERM_PREFIX.length), count);
      }
      return { bundledKey: head.bundledKey, state: { stories, df, total: head.total } };
    },
    async keptMember(id) {
      const value = await db.get('state', `${MEMBER_PREFIX}${id}`);
      const record = value as Partial<KeptMemberRecord> | undefined;
      return typeof record?.story === 'string' && Array.isArray(record.vector)
        ? (record as KeptMemberRecord)
        : null;
    },
    async readerItems() {
      const tx = db.transaction('state', 'readonly');
      const state = tx.objectStore('state');
      const [meta, records] = await Promise.all([
        state.get(ITEMS_META_KEY),
        state.getAll(prefixRange(ITEM_PREFIX)),
        tx.done,
      ]);
      const head = meta as { bundledKey?: unknown } | undefined;
      if (typeof head?.bundledKey !== 'string') return null;
      if (!records.every(isItemRecord)) {
        onSkipped('user-sources: a stored item record is malformed; the items are written again');
        return null;
      }
      return { bundledKey: head.bundledKey, items: records };
    },
    async sourcesById(ids) {
      const tx = db.transaction('sources', 'readonly');
      const [records] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
      return records.flatMap((record, k) => {
        if (record === undefined) return [];
        const parsed = userSourceSchema.safeParse(unpackSource(record));
        if (parsed.success) return [parsed.data];
        onSkipped(`user-sources: stored source ${String(ids[k])} is malformed and was skipped`);
        return [];
      });
    },
    async commit(change) {
      const tx = db.transaction(['sources', 'state'], 'readwrite');
      const writes: Promise<unknown>[] = [];
      try {
        const sources = tx.objectStore('sources');
        const state = tx.objectStore('state');
        for (const id of change.remove ?? []) writes.push(sources.delete(id));
        for (const source of change.put ?? []) writes.push(sources.put(packSource(source)));
        if (change.snapshot === null) {
          // Nothing to replay on a snapshot that is gone: the next load rebuilds from the sources.
          writes.push(state.delete(SNAPSHOT_KEY));
          writes.push(state.delete(SNAPSHOT_PENDING_KEY));
        } else if (change.snapshot) writes.push(state.put(change.snapshot, SNAPSHOT_KEY));
        if (change.hidden) writes.push(state.put([...change.hidden], HIDDEN_KEY));
        if (change.snapshotPending) writes.push(state.put([...change.snapshotPending], SNAPSHOT_PENDING_KEY));
        if (change.stories === null || change.stories?.replace) {
          writes.push(state.delete(STORIES_META_KEY));
          for (const prefix of [STORY_PREFIX, MEMBER_PREFIX, TERM_PREFIX])
            writes.push(state.delete(prefixRange(prefix)));
        }
        if (change.stories) {
          const { bundledKey, change: kept } = change.stories;
          for (const id of kept.removedStories) writes.push(state.delete(`${STORY_PREFIX}${id}`));
          for (const record of kept.stories) writes.push(state.put(record, `${STORY_PREFIX}${record.id}`));
          for (const id of kept.removedMembers) writes.push(state.delete(`${MEMBER_PREFIX}${id}`));
          for (const record of kept.members) writes.push(state.put(record, `${MEMBER_PREFIX}${record.id}`));
          for (const [term, count] of kept.df)
            writes.push(
              count > 0 ? state.put(count, `${TERM_PREFIX}${term}`) : state.delete(`${TERM_PREFIX}${term}`),
            );
          writes.push(state.put({ bundledKey, total: kept.total }, STORIES_META_KEY));
        }
        if (change.items === null || change.items?.replace) {
          writes.push(state.delete(ITEMS_META_KEY));
          writes.push(state.delete(prefixRange(ITEM_PREFIX)));
        }
        if (change.items) {
          const { bundledKey, put, remove } = change.items;
          for (const id of remove) writes.push(state.delete(`${ITEM_PREFIX}${id}`));
          for (const item of put) writes.push(state.put(item, `${ITEM_PREFIX}${item.id}`));
          writes.push(state.put({ bundledKey }, ITEMS_META_KEY));
        }
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
