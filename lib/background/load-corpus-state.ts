import type { Article } from '../corpus';
import { MergedCorpus, userArticle, type MergedSnapshot, type UserSourceStore } from '../user-sources';
import { bundledState, stateFromSnapshot, type CorpusState } from './corpus-state';
import { bundledParts, type BundledAssets } from './load-bundled-assets';

export interface LoadCorpusStateOptions {
  assets: BundledAssets;
  /** Null without IndexedDB (a private window that refuses it): the bundled corpus alone. */
  store: UserSourceStore | null;
  log: (reason: string) => void;
}

/**
 * The corpus as stored: the bundled one when the reader has no sources; else
 * the persisted merged index when it was built on the same bundled corpus;
 * else (the first start after an update of the bundled corpus, or a lost
 * snapshot) rebuilt once and persisted.
 */
export async function loadCorpusState({ assets, store, log }: LoadCorpusStateOptions): Promise<CorpusState> {
  const [sources, hidden, stored] = store
    ? await Promise.all([store.list(), store.hidden(), store.snapshot()])
    : [[], [], null];
  const hiddenSet = new Set(hidden);
  if (sources.length === 0) return bundledState(assets, hiddenSet);
  if (stored?.bundledKey === assets.key) {
    try {
      const snapshot = JSON.parse(stored.json) as MergedSnapshot;
      return stateFromSnapshot({ assets, snapshot, hidden: hiddenSet, merged: null });
    } catch (error) {
      log(`user-sources: persisted index unreadable (${(error as Error).message}); rebuilding`);
    }
  }
  const articles = sources.flatMap((source): Article[] => {
    try {
      return [userArticle(source)];
    } catch (error) {
      log((error as Error).message);
      return [];
    }
  });
  const merged = MergedCorpus.rebuild(bundledParts(assets), articles);
  const snapshot = merged.snapshot();
  await store?.commit({ snapshot: { bundledKey: assets.key, json: JSON.stringify(snapshot) } });
  return stateFromSnapshot({ assets, snapshot, hidden: hiddenSet, merged });
}
