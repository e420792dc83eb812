import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeTerm, tokenize, tokenizeWithOffsets } from '@/lib/search';
import { STOP_WORDS } from '@/lib/lexicon';
import { anyUnicode } from '../../helpers/unicode-arbitraries';

// The index and every query go through these: a term folded one way at build
// time and another at query time would be a search that silently misses.

describe('the search normaliser, for any text', { timeout: 30_000 }, () => {
  it('folds to lower case without combining marks or curly apostrophes, and folding twice changes nothing', () => {
    fc.assert(
      fc.property(anyUnicode(30), (text) => {
        const folded = foldText(text);
        return (
          foldText(folded) === folded &&
          folded === folded.toLowerCase() &&
          !/\p{M}/u.test(folded) &&
          !/[‘’ʼ`´]/u.test(folded)
        );
      }),
      { numRuns: 10_000 },
    );
  });

  it('makes each token a term that is non-empty, never a stop word, and normalises to itself', () => {
    fc.assert(
      fc.property(anyUnicode(30), (text) => {
        for (const token of tokenize(text)) {
          const term = normalizeTerm(token);
          if (term === null) continue;
          if (term === '' || STOP_WORDS.has(term) || normalizeTerm(term) !== term) return false;
        }
        // Not only tokens: anything the query box passes in must not throw either.
        const whole = normalizeTerm(text);
        return whole === null || whole.length > 0;
      }),
      { numRuns: 10_000 },
    );
  });

  it('tokenises into the slices at their offsets, in order, apart', () => {
    fc.assert(
      fc.property(anyUnicode(40), (text) => {
        const tokens = tokenizeWithOffsets(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          previousEnd = token.end;
        }
        expect(tokens.map((token) => token.text)).toEqual(tokenize(text));
      }),
      { numRuns: 10_000 },
    );
  });
});
