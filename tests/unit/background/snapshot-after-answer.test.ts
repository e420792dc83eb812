import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UserCorpusHost, type BundledAssets } from '@/lib/background';
import { readCorpusBundle } from '@/lib/node';
import {
  MergedCorpus,
  openPagedIndex,
  openUserSourceStore,
  type StoreChange,
  type UserSourceDraft,
} from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * A change is answered once the sources, the index and the change's small
 * records are written; the merged snapshot follows on the queue. A worker
 * stopped (or a write failed) before it leaves the older snapshot and the
 * changed ids on disk, and the next load replays them: the corpus equals the
 * one whose snapshot was written.
 */

let assets: BundledAssets;
beforeAll(() => {
  assets = bundledAssetsOf(readCorpusBundle(SEEDS_DIR));
}, 60_000);

const draft = (title: string, url: string, text: string): UserSourceDraft => ({
  outlet: 'Harbour Gazette',
  title,
  author: null,
  published: '2025-08-05',
  url,
  text,
});

const LIGHTHOUSE = draft(
  'The lighthouse keeper retires',
  'https://gazette.example/lighthouse',
  'The lighthouse keeper retires\n\nThe lighthouse keeper Ewan Skerrow of Skerrivore handed over the lamp on Thursday. Ewan Skerrow will live on the mainland.',
);
const FERRY = draft(
  'Ferry to Skerrivore resumes',
  'https://gazette.example/ferry',
  'Ferry to Skerrivore resumes\n\nThe ferry to Skerrivore sailed again on Friday, Ewan Skerrow said. The crossing takes 40 minutes.',
);

let databases = 0;

/** A host whose store records every commit, and refuses the snapshot's own writes when `refuseSnapshot`. */
function hostOn(
  name: string,
  commits: StoreChange[] = [],
  refuseSnapshot = false,
  snapshotQuietMs = 0,
): UserCorpusHost {
  return new UserCorpusHost({
    snapshotQuietMs,
    loadAssets: () => Promise.resolve(assets),
    openStore: async () => {
      const store = await openUserSourceStore(name);
      return {
        ...store,
        commit: (change) => {
          commits.push(change);
          return refuseSnapshot && change.snapshot
            ? Promise.reject(new Error('disk full'))
            : store.commit(change);
        },
      };
    },
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    log: () => {},
  });
}

/** Resolves once every task queued on the host before it has run (a change queued behind them). */
const drained = (host: UserCorpusHost) => host.hide('none', false);

/** What a load makes of the store: the reader's sources, the reader's items and the passages' items. */
async function corpusOf(name: string) {
  const { search, catalogue } = await hostOn(name).corpus();
  const yours = [...search.sources.values()].filter((source) => source.yours);
  return {
    sources: yours.map((source) => source.id),
    items: catalogue.entities.map((entity) => [entity.id, entity.sources]),
  };
}

