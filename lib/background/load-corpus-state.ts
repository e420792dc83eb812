import type { Article } from '../corpus';
import type { KeptStories, StorySignals } from '../stories';
import {
  MergedCorpus,
  signalsFromSnapshot,
  userArticle,
  type MergedSnapshot,
  type NewItem,
  type ReaderItemsWrite,
  type StoredKeptStories,
  type UserSource,
  type UserSourceStore,
} from '../user-sources';
import { bundledState, stateFromSnapshot, type CorpusState } from './corpus-state';
import { keptStoriesFor } from './kept-stories-for';
import { bundledParts, type BundledAssets } from './load-bundled-assets';

export interface LoadCorpusStateOptions {
  assets: BundledAssets;
  /** Null without IndexedDB (a private window that refuses it): the bundled corpus alone. */
  store: UserSourceStore | null;
  log: (reason: string) => void;
}

/**
 * The kept stories as stored when they were placed against this bundled
 * corpus and hold exactly the reader's sources; else placed afresh from the
 * articles' signals (`signals`, read only then) and written whole, once.
 */
async function storiesOf(options: {
  assets: BundledAssets;
  store: UserSourceStore | null;
  snapshot: MergedSnapshot;
  stored: StoredKeptStories | null;
  signals: () => Iterable<readonly [string, StorySignals]>;
}): Promise<KeptStories> {
  const { assets, store, snapshot, stored } = options;
  const readerIds = snapshot.sources.filter((source) => source.yours).map((source) => source.id);
  if (stored?.bundledKey === assets.key) {
    const kept = keptStoriesFor(assets, snapshot.catalogue, { state: stored.state });
    const members = kept.memberIds;
    if (members.length === readerIds.length && readerIds.every((id) => kept.has(id))) return kept;
  }
  const kept = keptStoriesFor(assets, snapshot.catalogue, { articles: options.signals() });
  await store?.commit({ stories: { bundledKey: assets.key, change: kept.allRecords(), replace: true } });
  return kept;
}

/** The reader's sources' story signals in a snapshot that still carries them. */
function snapshotSignals(snapshot: MergedSnapshot): [string, StorySignals][] {
  if (typeof snapshot.stories !== 'object' || snapshot.stories === null)
    throw new Error('user-sources: the persisted index has no story signals');
  return Object.entries(snapshot.stories).map(([id, stored]) => [id, signalsFromSnapshot(stored)]);
}

/** Reader articles from stored sources; one that no longer parses is logged and left out. */
function articlesOf(sources: readonly UserSource[], log: (reason: string) => void): Article[] {
  return sources.flatMap((source): Article[] => {
    try {
      return [userArticle(source)];
    } catch (error) {
      log((error as Error).message);
      return [];
    }
  });
}

/**
 * The merged corpus of an older snapshot with the sources changed since
 * (`pending`: a change whose snapshot was not written before the worker
 * stopped) applied again: those still stored are added (replacing their
 * older version), the others removed. Their items are found by the light
 * path, as a rebuild finds them, not asked of the item worker again.
 */
async function replayed(
  assets: BundledAssets,
  snapshot: MergedSnapshot,
  /** The pending sources still stored (read by id). */
  sources: readonly UserSource[],
  pending: readonly string[],
  log: (reason: string) => void,
): Promise<MergedCorpus> {
  const merged = MergedCorpus.fromSnapshot(bundledParts(assets), snapshot);
  const changed = new Set(pending);
  const stored = sources.filter((source) => changed.has(source.id));
  const kept = new Set(stored.map((source) => source.id));
  await merged.apply({ add: articlesOf(stored, log), remove: pending.filter((id) => !kept.has(id)) });
  return merged;
}

/** The reader's items a snapshot's catalogue holds (those the bundled one does not), as `MergedCorpus.fromSnapshot` reads them. */
function readerItemsOf(assets: BundledAssets, snapshot: MergedSnapshot): NewItem[] {
  const bundled = new Set(assets.catalogue.entities.map((entity) => entity.id));
  return snapshot.catalogue.entities
    .filter((entity) => !bundled.has(entity.id))
    .map(({ id, label, kind, aliases }) => ({ id, label, kind, aliases }));
}

/** Every item record written afresh (a store written before items were kept, or a rebuild). */
function itemsWrite(assets: BundledAssets, items: readonly NewItem[]): ReaderItemsWrite {
  return { bundledKey: assets.key, put: items, remove: [], replace: true };
}

/**
 * The corpus as stored: the bundled one when the reader has no sources; else
 * the persisted merged index when it was built on the same bundled corpus,
 * with the kept stories (converted once from the snapshot's story signals
 * when none were kept yet) and the reader's item records (written once from
 * its catalogue when none were kept yet); else (the first start after an update of the
 * bundled corpus, or a lost snapshot) rebuilt once and persisted.
 */
export async function loadCorpusState({ assets, store, log }: LoadCorpusStateOptions): Promise<CorpusState> {
  const [hidden, stored, kept, items, pending] = store
    ? await Promise.all([
        store.hidden(),
        store.snapshot(),
        store.keptStories(),
        store.readerItems(),
        store.snapshotPending(),
      ])
    : [[], null, null, null, []];
  const hiddenSet = new Set(hidden);
  // A snapshot of this bundled corpus lists the reader's sources itself: only
  // those changed since it are read (never every stored text).
  if (store && stored?.bundledKey === assets.key) {
    try {
      let snapshot = JSON.parse(stored.json) as MergedSnapshot;
      let merged: MergedCorpus | null = null;
      if (pending.length > 0) {
        merged = await replayed(assets, snapshot, await store.sourcesById(pending), pending, log);
        snapshot = merged.snapshot();
        await store.commit({
          snapshot: { bundledKey: assets.key, json: JSON.stringify(snapshot) },
          snapshotPending: [],
          items: itemsWrite(assets, merged.readerItems),
        });
      }
      if (merged === null && !snapshot.sources.some((source) => source.yours))
        return bundledState(assets, hiddenSet);
      const stories = await storiesOf({
        assets,
        store,
        snapshot,
        stored: kept,
        signals: () => snapshotSignals(snapshot),
      });
      if (merged === null && items?.bundledKey !== assets.key)
        await store.commit({ items: itemsWrite(assets, readerItemsOf(assets, snapshot)) });
      return stateFromSnapshot({ assets, snapshot, hidden: hiddenSet, merged, stories });
    } catch (error) {
      log(`user-sources: persisted index unreadable (${(error as Error).message}); rebuilding`);
    }
  }
  const sources = store ? await store.list() : [];
  if (sources.length === 0) return bundledState(assets, hiddenSet);
  const merged = MergedCorpus.rebuild(bundledParts(assets), articlesOf(sources, log));
  const snapshot = merged.snapshot();
  await store?.commit({
    snapshot: { bundledKey: assets.key, json: JSON.stringify(snapshot) },
    snapshotPending: [],
    items: itemsWrite(assets, merged.readerItems),
  });
  const stories = await storiesOf({
    assets,
    store,
    snapshot,
    stored: kept,
    signals: () =>
      merged.userSourceIds.flatMap((id) => {
        const signals = merged.signalsOf(id);
        return signals ? [[id, signals] as const] : [];
      }),
  });
  return stateFromSnapshot({ assets, snapshot, hidden: hiddenSet, merged, stories });
}
