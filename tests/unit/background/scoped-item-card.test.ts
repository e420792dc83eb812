import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerItemCard, UserCorpusHost, type BundledAssets } from '@/lib/background';
import type { ItemCardRequest, ItemCardResponse } from '@/lib/messaging';
import { readCorpusBundle } from '@/lib/node';
import {
  openPagedIndex,
  openUserSourceStore,
  type UserSourceDraft,
  type UserSourceStore,
} from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * A card on a worker that has not loaded the merged corpus reads only what
 * it shows (the page's story's members and the sources the paged index
 * names for the item, by id) and answers as the merged corpus does: the same
 * sources, passages, stories and findings. Only the silent sources are the
 * view's (a subset of the merged card's); the source count is the whole's.
 */

let assets: BundledAssets;
beforeAll(() => {
  assets = bundledAssetsOf(readCorpusBundle(SEEDS_DIR));
}, 60_000);

const article = (
  title: string,
  published: string,
  url: string,
  text: string,
  outlet = 'Harbour Gazette',
): UserSourceDraft => ({ outlet, title, author: null, published, url, text });

const DRAFTS: UserSourceDraft[] = [
  article(
    'Dock strike closes Valparaiso port',
    '2025-08-05',
    'https://gazette.example/strike-1',
    'Dock strike closes Valparaiso port\n\nUnion leader Marisol Quintero said 4,000 dock workers walked out at Valparaiso on Monday. Marisol Quintero said the strike would last until wages rose by 12 percent. Donald Trump was not mentioned by the union.',
  ),
  article(
    'Valparaiso dock strike enters second day',
    '2025-08-06',
    'https://tide.example/strike-2',
    'Valparaiso dock strike enters second day\n\nMarisol Quintero told reporters that 3,500 dock workers stayed out at Valparaiso on Tuesday. The port authority said the strike at Valparaiso cost 9 million dollars a day.',
    'Tide Times',
  ),
  article(
    'Port authority answers the strike',
    '2025-08-06',
    'https://port.example/strike-3',
    'Port authority answers the strike\n\nThe Valparaiso port authority said the dock strike by union workers would not change its offer. Dock workers at Valparaiso kept the gates shut.',
    'Port Weekly',
  ),
  article(
    'Quintero speaks at a congress',
    '2024-02-01',
    'https://far.example/congress',
    'Quintero speaks at a congress\n\nMarisol Quintero spoke at a labour congress in Santiago about pensions. Marisol Quintero asked for a vote in March.',
    'Far Review',
  ),
  article(
    'A garden show opens',
    '2023-05-10',
    'https://garden.example/show',
    'A garden show opens\n\nThe garden show in Leeds opened with 300 roses on display. Visitors queued in the rain.',
    'Garden Weekly',
  ),
];

let databases = 0;

/** A store that counts the reads a scoped card must not make. */
function counted(store: UserSourceStore, reads: string[]): UserSourceStore {
  return {
    ...store,
    list: () => (reads.push('list'), store.list()),
    snapshot: () => (reads.push('snapshot'), store.snapshot()),
    sourcesById: (ids) => (reads.push(...ids.map((id) => `source ${id}`)), store.sourcesById(ids)),
  };
}

function hostOn(name: string, reads: string[] = []): UserCorpusHost {
  return new UserCorpusHost({
    loadAssets: () => Promise.resolve(assets),
    openStore: () => openUserSourceStore(name).then((store) => counted(store, reads)),
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    log: () => {},
  });
}

async function filled(): Promise<{ name: string; ids: string[] }> {
  const name = `scoped-card-${++databases}`;
  const host = hostOn(name);
  const ids: string[] = [];
  for (const draft of DRAFTS) ids.push((await host.add(draft)).source.id);
  return { name, ids };
}

const ids = (card: ItemCardResponse, key: 'silent'): string[] => card[key].map((source) => source.id).sort();

/** The card without what is the view's by design (its silent sources). */
function shown(card: ItemCardResponse): ItemCardResponse {
  return { ...card, silent: [] };
}

