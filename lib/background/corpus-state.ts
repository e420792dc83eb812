import type { SourceMeta } from '../corpus';
import type { Catalogue } from '../entities';
import type { SourcesListResponse } from '../messaging';
import { CorpusSearch } from '../search';
import type { KeptStories } from '../stories';
import { MergedCorpus, type MergedSnapshot } from '../user-sources';
import { corpusFor, type BundledCorpus } from './corpus-for';
import { itemLabelsOf, keptStoriesFor } from './kept-stories-for';
import { bundledParts, type BundledAssets } from './load-bundled-assets';

/** What the merged corpus is made of right now. */
export interface CorpusState {
  assets: BundledAssets;
  search: CorpusSearch;
  sources: SourceMeta[];
  /** Unfiltered: hiding a source filters from these. */
  catalogue: Catalogue;
  signatures: BundledCorpus['signatures'];
  /** The bundled stories and the reader's, as kept on disk (changed in place by each change). */
  stories: KeptStories;
  /** What the handlers answer from: the above with the hidden sources left out. */
  corpus: BundledCorpus;
  hidden: Set<string>;
  /** Built on the first change (a restart that only answers questions never parses the index twice). */
  merged: MergedCorpus | null;
  /** The persisted snapshot the state was loaded from, kept to resume changes from it. */
  snapshot: MergedSnapshot | null;
}

/** A state's parts; the corpus the handlers answer from is derived from them. */
export type CorpusStateParts = Omit<CorpusState, 'corpus'>;

export function assembleState(parts: CorpusStateParts): CorpusState {
  return { ...parts, corpus: corpusFor({ ...parts, claimsOf: parts.assets.claimsOf }) };
}

/** The bundled corpus alone: nothing of the reader's is stored. */
export function bundledState(assets: BundledAssets, hidden: Set<string>): CorpusState {
  return assembleState({
    assets,
    search: CorpusSearch.load({ sources: assets.sources, indexJson: assets.indexJson }, 'bundled corpus'),
    sources: assets.sources,
    catalogue: assets.catalogue,
    signatures: assets.signatures,
    stories: keptStoriesFor(assets, assets.catalogue, { articles: [] }),
    hidden,
    merged: null,
    snapshot: null,
  });
}

/**
 * The state a persisted (or just persisted) snapshot describes. With `merged`, the corpus the
 * snapshot was taken of, changes go on from it; without, they resume from the snapshot.
 */
export function stateFromSnapshot(options: {
  assets: BundledAssets;
  snapshot: MergedSnapshot;
  hidden: Set<string>;
  merged: MergedCorpus | null;
  stories: KeptStories;
}): CorpusState {
  const { assets, snapshot, hidden, merged, stories } = options;
  stories.relabel(itemLabelsOf(snapshot.catalogue));
  return assembleState({
    assets,
    // Parsed here, inside the load's guard: an index MiniSearch cannot load is rebuilt, not met by a later query.
    search: merged ? merged.search() : CorpusSearch.fromPlain(snapshot.index, snapshot.sources),
    sources: snapshot.sources,
    catalogue: snapshot.catalogue,
    signatures: snapshot.signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] })),
    stories,
    hidden,
    merged,
    snapshot: merged ? null : snapshot,
  });
}

/**
 * The state of the merged corpus as the last change left it, read from it
 * directly: nothing is serialised (the search builds its engine on its first
 * query).
 */
export function stateFromMerged(options: {
  assets: BundledAssets;
  merged: MergedCorpus;
  hidden: Set<string>;
  stories: KeptStories;
}): CorpusState {
  const { assets, merged, hidden, stories } = options;
  const catalogue = merged.catalogue;
  stories.relabel(itemLabelsOf(catalogue));
  return assembleState({
    assets,
    search: merged.search(),
    sources: merged.sources,
    catalogue,
    signatures: merged.signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] })),
    stories,
    hidden,
    merged,
    snapshot: null,
  });
}

/** The same corpus with another set of hidden sources (nothing is rebuilt but the filtered view). */
export function withHidden(state: CorpusState, hidden: Set<string>): CorpusState {
  return assembleState({ ...state, hidden });
}

/** The incremental merge changes start from, built on first need (and the snapshot then let go). */
export function mergedCorpusOf(state: CorpusState): MergedCorpus {
  state.merged ??= state.snapshot
    ? MergedCorpus.fromSnapshot(bundledParts(state.assets), state.snapshot)
    : MergedCorpus.fromBundled(bundledParts(state.assets));
  state.snapshot = null;
  return state.merged;
}

/** The options page's list: the bundled sources, the reader's, and which are hidden. */
export function sourcesList(state: CorpusState): SourcesListResponse {
  return {
    type: 'sources-list',
    bundled: state.assets.sources,
    yours: state.sources.filter((source) => source.yours),
    hidden: [...state.hidden].sort(),
  };
}
