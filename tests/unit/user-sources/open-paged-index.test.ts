import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openUserSourceStore, type UserSource } from '@/lib/user-sources';
import { openPagedIndex } from '@/lib/user-sources/open-paged-index';

let databases = 0;
const freshName = () => `paged-${++databases}`;

const source = (id: string, text: string, outlet = 'Harbour News'): UserSource => ({
  id,
  outlet,
  title: null,
  author: null,
  published: '2025-03-01',
  url: null,
  text,
});

/** A store exactly as version 1 wrote it (user-source-store.ts before the paged index). */
async function versionOneStore(name: string, sources: UserSource[], hidden: string[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('sources', { keyPath: 'id' });
      database.createObjectStore('state');
    },
  });
  for (const stored of sources) await db.put('sources', stored);
  await db.put('state', hidden, 'hidden');
  await db.put('state', { bundledKey: 'k', json: '{}' }, 'snapshot');
  db.close();
}

describe('openPagedIndex', () => {
  it('migrates a version-1 store: every source indexed with its id, edits and hidden flag kept', async () => {
    const name = freshName();
    const edited = { ...source('yours-b', 'Dockers voted to strike at the harbour.'), title: 'Edited title' };
    await versionOneStore(name, [source('yours-a', 'Crews walked out on Tuesday.'), edited], ['yours-b']);
    const { index, health, migrated, storage } = await openPagedIndex(name);
    expect(migrated).toBe(2);
    expect(health).toEqual({ ok: true, problems: [], unindexed: [] });
    expect(await index.source('yours-b')).toEqual(edited);
    expect((await index.search('dockers strike')).map((hit) => hit.sourceId)).toEqual(['yours-b']);
    storage.close();
    const legacy = await openUserSourceStore(name);
    expect(await legacy.hidden()).toEqual(['yours-b']);
    expect((await legacy.list()).map((stored) => stored.id)).toEqual(['yours-a', 'yours-b']);
    legacy.close();
  });

  it('answers after reopening from what is on disk, without re-indexing', async () => {
    const name = freshName();
    const first = await openPagedIndex(name);
    await first.index.addMany([source('yours-a', 'The minister paused the energy strikes.')]);
    first.storage.close();
    const again = await openPagedIndex(name);
    expect(again.migrated).toBe(0);
    expect(await again.index.migrated()).toBe(true);
    const [hit] = await again.index.search('energy');
    expect(hit).toMatchObject({ id: 'yours-a#0', text: 'The minister paused the energy strikes.' });
  });

  it('finds stores at odds with each other (corrupted storage) and reports them instead of throwing', async () => {
    const name = freshName();
    const opened = await openPagedIndex(name);
    await opened.index.addMany([source('yours-a', 'Crews walked out on Tuesday.')]);
    opened.storage.close();
    const db = await openDB(name);
    await db.put('state', { articles: 5, passages: 1, totalLength: 4, nextDoc: 1 }, 'index-totals');
    db.close();
    const { index } = await openPagedIndex(name);
    const health = await index.quickCheck();
    expect(health.ok).toBe(false);
    expect(health.problems).toEqual(['user-sources: the index counts 5 articles but holds 1']);
  });

  it('writes nothing of a batch whose storage fails part-way (no index entry without its article)', async () => {
    const name = freshName();
    const { index, storage } = await openPagedIndex(name);
    await index.addMany([source('yours-a', 'Crews walked out on Tuesday.')]);
    const before = await index.totals();
    // An id that is not a valid key makes the sources store refuse the put after the index writes were queued.
    const broken = { ...source('yours-b', 'Dockers voted to strike.'), id: {} } as unknown as UserSource;
    await expect(index.addMany([source('yours-c', 'Ports closed at dawn.'), broken])).rejects.toThrow(
      /^user-sources: saving failed, nothing was changed/u,
    );
    expect(await index.totals()).toEqual(before);
    expect(await index.search('ports')).toEqual([]);
    expect((await index.check()).ok).toBe(true);
    storage.close();
  });

  it('lists articles without their text, filtered by outlet and date, and streams every source in batches', async () => {
    const { index } = await openPagedIndex(freshName());
    await index.addMany([
      source('yours-a', 'Crews walked out.', 'A'),
      { ...source('yours-b', 'Ports closed.', 'B'), published: '2024-01-01' },
      source('yours-c', 'Talks resumed.', 'A'),
    ]);
    expect((await index.list({ outlet: 'A' })).map((article) => article.id)).toEqual(['yours-a', 'yours-c']);
    expect((await index.list({ publishedBefore: '2024-12-31' })).map((article) => article.id)).toEqual([
      'yours-b',
    ]);
    expect((await index.list({ after: 'yours-a', limit: 1 })).map((article) => article.id)).toEqual([
      'yours-b',
    ]);
    const batches: string[][] = [];
    for await (const batch of index.sources(2)) batches.push(batch.map((stored) => stored.id));
    expect(batches).toEqual([['yours-a', 'yours-b'], ['yours-c']]);
  });

  it('stops an import between batches when cancelled, keeping what was committed', async () => {
    const { index } = await openPagedIndex(freshName());
    const controller = new AbortController();
    const sources = Array.from({ length: 5 }, (_, i) =>
      source(`yours-${i}`, `Report number ${i} was filed.`),
    );
    const result = await index.addMany(sources, {
      batchSize: 2,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 2) controller.abort();
      },
    });
    expect(result).toMatchObject({ added: 2, complete: false });
    expect((await index.totals()).articles).toBe(2);
  });
});

describe('openPagedIndex, a migration stopped part-way', () => {
  it('indexes the rest of a version-1 store at the next opening', async () => {
    const name = `paged-resume-${++databases}`;
    await versionOneStore(
      name,
      [
        source('yours-a', 'Crews walked out.'),
        source('yours-b', 'Ports closed.'),
        source('yours-c', 'Talks resumed.'),
      ],
      [],
    );
    const controller = new AbortController();
    controller.abort();
    const stopped = await openPagedIndex(name, { signal: controller.signal });
    expect(stopped.migrated).toBe(0);
    expect(await stopped.index.migrated()).toBe(false);
    stopped.storage.close();
    const resumed = await openPagedIndex(name);
    expect(resumed.migrated).toBe(3);
    expect((await resumed.index.totals()).articles).toBe(3);
  });
});
