import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { describeStorageError, openUserSourceStore, type UserSource } from '@/lib/user-sources';
import { openIdbIndexStorage } from '@/lib/user-sources/idb-index-storage';

let databases = 0;
const freshStore = () => openUserSourceStore(`test-${++databases}`);

const source = (id: string, text = 'Crews walked out on Tuesday.'): UserSource => ({
  id,
  outlet: 'Harbour News',
  title: null,
  author: null,
  published: null,
  url: null,
  text,
});

describe('openUserSourceStore', () => {
  it('keeps sources, hidden ids and the snapshot across reopening', async () => {
    const name = `test-${++databases}`;
    const store = await openUserSourceStore(name);
    await store.commit({
      put: [source('yours-a'), source('yours-b')],
      hidden: ['000_seed'],
      snapshot: { bundledKey: 'k1', json: '{}' },
    });
    await store.commit({ remove: ['yours-a'], put: [source('yours-b', 'Updated text.')] });
    store.close();
    const reopened = await openUserSourceStore(name);
    expect(await reopened.list()).toEqual([source('yours-b', 'Updated text.')]);
    expect(await reopened.hidden()).toEqual(['000_seed']);
    expect(await reopened.snapshot()).toEqual({ bundledKey: 'k1', json: '{}' });
  });

  it('keeps the reader’s items one record each: a change puts and removes only its own, a replace starts afresh', async () => {
    const store = await freshStore();
    const item = (id: string, label: string) => ({
      id,
      label,
      kind: 'person' as const,
      aliases: [{ text: label, caseSensitive: true }],
    });
    expect(await store.readerItems()).toBeNull();
    await store.commit({
      items: {
        bundledKey: 'k1',
        put: [item('ewan-skerrow', 'Ewan Skerrow'), item('ina-vale', 'Ina Vale')],
        remove: [],
      },
    });
    await store.commit({
      items: { bundledKey: 'k1', put: [item('ola-moss', 'Ola Moss')], remove: ['ina-vale'] },
    });
    expect((await store.readerItems())?.items.map((stored) => stored.id)).toEqual([
      'ewan-skerrow',
      'ola-moss',
    ]);
    await store.commit({
      items: { bundledKey: 'k2', put: [item('ina-vale', 'Ina Vale')], remove: [], replace: true },
    });
    expect(await store.readerItems()).toEqual({ bundledKey: 'k2', items: [item('ina-vale', 'Ina Vale')] });
    await store.commit({ items: null });
    expect(await store.readerItems()).toBeNull();
  });

  it('reads sources by id, skipping those not stored, and forgets the snapshot’s pending ids with the snapshot', async () => {
    const store = await freshStore();
    await store.commit({
      put: [source('yours-a'), source('yours-b')],
      snapshot: { bundledKey: 'k1', json: '{}' },
      snapshotPending: ['yours-b'],
    });
    expect((await store.sourcesById(['yours-b', 'yours-x', 'yours-a'])).map((found) => found.id)).toEqual([
      'yours-b',
      'yours-a',
    ]);
    expect(await store.snapshotPending()).toEqual(['yours-b']);
    await store.commit({ snapshot: null });
    expect(await store.snapshotPending()).toEqual([]);
  });

  it('keeps a text deflated on disk and reads it back exactly, through the store and the index storage alike', async () => {
    const name = `test-${++databases}`;
    const store = await openUserSourceStore(name);
    const text = 'The minister’s reply — “not yet” — came late. '.repeat(40).trim();
    await store.commit({ put: [source('yours-a', text)] });
    store.close();
    const raw = await openDB(name);
    const record = (await raw.get('sources', 'yours-a')) as { text: unknown };
    raw.close();
    expect(record.text).toBeInstanceOf(Uint8Array);
    expect((record.text as Uint8Array).byteLength).toBeLessThan(Buffer.byteLength(text) / 3);
    expect(await (await openUserSourceStore(name)).list()).toEqual([source('yours-a', text)]);
    const storage = await openIdbIndexStorage(name);
    const read = await storage.transaction('readonly', (tx) => tx.range<UserSource>('sources', {}));
    storage.close();
    expect(read.map(({ value }) => value)).toEqual([source('yours-a', text)]);
  });

  it('reads a source written before texts were deflated (a string) as it is', async () => {
    const name = `test-${++databases}`;
    (await openUserSourceStore(name)).close();
    const raw = await openDB(name);
    await raw.put('sources', source('yours-old', 'Written by version 1.'));
    raw.close();
    expect(await (await openUserSourceStore(name)).list()).toEqual([
      source('yours-old', 'Written by version 1.'),
    ]);
  });

  it('writes nothing of a change that fails part-way', async () => {
    const store = await freshStore();
    await store.commit({ put: [source('yours-a')], snapshot: { bundledKey: 'k1', json: '"old"' } });
    const broken = { ...source('yours-c'), id: undefined } as unknown as UserSource;
    await expect(
      store.commit({
        put: [source('yours-b'), broken],
        remove: ['yours-a'],
        snapshot: { bundledKey: 'k1', json: '"new"' },
      }),
    ).rejects.toThrow(/^user-sources: saving failed, nothing was changed/u);
    expect((await store.list()).map((stored) => stored.id)).toEqual(['yours-a']);
    expect((await store.snapshot())?.json).toBe('"old"');
  });

  it('skips and reports a stored record that no longer parses', async () => {
    const skipped: string[] = [];
    const store = await openUserSourceStore(`test-${++databases}`, (reason) => skipped.push(reason));
    await store.commit({ put: [source('yours-a'), { ...source('yours-b'), text: '' }] });
    expect((await store.list()).map((stored) => stored.id)).toEqual(['yours-a']);
    expect(skipped).toEqual(['user-sources: stored source yours-b is malformed and was skipped']);
  });
});

describe('describeStorageError', () => {
  it('says plainly that the quota is exceeded and nothing was saved', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError')).message).toMatch(
      /no room left.*storage quota exceeded.*nothing was saved/u,
    );
  });
});
