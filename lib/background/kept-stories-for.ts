import type { Catalogue } from '../entities';
import { KeptStories, type ItemLabel, type KeptStoriesState, type StorySignals } from '../stories';
import { bundledStories, type BundledAssets } from './load-bundled-assets';

const NONE: KeptStoriesState = { stories: [], df: new Map(), total: 0 };

/** Item labels from a catalogue, for story labels. */
export function itemLabelsOf(catalogue: Catalogue): ItemLabel {
  const labels = new Map(catalogue.entities.map((entity) => [entity.id, entity.label]));
  return (id) => labels.get(id);
}

/**
 * The kept stories over the bundled ones: as stored (`state`), or, given the
 * reader's articles' signals instead, placed one at a time in id order (the
 * conversion of a store written before stories were kept, and the rebuild
 * after the bundled corpus changed).
 */
export function keptStoriesFor(
  assets: Pick<BundledAssets, 'catalogue' | 'storiesJson'>,
  catalogue: Catalogue,
  from: { state: KeptStoriesState } | { articles: Iterable<readonly [string, StorySignals]> },
): KeptStories {
  const kept = new KeptStories(
    bundledStories(assets),
    'state' in from ? from.state : NONE,
    itemLabelsOf(catalogue),
  );
  if ('articles' in from)
    for (const [id, signals] of [...from.articles].sort(([a], [b]) => (a < b ? -1 : 1)))
      kept.join(id, signals);
  return kept;
}
