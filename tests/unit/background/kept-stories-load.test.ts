import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserCorpusHost, type BundledAssets } from '@/lib/background';
import { RECLUSTER_EVERY_ADDED, RECLUSTER_MIN_IMPORT } from '@/lib/background/recluster-stories';
import { readCorpusBundle } from '@/lib/node';
import type { SourcesListResponse } from '@/lib/messaging';
import type { StoryView } from '@/lib/stories';
import { openPagedIndex, openUserSourceStore, type UserSourceDraft } from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * The reader's stories are kept as records beside the sources: a store an
 * older version wrote (the merged snapshot with every article's story
 * signals, no kept stories) is converted once, every source, edit and hidden
 * flag kept; from then on a new worker places no article again and reads no
 * signals.
 */

let assets: BundledAssets;
let databases = 0;

beforeAll(() => {
  assets = bundledAssetsOf(readCorpusBundle(SEEDS_DIR));
});

const draft = (outlet: string, title: string, text: string): UserSourceDraft => ({
  outlet,
  title,
  author: null,
  published: '2025-08-07',
  url: null,
  text,
});

const HARBOUR = [
  draft(
    'Harbour Gazette',
    'Dock workers strike at the harbour',
    'Dock workers at the Kelmouth harbour walked out on Thursday over pay; the harbour authority said cranes stood idle and ships queued in the bay.',
  ),
  draft(
    'Bay Courier',
    'Kelmouth harbour strike halts cranes',
    'Cranes stood idle at Kelmouth harbour as dock workers went on strike over pay on Thursday; ships queued in the bay, the harbour authority said.',
  ),
];
const BAKERY = draft(
  'Town Crier',
  'A bakery opens on the square',
  'A new bakery opened on the market square, selling rye bread and pastries baked before dawn by two brothers from the valley.',
);

const TOWNS = ['Kelmouth', 'Ardsley', 'Brackwater', 'Dunmere', 'Elsford'];

/** Reports of five towns' harbour councils, each with words of its own so none is taken for a copy of another. */
function townDrafts(count: number): UserSourceDraft[] {
  const own = (i: number): string =>
    Array.from(
      { length: 24 },
      (_, k) => `zor${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26), 97 + k)}`,
    ).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    return draft(
      `Outlet ${i}`,
      `${town} story ${i}`,
      `${town} council met; residents of ${town} spoke about the ${town} harbour. ${own(i)}.`,
    );
  });
}

function hostOn(name: string, logged: string[] = []): UserCorpusHost {
  return new UserCorpusHost({
    loadAssets: () => Promise.resolve(assets),
    openStore: () => openUserSourceStore(name),
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    log: (reason) => logged.push(reason),
  });
}

