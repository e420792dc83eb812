import { ITEM_PREFIX, YEAR_PREFIX, type StorySignals } from './story-signals';
import type { StoryOptions } from './story-options';

type Weights = Pick<StoryOptions, 'itemWeight' | 'yearWeight' | 'wordWeight'>;

function kindWeight(term: string, weights: Weights): number {
  if (term.startsWith(ITEM_PREFIX)) return weights.itemWeight;
  if (term.startsWith(YEAR_PREFIX)) return weights.yearWeight;
  return weights.wordWeight;
}

/**
 * An article's or a page's L2-normalised TF-IDF vector (sublinear counts,
 * each kind of term weighted by `weights`) over `total` articles, `df`
 * giving each term's article frequency: the one weighting the story index
 * and the kept stories share.
 */
export function weighSignals(
  signals: StorySignals,
  df: (term: string) => number,
  total: number,
  weights: Weights,
): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of signals.features) {
    const weight =
      kindWeight(term, weights) * (1 + Math.log(count)) * Math.log(1 + total / Math.max(1, df(term)));
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}
