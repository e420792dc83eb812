import { describe, expect, it } from 'vitest';
import { findNumbers } from '@/lib/compare/facts/find-numbers';

/** Each number is read alone, in the middle of a sentence. */
const rows: [written: string, value: number | null, range?: [number, number]][] = [
  ['141,000', 141000],
  ['1,000,000', 1e6],
  ['2.5', 2.5],
  ['0.25', 0.25],
  ['852bn', 852e9],
  ['852 bn', 852e9],
  ['800 mn', 800e6],
  ['1.2 trillion', 1.2e12],
  ['3 million', 3e6],
  ['40k', 40000],
  ['seven', 7],
  ['nineteen', 19],
  ['ninety-nine', 99],
  ['forty two', 42],
  ['a hundred', 100],
  ['three thousand', 3000],
  ['one hundred and twenty', 120],
  ['two and a half million', 2.5e6],
  ['three and a half', 3.5],
  ['a dozen', 12],
  ['two dozen', 24],
  ['half a million', 5e5],
  ['a half', 0.5],
  ['dozens', null, [24, 99]],
  ['hundreds', null, [200, 999]],
  ['thousands', null, [2000, 9999]],
  ['tens of thousands', null, [20000, 99999]],
  ['hundreds of thousands', null, [200000, 999999]],
  ['a few thousand', null, [2000, 5000]],
  ['10-15', null, [10, 15]],
  ['1.2-billion', 1.2e9],
  ['between 5 and 7', null, [5, 7]],
  ['between 5 and 7 million', null, [5e6, 7e6]],
  ['between two and three', null, [2, 3]],
];

describe('findNumbers', () => {
  it.each(rows)('reads "%s" as %s', (written, value, range) => {
    const sentence = `They said ${written} were listed.`;
    const [mention, ...rest] = findNumbers(sentence);
    expect(rest).toEqual([]);
    expect(mention && sentence.slice(mention.start, mention.end)).toBe(written);
    expect(mention?.value).toBe(value);
    expect(mention?.range).toEqual(range ?? [value, value]);
  });

  it('reads fractions as fractions, in words or hyphenated, and not an ordinal ("a third term")', () => {
    const read = (sentence: string): [string, number | null, boolean][] =>
      findNumbers(sentence).map((m) => [sentence.slice(m.start, m.end), m.value, m.fraction]);
    expect(read('Two-thirds of them and one-quarter of us left.')).toEqual([
      ['Two-thirds', 2 / 3, true],
      ['one-quarter', 0.25, true],
    ]);
    expect(read('About two thirds left, a third of the rest stayed, three-fifths voted.')).toEqual([
      ['two thirds', 2 / 3, true],
      ['a third', 1 / 3, true],
      ['three-fifths', 0.6, true],
    ]);
    expect(read('He won a third term in the third quarter.')).toEqual([]);
  });

  it('marks a plain four-digit number in the range of years as year-like, and a separated one not', () => {
    expect(findNumbers('in 2025 and 2,025').map((mention) => mention.yearLike)).toEqual([true, false]);
  });

  it('reads a number hyphenated to a unit as that unit ("three-hour", "45-year-old")', () => {
    expect(findNumbers('a three-hour wait for a 45-year-old').map((mention) => mention.attached)).toEqual([
      { unit: 'hour', minutes: 60 },
      { unit: 'year-old', minutes: null },
    ]);
  });

  it('leaves codes out: letters glued or hyphenated to digits, ordinals, decades, leading zeros', () => {
    expect(findNumbers('A320 5G Su-34 F-16s 21st 1990s 007 one-off Covid-19')).toEqual([]);
  });
});
