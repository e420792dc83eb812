import { describe, expect, it } from 'vitest';
import { nounUses } from '@/lib/catalogue/noun-uses';

/** The spans of `word` in `sentence`, as the matcher gives them. */
const spansOf = (sentence: string, word: string): { start: number; end: number }[] =>
  [...sentence.matchAll(new RegExp(`\\b${word}\\b`, 'gu'))].map((match) => ({
    start: match.index,
    end: match.index + word.length,
  }));

describe('nounUses', () => {
  it.each([
    // [sentence (BASIL), the alias matched, how many of its spans are the noun's]
    ['It looks like President Trump is having a change of heart.', 'looks', 0],
    ['Royce said that conservation hunts could help the wildlife population.', 'help', 0],
    [
      'We need immediate federal action to reverse these policies and protect these amazing animals.',
      'protect',
      0,
    ],
    ['He was elected in 2010.', 'elected', 0],
    ['It also recently rolled back protections for African lions.', 'protections', 1],
    ['The change marks a shift in efforts.', 'change', 1],
    ['The election is slated for 2014.', 'election', 1],
    // A capitalised word inside the sentence is a name's.
    [
      'Rep. Vern Buchanan, co-chair of the Congressional Animal Protection Caucus, assailed the decision.',
      'Protection',
      0,
    ],
    // The tagger reads "primary" at a sentence's end as an adjective: still the noun.
    [
      'Elizabeth Cheney plans to challenge incumbent Senator Mike Enzi, also a Republican, in the state’s Republican primary.',
      'primary',
      1,
    ],
  ])('in "%s", "%s" is a noun %i times', (sentence, word, expected) => {
    expect(nounUses(sentence, spansOf(sentence, word))).toBe(expected);
  });
});