describe('the merged snapshot after the answer', () => {
  it('answers an added article before its snapshot is written, and writes it on the queue after', async () => {
    const name = `after-answer-${++databases}`;
    const commits: StoreChange[] = [];
    const host = hostOn(name, commits);
    const { source } = await host.add(LIGHTHOUSE);
    const own = commits.find((change) => change.stories);
    expect(own?.snapshot).toBeUndefined();
    expect(own?.snapshotPending).toEqual([source.id]);
    await drained(host);
    const store = await openUserSourceStore(name);
    expect(await store.snapshotPending()).toEqual([]);
    expect(
      JSON.parse((await store.snapshot())?.json ?? '{}').sources.map((s: { id: string }) => s.id),
    ).toContain(source.id);
    store.close();
  });

  it('replays an added and a removed article on the older snapshot when their snapshot was never written', async () => {
    const name = `after-answer-${++databases}`;
    const first = hostOn(name);
    const lighthouse = (await first.add(LIGHTHOUSE)).source.id;
    await drained(first);
    const reference = `after-answer-${++databases}`;
    await hostOn(reference).add(FERRY);

    const failing = hostOn(name, [], true);
    const ferry = (await failing.add(FERRY)).source.id;
    await failing.remove(lighthouse);
    await drained(failing);
    const store = await openUserSourceStore(name);
    expect((await store.snapshotPending()).sort()).toEqual([ferry, lighthouse].sort());
    const older = JSON.parse((await store.snapshot())?.json ?? '{}') as { sources: { id: string }[] };
    expect(older.sources.map((source) => source.id)).toContain(lighthouse);
    expect(older.sources.map((source) => source.id)).not.toContain(ferry);

    expect(await corpusOf(name)).toEqual(await corpusOf(reference));
    expect(await store.snapshotPending()).toEqual([]);
    store.close();
  });

  it('serialises nothing to answer a change, and writes one snapshot once a burst of changes stops', async () => {
    const name = `after-answer-${++databases}`;
    const commits: StoreChange[] = [];
    // fake-indexeddb schedules with setImmediate, so only the host's timer is faked.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const snapshots = vi.spyOn(MergedCorpus.prototype, 'snapshot');
    try {
      const host = hostOn(name, commits, false, 60_000);
      const lighthouse = (await host.add(LIGHTHOUSE)).source.id;
      const ferry = (await host.add(FERRY)).source.id;
      await host.remove(lighthouse);
      await drained(host);
      expect(snapshots).not.toHaveBeenCalled();
      expect(commits.filter((change) => change.snapshot)).toEqual([]);
      vi.advanceTimersByTime(60_000);
      await drained(host);
      expect(snapshots).toHaveBeenCalledTimes(1);
      const written = commits.filter((change) => change.snapshot);
      expect(written).toHaveLength(1);
      expect(written[0]?.snapshotPending).toEqual([]);
      const ids = (
        JSON.parse(written[0]?.snapshot?.json ?? '{}') as { sources: { id: string }[] }
      ).sources.map((source) => source.id);
      expect(ids).toContain(ferry);
      expect(ids).not.toContain(lighthouse);
    } finally {
      snapshots.mockRestore();
      vi.useRealTimers();
    }
  });

  it('loads from a current snapshot reading only the sources changed since it, never every stored text', async () => {
    const name = `after-answer-${++databases}`;
    const first = hostOn(name);
    await first.add(LIGHTHOUSE);
    await drained(first);
    const ferry = (await hostOn(name, [], true).add(FERRY)).source.id;
    const read: string[][] = [];
    let listed = 0;
    const store = await openUserSourceStore(name);
    const host = new UserCorpusHost({
      loadAssets: () => Promise.resolve(assets),
      openStore: () =>
        Promise.resolve({
          ...store,
          list: () => {
            listed++;
            return store.list();
          },
          sourcesById: (ids) => {
            read.push([...ids]);
            return store.sourcesById(ids);
          },
        }),
      openIndex: () => openPagedIndex(name).then(({ index }) => index),
      log: () => {},
    });
    const { search } = await host.corpus();
    expect([...search.sources.values()].filter((source) => source.yours)).toHaveLength(2);
    expect(listed).toBe(0);
    expect(read).toEqual([[ferry]]);
  });

  it('rebuilds from the sources at load when the snapshot holds an index MiniSearch cannot load', async () => {
    const name = `after-answer-${++databases}`;
    const first = hostOn(name);
    const lighthouse = (await first.add(LIGHTHOUSE)).source.id;
    await drained(first);
    const store = await openUserSourceStore(name);
    const stored = await store.snapshot();
    const snapshot = JSON.parse(stored?.json ?? '{}') as { index: { serializationVersion: number } };
    snapshot.index.serializationVersion = 99;
    await store.commit({
      snapshot: { bundledKey: stored?.bundledKey ?? '', json: JSON.stringify(snapshot) },
    });
    const logged: string[] = [];
    const restarted = new UserCorpusHost({
      loadAssets: () => Promise.resolve(assets),
      openStore: () => openUserSourceStore(name),
      openIndex: () => openPagedIndex(name).then(({ index }) => index),
      log: (reason) => logged.push(reason),
    });
    const { search } = await restarted.corpus();
    expect(logged.join('\n')).toMatch(/persisted index unreadable .*; rebuilding/u);
    expect(search.sources.has(lighthouse)).toBe(true);
    expect(search.search('lighthouse keeper', { limit: 3 }).length).toBeGreaterThan(0);
    store.close();
  });
});