describe('kept stories in the background', () => {
  it('converts a store an older version wrote once, keeping every source, edit and hidden flag', async () => {
    const name = `kept-${++databases}`;
    const first = hostOn(name);
    const ids: string[] = [];
    for (const source of [...HARBOUR, BAKERY]) ids.push((await first.add(source)).source.id);
    const [harbourA, harbourB, bakery] = ids as [string, string, string];
    const { outlet, title, author, published, url } = BAKERY;
    await first.edit({
      type: 'user-source-edit',
      id: bakery,
      facts: { outlet: `${outlet ?? ''} (weekly)`, title, author, published, url },
    });
    await first.hide(harbourB, true);
    const before = await first.list();

    // What an older version left: the snapshot with its story signals, and no kept stories.
    const store = await openUserSourceStore(name);
    await store.commit({ stories: null });
    expect(await store.keptStories()).toBeNull();

    const logged: string[] = [];
    const upgraded = hostOn(name, logged);
    expect(await upgraded.list()).toEqual(before);
    const { stories } = await upgraded.corpus();
    expect(stories.storyOf(harbourA)?.sourceIds).toEqual([harbourA, harbourB].sort());
    expect(stories.storyOf(bakery)?.sourceIds).toEqual([bakery]);
    const kept = await store.keptStories();
    expect(kept?.state.stories.flatMap((story) => story.members.map((member) => member.id)).sort()).toEqual(
      [...ids].sort(),
    );
    expect(logged).toEqual([]);

    // Converted once: a new worker answers from the kept records, even once the snapshot's signals are gone.
    const stored = await store.snapshot();
    const withoutSignals = JSON.parse(stored?.json ?? '{}') as Record<string, unknown>;
    delete withoutSignals['stories'];
    await store.commit({
      snapshot: { bundledKey: stored?.bundledKey ?? '', json: JSON.stringify(withoutSignals) },
    });
    const restarted = hostOn(name, logged);
    expect((await restarted.corpus()).stories.storyOf(harbourB)).toEqual(stories.storyOf(harbourB));
    expect(logged).toEqual([]);
    store.close();
  });

  it('takes a removed source out of its story on disk, so a new worker no longer counts it', async () => {
    const name = `kept-${++databases}`;
    const first = hostOn(name);
    const [a, b] = [(await first.add(HARBOUR[0]!)).source.id, (await first.add(HARBOUR[1]!)).source.id];
    expect((await first.corpus()).stories.storyOf(a)?.sourceIds).toEqual([a, b].sort());
    await first.remove(b);
    const restarted = hostOn(name);
    const { stories } = await restarted.corpus();
    expect(stories.storyOf(a)?.sourceIds).toEqual([a]);
    expect(stories.storyOf(b)).toBeNull();
  });

  it('re-clusters the stories whole after a large import, and keeps the result for a new worker', async () => {
    const name = `kept-${++databases}`;
    const host = hostOn(name);
    const drafts = townDrafts(RECLUSTER_MIN_IMPORT);
    const { added } = await host.import(drafts);
    expect(added).toBe(RECLUSTER_MIN_IMPORT);
    // Serialised behind the import and its re-clustering.
    await host.hide('nothing-hidden', false);
    const { stories, yours } = await expectReclustered(name);
    const byTown = new Map<string, Set<string | undefined>>();
    for (const source of yours) {
      const town = (source.title ?? '').split(' ')[0]!;
      if (!byTown.has(town)) byTown.set(town, new Set());
      byTown.get(town)!.add(stories.storyOf(source.id)?.id);
    }
    // Each town's reports are one story, and no two towns share one.
    const storyIds = [...byTown.values()].map((set) => [...set]);
    expect(storyIds.every((set) => set.length === 1)).toBe(true);
    expect(new Set(storyIds.flat()).size).toBe(TOWNS.length);
  });

  // Added one at a time, a town's first reports were read before its name was an item, so
  // their signals lack it and the exact clustering may part them: only the re-clustering is checked.
  it('re-clusters the stories whole once articles added one at a time reach RECLUSTER_EVERY_ADDED', async () => {
    const name = `kept-${++databases}`;
    const host = hostOn(name);
    for (const one of townDrafts(RECLUSTER_EVERY_ADDED)) await host.add(one);
    // Serialised behind the last addition and its re-clustering.
    await host.hide('nothing-hidden', false);
    await expectReclustered(name);
  });
});

/** The stories a new worker reads hold every reader source, named as the exact clustering names them. */
async function expectReclustered(
  name: string,
): Promise<{ stories: StoryView; yours: SourcesListResponse['yours'] }> {
  const store = await openUserSourceStore(name);
  const kept = await store.keptStories();
  store.close();
  const restarted = hostOn(name);
  const { stories } = await restarted.corpus();
  const { yours } = await restarted.list();
  const ids = yours.map((source) => source.id);
  expect(kept?.state.stories.flatMap((story) => story.members).length).toBe(ids.length);
  // By their first member in id order, not by the first to arrive.
  for (const story of stories
    .stories()
    .filter((candidate) => candidate.sourceIds.some((id) => ids.includes(id))))
    expect(story.id).toBe(`s-${[...story.sourceIds].sort()[0]!}`);
  return { stories, yours };
}
