import type { Comparison } from '../../compare/comparison-schema';

type ComparedSource = Comparison['sources'][number];

/**
 * The compared sources, most informative first: those that state figures or
 * quotations the others differ on (the most such values first), then those
 * that share figures with the others, then by how many passages speak of the
 * subject; ties keep the comparison's order. A long article that names the
 * subject often says no more about it than a short one with a figure.
 */
export function rankSources<S extends ComparedSource>(
  sources: readonly S[],
  comparison: Pick<Comparison, 'discrepancies' | 'agreements'>,
): S[] {
  const tally = (lists: Comparison['discrepancies']) => {
    const counts = new Map<string, number>();
    for (const aligned of lists)
      for (const value of aligned.values) counts.set(value.sourceId, (counts.get(value.sourceId) ?? 0) + 1);
    return counts;
  };
  const differs = tally(comparison.discrepancies);
  const agrees = tally(comparison.agreements);
  const key = (source: S) => [
    differs.get(source.sourceId) ?? 0,
    agrees.get(source.sourceId) ?? 0,
    source.passages.length,
  ];
  return sources
    .map((source, index) => ({ source, index, key: key(source) }))
    .sort((a, b) => {
      for (let at = 0; at < a.key.length; at++) {
        const difference = (b.key[at] ?? 0) - (a.key[at] ?? 0);
        if (difference !== 0) return difference;
      }
      return a.index - b.index;
    })
    .map(({ source }) => source);
}
