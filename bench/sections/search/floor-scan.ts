import { foldText, normalizeTerm, tokenize, type Passage } from '../../../lib/search';

/**
 * The floor (docs/bench.md#search): the passages folded once, untimed; each
 * query folded and split into words (stop words dropped, as the index drops
 * them), then one pass keeping the passages that contain every word.
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
