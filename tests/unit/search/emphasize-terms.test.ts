import { describe, expect, it } from 'vitest';
import { emphasizeTerms } from '@/lib/search';

const slices = (text: string, ranges: [number, number][]): string[] =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('emphasizeTerms', () => {
  it('marks every occurrence of each matched term, whatever its case or possessive', () => {
    const text = 'Brennick said BRENNICK’s ships, not Brennick-owned ones, would wait.';
    expect(slices(text, emphasizeTerms(text, ['brennick']))).toEqual(['Brennick', 'BRENNICK’s', 'Brennick']);
  });

  it('marks words for several terms in text order', () => {
    const text = 'Ships waited in the anchorage while the harbour stayed shut.';
    expect(slices(text, emphasizeTerms(text, ['harbour', 'anchorage']))).toEqual(['anchorage', 'harbour']);
  });

  it('matches folded forms: diacritics, acronym dots and thousands separators', () => {
    const text = 'The U.S. buyer paid Zelénskyy for 141,000 tonnes.';
    expect(slices(text, emphasizeTerms(text, ['us', 'zelenskyy', '141000']))).toEqual([
      'U.S.',
      'Zelénskyy',
      '141,000',
    ]);
  });

  it('marks nothing when no term is given or none occurs', () => {
    expect(emphasizeTerms('Ships waited.', [])).toEqual([]);
    expect(emphasizeTerms('Ships waited.', ['harbour'])).toEqual([]);
  });

  it('does not mark a word that only contains a term', () => {
    expect(emphasizeTerms('The harbourmaster waited.', ['harbour'])).toEqual([]);
  });
});
