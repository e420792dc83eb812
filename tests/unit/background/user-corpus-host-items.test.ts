import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemExtractor, UserCorpusHost, type BundledAssets, type ItemWorkerHost } from '@/lib/background';
import { findArticleItems } from '@/lib/item-extraction/find-article-items';
import { readCorpusBundle } from '@/lib/node';
import { openPagedIndex, openUserSourceStore, userArticle, type UserSourceDraft } from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * The host asks the item worker for an added article's items before the change is queued, and
 * again when a source's facts are edited, so the item stays the worker's (not the light path's).
 * The worker is played by findArticleItems itself, in Node, behind the real itemExtractor.
 */

let assets: BundledAssets;
beforeAll(() => {
  assets = bundledAssetsOf(readCorpusBundle(SEEDS_DIR));
  // Building the seeds' bundle reads WordNet: seconds on a busy machine (a hang guard, not a speed check).
}, 60_000);

const draft: UserSourceDraft = {
  outlet: 'Fjord Post',
  title: 'Talks in Moscow end early',
  author: null,
  published: '2025-08-04',
  url: 'https://fjord.example/talks',
  text: 'Norwegian Minister Ingrid Halvorsen arrived in Moscow for talks. Later Norwegian Minister Ingrid Halvorsen left.',
};

function newHost(asked: string[]): UserCorpusHost {
  const worker: ItemWorkerHost = {
    extract: (source) => {
      asked.push(source.title ?? '');
      return Promise.resolve({
        type: 'items-extracted',
        phrases: Object.fromEntries(findArticleItems(userArticle(source))),
      });
    },
    close: () => {},
  };
  const name = `host-items-${asked.length}-${Math.random()}`;
  return new UserCorpusHost({
    loadAssets: () => Promise.resolve(assets),
    openStore: () => openUserSourceStore(name),
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    log: () => {},
    extractItems: itemExtractor({
      open: () => worker,
      log: () => {},
      setTimer: () => 0,
      clearTimer: () => {},
    }),
  });
}

const facts = {
  outlet: draft.outlet,
  title: draft.title,
  author: draft.author,
  published: draft.published,
  url: draft.url,
};

const halvorsen = async (host: UserCorpusHost) =>
  (await host.corpus()).catalogue.entities
    .filter((entity) => entity.id.includes('halvorsen'))
    .map((entity) => entity.id);

describe('UserCorpusHost with the item worker', () => {
  it('takes an added article’s items from the worker, and asks it again when the facts are edited', async () => {
    const asked: string[] = [];
    const host = newHost(asked);
    const saved = await host.add(draft);
    expect(asked).toEqual(['Talks in Moscow end early']);
    expect(await halvorsen(host)).toEqual(['ingrid-halvorsen']);

    await host.edit({
      type: 'user-source-edit',
      id: saved.source.id,
      facts: { ...facts, title: 'Talks end early' },
    });
    expect(asked).toEqual(['Talks in Moscow end early', 'Talks end early']);
    expect(await halvorsen(host)).toEqual(['ingrid-halvorsen']);
  });
});
