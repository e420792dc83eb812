import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '@/lib/entities';
import { naiveFold, nameCase, tinyCase } from './naive-matcher';

/** Every original character a folded code unit came from, for readable expectations. */
const originsOf = (text: string): string[] => {
  const { origin } = foldForMatch(text);
  return Array.from(origin.subarray(0, -1), (offset) => text.charAt(offset));
};

describe('foldForMatch', () => {
  it('lower-cases and drops diacritics, keeping the case in a second string', () => {
    const folded = foldForMatch('Élysée Palace, Łódź');
    expect(folded.folded).toBe('elysee palace, łodz');
    expect(folded.cased).toBe('Elysee Palace, Łodz');
  });

  it('folds composed and decomposed writings of a name to the same text', () => {
    const composed = 'Zapori\u017E\u017Eia Zelens\u0301kyy Jos\u00E9';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(foldForMatch(decomposed).folded).toBe(foldForMatch(composed).folded);
    expect(foldForMatch(composed).folded).toBe('zaporizzia zelenskyy jose');
  });

  it('turns every run of white space, non-breaking spaces and hyphens into one space', () => {
    for (const text of [
      'air truce',
      'air-truce',
      'air\u2011truce',
      'air\u2010truce',
      'air\u2013truce',
      'air\u2014truce',
      'air\u2212truce',
      'air\u00A0truce',
      'air\u202Ftruce',
      'air\u2009truce',
      'air\u3000truce',
      'air \t\n\r - \u00A0 truce',
    ]) {
      expect(foldForMatch(text).folded, JSON.stringify(text)).toBe('air truce');
    }
  });

  it('drops soft hyphens, zero-width characters and the byte-order mark', () => {
    for (const invisible of ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']) {
      expect(foldForMatch(`Wit${invisible}koff`).folded).toBe('witkoff');
    }
  });

  it('writes curly apostrophes, the modifier apostrophe and the backtick as a straight apostrophe', () => {
    for (const apostrophe of ['\u2019', '\u2018', '\u02BC', '`', '\uFF07']) {
      expect(foldForMatch(`Putin${apostrophe}s`).folded).toBe("putin's");
    }
  });

  it('maps every folded code unit back to the character it came from, plus one entry for the end', () => {
    const text = 'Jose\u0301\u00A0 Wit\u00ADkoff';
    const folded = foldForMatch(text);
    expect(folded.folded).toBe('jose witkoff');
    expect(Array.from(folded.origin)).toEqual([0, 1, 2, 3, 5, 7, 8, 9, 11, 12, 13, 14, 15]);
    expect(originsOf(text).join('')).toBe('Jose\u00A0Witkoff');
  });

  it('keeps both halves of a surrogate pair, each with its own offset', () => {
    const text = '\u{1F600}x';
    const folded = foldForMatch(text);
    expect(folded.folded).toBe(text);
    expect(Array.from(folded.origin)).toEqual([0, 1, 2, 3]);
  });

  it('folds full-width letters to ASCII and leaves ligatures that expand to several letters alone', () => {
    expect(foldForMatch('\uFF35\uFF33').cased).toBe('US');
    expect(foldForMatch('\uFB01').folded).toBe('\uFB01');
  });

  it('folds empty text to empty text with a single end offset', () => {
    const folded = foldForMatch('');
    expect(folded.folded).toBe('');
    expect(folded.cased).toBe('');
    expect(Array.from(folded.origin)).toEqual([0]);
  });
});

describe('foldForMatch against a naive reference', () => {
  const texts = fc.oneof(
    nameCase.map((example) => example.text),
    tinyCase.map((example) => example.text),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  );

  it('folds every text exactly as a one-unit-at-a-time reference does, with the same offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const folded = foldForMatch(text);
        const reference = naiveFold(text);
        expect(folded.folded).toBe(reference.lower.join(''));
        expect(folded.cased).toBe(reference.cased.join(''));
        expect(Array.from(folded.origin)).toEqual([...reference.origin, text.length]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps offsets strictly increasing, never doubles a space, and differs from the cased text only in case', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { folded, cased, origin } = foldForMatch(text);
        expect(cased.length).toBe(folded.length);
        expect(origin.length).toBe(folded.length + 1);
        expect(origin[folded.length]).toBe(text.length);
        expect(origin.every((offset, i) => i === 0 || offset > (origin[i - 1] ?? -1))).toBe(true);
        expect(folded).not.toContain('  ');
        const lowered = cased
          .split('')
          .map((unit) => (unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit));
        expect(folded).toBe(lowered.join(''));
      }),
      { numRuns: 10_000 },
    );
  });
});
