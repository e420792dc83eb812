import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithOffsets } from '@/lib/search';

describe('tokenize', () => {
  it('splits on spaces and punctuation', () => {
    expect(tokenize('Cranes stopped; ships waited (offshore).')).toEqual([
      'Cranes',
      'stopped',
      'ships',
      'waited',
      'offshore',
    ]);
  });

  it('keeps dotted acronyms, possessives, decimals and thousands in one token', () => {
    expect(tokenize('The U.S. buyer, Brennick’s $1.5bn, 2.40pm and 141,000 tonnes.')).toEqual([
      'The',
      'U.S.',
      'buyer',
      'Brennick’s',
      '1.5bn',
      '2.40pm',
      'and',
      '141,000',
      'tonnes',
    ]);
  });

  it('splits hyphenated words so both spellings meet', () => {
    expect(tokenize('night-shift and night shift')).toEqual(['night', 'shift', 'and', 'night', 'shift']);
  });

  it('does not end a token with the punctuation after it', () => {
    expect(tokenize('ships, quays. cranes’')).toEqual(['ships', 'quays', 'cranes']);
  });

  it('reads letters of any script', () => {
    expect(tokenize('Zelénskyy Київ 東京')).toEqual(['Zelénskyy', 'Київ', '東京']);
  });
});

describe('tokenizeWithOffsets', () => {
  it('gives each token its place in the text', () => {
    expect(tokenizeWithOffsets('The U.S. envoy')).toEqual([
      { text: 'The', start: 0, end: 3 },
      { text: 'U.S.', start: 4, end: 8 },
      { text: 'envoy', start: 9, end: 14 },
    ]);
  });

  it('returns the same tokens as tokenize, each the slice at its offsets, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const tokens = tokenizeWithOffsets(text);
        expect(tokens.map((token) => token.text)).toEqual(tokenize(text));
        let previousEnd = 0;
        for (const token of tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = token.end;
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
