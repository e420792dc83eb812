import { itemStandings, type ItemStanding } from '../stories';
import type { BundledCorpus } from './corpus-for';

const cache = new WeakMap<BundledCorpus, (itemId: string) => ItemStanding>();

/**
 * The corpus' items' standings for the highlight policy, worked out once per
 * corpus (a new corpus object comes with every change of the sources).
 */
export function standingsFor(corpus: BundledCorpus): (itemId: string) => ItemStanding {
  let standingOf = cache.get(corpus);
  if (!standingOf) {
    const { search, catalogue, stories } = corpus;
    standingOf = itemStandings(catalogue.entities, stories, (id) => search.sources.get(id)?.published);
    cache.set(corpus, standingOf);
  }
  return standingOf;
}
