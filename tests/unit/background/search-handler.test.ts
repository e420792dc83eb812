import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerSearch, UserCorpusHost, type BundledAssets } from '@/lib/background';
import { indexTerm } from '@/lib/search';
import {
  openPagedIndex,
  openUserSourceStore,
  type UserSourceDraft,
  type UserSourceStore,
} from '@/lib/user-sources';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * The popup's search through the background's host: the reader's passages
 * come from their paged index (written with every change), the seeds' from
 * MiniSearch, fused by rank; a new worker answers without reading the
 * merged snapshot or the list of sources. Runs on fake-indexeddb.
 */

let assets: BundledAssets;
let databases = 0;

beforeAll(() => {
  assets = bundledAssetsOf();
});

/** The store, counting the reads that load everything (the whole list, the merged snapshot). */
function countingStore(name: string, reads: string[]): () => Promise<UserSourceStore> {
  return async () => {
    const store = await openUserSourceStore(name);
    return {
      ...store,
      list: () => (reads.push('list'), store.list()),
      snapshot: () => (reads.push('snapshot'), store.snapshot()),
    };
  };
}

function hostOn(name: string, reads: string[] = []): UserCorpusHost {
  return new UserCorpusHost({
    loadAssets: () => Promise.resolve(assets),
    openStore: countingStore(name, reads),
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    log: () => {},
  });
}

const lighthouse: UserSourceDraft = {
  outlet: 'Harbour Gazette',
  title: 'The lighthouse keeper retires',
  author: null,
  published: '2025-08-07',
  url: 'https://gazette.example/lighthouse',
  text: 'The lighthouse keeper retires\n\nThe lighthouse keeper of Skerrivore handed over the lamp on Thursday. Skerrivore will be run from the mainland.',
};

const ferry: UserSourceDraft = {
  outlet: 'Quay Weekly',
  title: 'Ferry timetable changes',
  author: null,
  published: '2025-08-08',
  url: 'https://quay.example/ferry',
  text: 'Ferry timetable changes\n\nThe Skerrivore ferry sails twice a day from Monday. Witkoff was not on board.',
};

const search = (host: UserCorpusHost, query: string) =>
  answerSearch({ type: 'search', query }, () => host.searchCorpus());

describe('answerSearch through the host', () => {
  it('finds a source added, imported or edited in the paged index, and not once removed', async () => {
    const name = `search-${++databases}`;
    const host = hostOn(name);
    const { source } = await host.add(lighthouse);
    await host.import([ferry]);

    const found = await search(host, 'skerrivore');
    expect(new Set(found.hits.map((hit) => hit.sourceId)).size).toBe(2);
    const hit = found.hits.find((candidate) => candidate.sourceId === source.id);
    expect(hit).toMatchObject({ outlet: 'Harbour Gazette', title: 'The lighthouse keeper retires' });
    expect(hit?.terms).toEqual([indexTerm('Skerrivore')]);
    expect(hit && hit.text.slice(...(hit.emphasis[0] ?? [0, 0]))).toBe('Skerrivore');

    const { title, author, published, url } = lighthouse;
    const facts = { outlet: 'Island Post', title, author, published, url };
    await host.edit({ type: 'user-source-edit', id: source.id, facts });
    const { index } = await openPagedIndex(name);
    expect((await index.source(source.id))?.outlet).toBe('Island Post');

    await host.remove(source.id);
    expect((await search(host, 'lighthouse')).hits.map((candidate) => candidate.sourceId)).not.toContain(
      source.id,
    );
    expect((await index.totals()).articles).toBe(1);
  });

  it('fuses the seeds’ passages and the reader’s in one list', async () => {
    const host = hostOn(`search-${++databases}`);
    const { source } = await host.add(ferry);
    const { hits } = await search(host, 'witkoff');
    expect(hits.some((hit) => hit.sourceId === source.id)).toBe(true);
    expect(hits.some((hit) => assets.sources.some((seed) => seed.id === hit.sourceId))).toBe(true);
  });

  it('answers a new worker from the index without reading the snapshot or every source', async () => {
    const name = `search-${++databases}`;
    const { source } = await hostOn(name).add(lighthouse);
    const reads: string[] = [];
    const restarted = hostOn(name, reads);

    const answer = await search(restarted, 'lighthouse keeper');
    expect(answer.hits[0]).toMatchObject({ sourceId: source.id, outlet: 'Harbour Gazette' });
    expect(answer.sources.map((meta) => meta.id)).toContain(source.id);
    expect(answer.sourceCount).toBe(assets.sources.length + 1);
    expect(reads).toEqual([]);
  });

  it('leaves a hidden source of the reader’s out, on a new worker too', async () => {
    const name = `search-${++databases}`;
    const host = hostOn(name);
    const { source } = await host.add(lighthouse);
    await host.hide(source.id, true);
    expect((await search(host, 'lighthouse')).hits).toEqual([]);
    expect((await search(hostOn(name), 'lighthouse')).hits).toEqual([]);
  });

  it('keeps the index and the sources together when the change’s records cannot be written', async () => {
    const name = `search-${++databases}`;
    const failing = new UserCorpusHost({
      loadAssets: () => Promise.resolve(assets),
      openStore: async () => {
        const store = await openUserSourceStore(name);
        return {
          ...store,
          commit: (change) =>
            change.stories ? Promise.reject(new Error('disk full')) : store.commit(change),
        };
      },
      openIndex: () => openPagedIndex(name).then(({ index }) => index),
      log: () => {},
    });
    await expect(failing.add(lighthouse)).rejects.toThrow('disk full');

    // The source and its entries went in together; the stale snapshot was dropped, to be rebuilt from them.
    const store = await openUserSourceStore(name);
    expect(await store.snapshot()).toBeNull();
    const stored = await store.list();
    expect(stored).toHaveLength(1);
    const { index } = await openPagedIndex(name);
    expect((await index.check()).ok).toBe(true);
    const restarted = hostOn(name);
    expect((await restarted.list()).yours.map((meta) => meta.id)).toEqual(stored.map((source) => source.id));
    expect((await search(restarted, 'lighthouse')).hits[0]?.sourceId).toBe(stored[0]?.id);
  });
});
