import { openIdbIndexStorage } from './idb-index-storage';
import type { IndexStorage } from './index-storage';
import { PagedIndex, type AddManyOptions, type IndexHealth } from './paged-index';
import type { UserSource } from './user-source-schema';
import { userSourceSchema } from './user-source-schema';
import { USER_SOURCES_DB } from './user-sources-db';

export interface OpenedPagedIndex {
  index: PagedIndex;
  storage: IndexStorage;
  /** What the start-up check found, after indexing any source not yet indexed. */
  health: IndexHealth;
  /** Sources indexed at this opening: a version-1 store's, on its first start after the upgrade. */
  migrated: number;
}

/**
 * Opens the reader's sources with their paged index, checks the stores
 * against each other, and indexes the sources that have no index entries yet
 * (every source of a version-1 store, kept with its id, facts and text; the
 * hidden ids stay where they were). A check that finds the stores at odds is
 * returned, not thrown: the caller reports it and the bundled corpus keeps
 * answering.
 */
export async function openPagedIndex(
  name: string = USER_SOURCES_DB,
  options: Pick<AddManyOptions, 'onProgress' | 'signal'> = {},
): Promise<OpenedPagedIndex> {
  const storage = await openIdbIndexStorage(name);
  const index = new PagedIndex(storage);
  // Counting a store reads all its keys (IndexedDB keeps no count): a cold start at 10,000 articles spent
  // over a second on it. Transactions keep the stores in step, so the counts are compared only until a
  // version-1 store's migration has finished; `check` is there for a reader who asks.
  if (await index.migrated())
    return { index, storage, health: { ok: true, problems: [], unindexed: [] }, migrated: 0 };
  let health = await index.quickCheck();
  let migrated = 0;
  if (health.unindexed.length > 0) {
    const sources: UserSource[] = [];
    for (const id of health.unindexed) {
      const parsed = userSourceSchema.safeParse(await index.source(id));
      if (parsed.success) sources.push(parsed.data);
      else health.problems.push(`user-sources: stored source ${id} is malformed and was not indexed`);
    }
    const result = await index.addMany(sources, options);
    migrated = result.added + result.updated;
    const problems = [...health.problems, ...result.failed.map((failure) => failure.reason)];
    health = await index.quickCheck();
    health = {
      ...health,
      problems: [...problems, ...health.problems],
      ok: health.ok && problems.length === 0,
    };
  }
  if (health.ok && health.unindexed.length === 0) await index.markMigrated();
  return { index, storage, health, migrated };
}
