import { foldText, normalizeTerm, tokenize, type Passage } from '../../../lib/search';

/**
 * The floor for query latency: the least work that answers a query without an
 * index. The passage texts are folded once up front (not timed, like an index
 * build); each query is folded, split into words (stop words dropped, as the
 * index drops them), and then answered by one pass over every passage,
 * keeping those that contain every word (`String.prototype.includes`, so a
 * word also matches as a prefix or inside a longer word).
 *
 * No ranking, no fuzzy matching, no result objects: it finds fewer answers
 * than search does (misspellings find nothing) and orders none of them. Its
 * cost grows with the corpus, so on large corpora an index is expected to
 * beat it: the ratio to it shows what the index buys, not a lower bound.
 */
export function createFloorScan(passages: readonly Passage[]): (query: string) => number[] {
  const folded = passages.map((passage) => foldText(passage.text));
  return (query) => {
    const words = tokenize(foldText(query)).filter((word) => normalizeTerm(word) !== null);
    if (words.length === 0) return [];
    const matches: number[] = [];
    for (let i = 0; i < folded.length; i++) {
      const text = folded[i] as string;
      if (words.every((word) => text.includes(word))) matches.push(i);
    }
    return matches;
  };
}
