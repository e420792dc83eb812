import { normalizeTerm } from './normalize';
import { tokenizeWithOffsets } from './tokenize';

/**
 * Where in `text` the matched index terms occur, as [start, end) ranges, so a
 * UI can emphasise them without parsing markup.
 */
export function emphasizeTerms(text: string, terms: readonly string[]): [number, number][] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  return tokenizeWithOffsets(text)
    .filter((token) => {
      const term = normalizeTerm(token.text);
      return term !== null && wanted.has(term);
    })
    .map((token) => [token.start, token.end]);
}
