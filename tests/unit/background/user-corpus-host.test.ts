import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerCompare,
  answerItemCard,
  answerPageSetup,
  UserCorpusHost,
  type BundledAssets,
} from '@/lib/background';
import { readCorpusBundle } from '@/lib/node';
import { openPagedIndex, openUserSourceStore, type UserSourceDraft } from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * Hiding a source, bundled or the reader's, takes it out of what the
 * background answers (the card's sources and the sidebar's comparison);
 * showing it again brings it back. The host runs on the seeds and on
 * fake-indexeddb, as the worker runs on the shipped files and IndexedDB.
 */

const ITEM = 'Donald Trump';
let assets: BundledAssets;
let databases = 0;

beforeAll(() => {
  const built = readCorpusBundle(SEEDS_DIR);
  assets = bundledAssetsOf(built);
});

function newHost(): UserCorpusHost {
  const name = `host-${++databases}`;
  return new UserCorpusHost({
    loadAssets: () => Promise.resolve(assets),
    openStore: () => openUserSourceStore(name),
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    log: () => {},
  });
}

const ownArticle: UserSourceDraft = {
  outlet: 'Harbour Gazette',
  title: 'Donald Trump visits the harbour',
  author: null,
  published: '2025-08-07',
  url: 'https://gazette.example/trump-harbour',
  text: 'Donald Trump visits the harbour\n\nDonald Trump walked along the quay on Thursday and met 40 dock workers. Donald Trump said the harbour would stay open.',
};

async function itemId(host: UserCorpusHost): Promise<string> {
  const { catalogue } = await host.corpus();
  const entity = catalogue.entities.find((candidate) => candidate.label === ITEM);
  if (!entity) throw new Error(`test: no item ${ITEM} in the seeds`);
  return entity.id;
}

/** Every source the card names (mentioning or silent) and every source of the sidebar's comparison. */
async function shown(host: UserCorpusHost): Promise<{ card: string[]; sidebar: string[] }> {
  const getCorpus = () => host.corpus();
  const entityId = await itemId(host);
  const card = await answerItemCard({ type: 'item-card', entityId, pageSourceId: null }, getCorpus);
  const { comparison } = await answerCompare({ type: 'compare', query: entityId }, getCorpus);
  return {
    card: [...card.others.map((other) => other.source.id), ...card.silent.map((source) => source.id)].sort(),
    sidebar: [...comparison.sources.map((source) => source.sourceId), ...comparison.silent].sort(),
  };
}

describe('UserCorpusHost hiding sources', () => {
  it('takes a hidden bundled source out of the card and the comparison, and brings it back when shown', async () => {
    const host = newHost();
    const before = await shown(host);
    const mentioning = (
      await answerItemCard({ type: 'item-card', entityId: await itemId(host), pageSourceId: null }, () =>
        host.corpus(),
      )
    ).others[0]?.source.id;
    if (!mentioning) throw new Error('test: no seed mentions the item');
    expect(before.card).toContain(mentioning);
    expect(before.sidebar).toContain(mentioning);

    const list = await host.hide(mentioning, true);
    expect(list.hidden).toEqual([mentioning]);
    const hidden = await shown(host);
    expect(hidden.card).toEqual(before.card.filter((id) => id !== mentioning));
    expect(hidden.sidebar).toEqual(before.sidebar.filter((id) => id !== mentioning));

    await host.hide(mentioning, false);
    expect(await shown(host)).toEqual(before);
  });

  it('takes a hidden source of the reader’s out of the card and the comparison, and brings it back when shown', async () => {
    const host = newHost();
    const { source } = await host.add(ownArticle);
    const withOwn = await shown(host);
    expect(withOwn.card).toContain(source.id);
    expect(withOwn.sidebar).toContain(source.id);

    await host.hide(source.id, true);
    const hidden = await shown(host);
    expect(hidden.card).not.toContain(source.id);
    expect(hidden.sidebar).not.toContain(source.id);

    await host.hide(source.id, false);
    expect(await shown(host)).toEqual(withOwn);
  });

  it('keeps a source hidden for a new worker reading the same storage', async () => {
    const name = `host-${++databases}`;
    const deps = {
      loadAssets: () => Promise.resolve(assets),
      openStore: () => openUserSourceStore(name),
      openIndex: () => openPagedIndex(name).then(({ index }) => index),
      log: () => {},
    };
    const first = new UserCorpusHost(deps);
    const hiddenId = assets.sources[0]?.id ?? '';
    await first.hide(hiddenId, true);

    const restarted = new UserCorpusHost(deps);
    expect((await restarted.list()).hidden).toEqual([hiddenId]);
    expect((await shown(restarted)).card).not.toContain(hiddenId);
    // The page is still recognised as the source it is: signatures stay whole.
    const setup = await answerPageSetup(() => restarted.corpus());
    expect(setup.sources.map((signature) => signature.id)).toContain(hiddenId);
  });
});

describe('UserCorpusHost stories', () => {
  it('groups the reader’s sources into stories, and a new worker groups them again from storage', async () => {
    const name = `host-${++databases}`;
    const logged: string[] = [];
    const deps = {
      loadAssets: () => Promise.resolve(assets),
      openStore: () => openUserSourceStore(name),
      openIndex: () => openPagedIndex(name).then(({ index }) => index),
      log: (reason: string) => logged.push(reason),
    };
    const first = new UserCorpusHost(deps);
    const { source } = await first.add(ownArticle);
    const story = (await first.corpus()).stories.storyOf(source.id);
    expect(story?.sourceIds).toContain(source.id);

    const restarted = new UserCorpusHost(deps);
    expect((await restarted.corpus()).stories.storyOf(source.id)).toEqual(story);
    expect(logged).toEqual([]);

    // A snapshot an older version wrote, without story signals nor kept stories: rebuilt once from the stored sources.
    const store = await openUserSourceStore(name);
    const stored = await store.snapshot();
    const older = JSON.parse(stored?.json ?? '{}') as Record<string, unknown>;
    delete older['stories'];
    await store.commit({
      snapshot: { bundledKey: stored?.bundledKey ?? '', json: JSON.stringify(older) },
      stories: null,
    });
    const upgraded = new UserCorpusHost(deps);
    expect((await upgraded.corpus()).stories.storyOf(source.id)).toEqual(story);
    expect(logged.join('\n')).toMatch(/has no story signals\); rebuilding/u);
  });
});
