import type { Catalogue } from '../entities';
import { KeptStories, StoryIndex } from '../stories';
import type { MergedCorpus } from '../user-sources';
import { itemLabelsOf } from './kept-stories-for';
import { bundledStories, type BundledAssets } from './load-bundled-assets';

/**
 * An import at least this large is followed by a full re-clustering of the
 * kept stories: its cost is the whole corpus', and an import of many
 * articles is where placing them one at a time, in whatever order they
 * came, loses most against the exact clustering (DESIGN.md, "Cards and
 * stories at scale").
 */
export const RECLUSTER_MIN_IMPORT = 50;

/**
 * Articles added one at a time (kept while reading, added from the popup) are
 * placed by centroid and never moved, which costs story F1 as they pile up
 * (DESIGN.md): every this many reader articles the stories are re-clustered
 * whole, as after an import. Fifty keeps the whole-corpus cost to about one
 * run per 50 articles read (under two a week at 30 articles a day).
 */
export const RECLUSTER_EVERY_ADDED = 50;

/** Whether a reader corpus of `readerArticles`, just grown by one, is due for a re-clustering. */
export function reclusterDue(readerArticles: number): boolean {
  return readerArticles > 0 && readerArticles % RECLUSTER_EVERY_ADDED === 0;
}

/**
 * The kept stories afresh from the exact clustering (`StoryIndex.build`) of
 * the bundled articles and every reader source `merged` holds; run on the
 * change queue after a bulk import has been answered.
 */
export function reclusterStories(
  assets: Pick<BundledAssets, 'catalogue' | 'storiesJson'>,
  merged: MergedCorpus,
  catalogue: Catalogue,
): KeptStories {
  const bundled = bundledStories(assets);
  const readers = merged.userSourceIds.flatMap((id) => {
    const signals = merged.signalsOf(id);
    return signals ? [{ id, signals }] : [];
  });
  const labels = itemLabelsOf(catalogue);
  const built = StoryIndex.build([...bundled.articles(), ...readers], {}, labels);
  return KeptStories.fromIndex(
    bundled,
    built,
    readers.map(({ id }) => id),
    labels,
  );
}