describe('scoped item card', () => {
  it('answers a cold card as the merged corpus does, for a reader item and a bundled one, with and without the page story', async () => {
    const { name, ids: readerIds } = await filled();
    const merged = hostOn(name);
    const corpus = await merged.corpus();
    const strikeStory = corpus.stories.storyOf(readerIds[0] as string);
    expect(strikeStory?.sourceIds).toEqual(expect.arrayContaining([readerIds[0], readerIds[1]]));
    const quintero = corpus.catalogue.entities.find((entity) => entity.label === 'Marisol Quintero');
    const trump = corpus.catalogue.entities.find((entity) => entity.label === 'Donald Trump');
    if (!quintero || !trump || !strikeStory) throw new Error('test: the corpus lacks its item or story');
    const requests: ItemCardRequest[] = [quintero.id, trump.id].flatMap((entityId) => [
      { type: 'item-card', entityId, pageSourceId: null, pageStoryId: strikeStory.id },
      { type: 'item-card', entityId, pageSourceId: null, pageStoryId: null },
      { type: 'item-card', entityId, pageSourceId: readerIds[2] as string },
    ]);
    for (const request of requests) {
      const expected = await answerItemCard(request, () => merged.corpus());
      const reads: string[] = [];
      expect(expected.others.length).toBeGreaterThan(0);
      const cold = await hostOn(name, reads).itemCard(request);
      expect(shown(cold)).toEqual(shown(expected));
      expect(ids(expected, 'silent')).toEqual(expect.arrayContaining(ids(cold, 'silent')));
      expect(reads).not.toContain('list');
      expect(reads).not.toContain('snapshot');
    }
  });

  it('reads the page story’s members and the item’s sources by id, not the unrelated ones', async () => {
    const { name, ids: readerIds } = await filled();
    const quintero = (await hostOn(name).corpus()).catalogue.entities.find(
      (entity) => entity.label === 'Marisol Quintero',
    );
    if (!quintero) throw new Error('test: no reader item');
    const reads: string[] = [];
    await hostOn(name, reads).itemCard({
      type: 'item-card',
      entityId: quintero.id,
      pageSourceId: null,
      pageStoryId: null,
    });
    const [strike1, strike2, , congress, garden] = readerIds;
    expect(reads.sort()).toEqual([`source ${strike1}`, `source ${strike2}`, `source ${congress}`].sort());
    expect(reads).not.toContain(`source ${garden}`);
  });

  it('keeps what it read for the next card while the merged corpus is not loaded: the same card reads nothing again', async () => {
    const { name } = await filled();
    const quintero = (await hostOn(name).corpus()).catalogue.entities.find(
      (entity) => entity.label === 'Marisol Quintero',
    );
    if (!quintero) throw new Error('test: no reader item');
    const reads: string[] = [];
    const host = hostOn(name, reads);
    const request: ItemCardRequest = { type: 'item-card', entityId: quintero.id, pageSourceId: null };
    const first = await host.itemCard(request);
    const read = reads.length;
    expect(read).toBeGreaterThan(0);
    expect(await host.itemCard(request)).toEqual(first);
    expect(await host.itemCard({ ...request, pageStoryId: null })).toMatchObject({ item: first.item });
    expect(reads).toHaveLength(read);
  });

  it('falls back to the merged corpus on a store written before the item records (and writes them then)', async () => {
    const { name } = await filled();
    const store = await openUserSourceStore(name);
    await store.commit({ items: null });
    const reads: string[] = [];
    const host = hostOn(name, reads);
    const trump = assets.catalogue.entities.find((entity) => entity.label === 'Donald Trump');
    if (!trump) throw new Error('test: no bundled item');
    expect(await store.readerItems()).toBeNull();
    const card = await host.itemCard({ type: 'item-card', entityId: trump.id, pageSourceId: null });
    expect(card.item.id).toBe(trump.id);
    expect(reads).toContain('snapshot');
    expect((await store.readerItems())?.bundledKey).toBe(assets.key);
    store.close();
  });
});
