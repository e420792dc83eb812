import { describe, expect, it } from 'vitest';
import { foldText, normalizeTerm } from '@/lib/search';

describe('foldText', () => {
  it('folds case, diacritics and curly apostrophes', () => {
    expect(foldText('ZELÉNSKYY’S Café')).toBe("zelenskyy's cafe");
  });

  it('keeps the letters of text that has nothing to fold', () => {
    expect(foldText('harbour 41 ships')).toBe('harbour 41 ships');
  });
});

describe('normalizeTerm', () => {
  it('makes one term of every casing of a word', () => {
    expect(new Set(['Zelenskyy', 'ZELENSKYY', 'zelenskyy', 'ZeLeNsKyY'].map(normalizeTerm))).toEqual(
      new Set(['zelenskyy']),
    );
  });

  it('folds diacritics, so accented and plain spellings meet', () => {
    expect(normalizeTerm('Zelénskyy')).toBe('zelenskyy');
    expect(normalizeTerm('Škoda')).toBe('skoda');
    expect(normalizeTerm('Brennick')).toBe(normalizeTerm('Brénnick'));
  });

  it('drops a possessive written with a straight or a curly apostrophe', () => {
    expect(normalizeTerm('Putin’s')).toBe('putin');
    expect(normalizeTerm("Putin's")).toBe('putin');
    expect(normalizeTerm('Ilves’s')).toBe('ilves');
  });

  it('removes inner apostrophes, so curly and straight spellings meet', () => {
    expect(normalizeTerm('don’t')).toBe('dont');
    expect(normalizeTerm("don't")).toBe('dont');
    expect(normalizeTerm('O’Neill')).toBe(normalizeTerm("O'Neill"));
  });

  it('removes the dots of a dotted acronym ("U.S." → "us")', () => {
    expect(normalizeTerm('U.S.')).toBe('us');
    expect(normalizeTerm('U.S')).toBe('us');
    expect(normalizeTerm('e.u.')).toBe('eu');
  });

  it('keeps the dot of a decimal or time', () => {
    expect(normalizeTerm('2.40pm')).toBe('2.40pm');
    expect(normalizeTerm('1.5')).toBe('1.5');
  });

  it('removes thousands separators ("141,000" → "141000")', () => {
    expect(normalizeTerm('141,000')).toBe('141000');
    expect(normalizeTerm('1,400,000')).toBe('1400000');
  });

  it('returns null for stop words in any case', () => {
    for (const word of ['the', 'The', 'AND', 'of', 'was']) expect(normalizeTerm(word)).toBeNull();
  });

  it('keeps short words that can be real search terms', () => {
    expect(normalizeTerm('US')).toBe('us');
    expect(normalizeTerm('may')).toBe('may');
    expect(normalizeTerm('will')).toBe('will');
  });

  it('returns null for a bare possessive ending', () => {
    expect(normalizeTerm('’s')).toBeNull();
  });
});
