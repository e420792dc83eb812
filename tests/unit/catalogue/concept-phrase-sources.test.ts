import { describe, expect, it } from 'vitest';
import { corpusPhraseSources } from '@/lib/catalogue/concept-phrase-sources';
import { phraseKey } from '@/lib/catalogue/spelling-key';
import { parseArticle } from '@/lib/corpus';

const corpus = (...texts: string[]) => texts.map((text, i) => parseArticle(`a${i}`, text));

/** The articles that write `phrase` as the index counts it. */
function writers(phrase: string, ...texts: string[]): string[] {
  const words = phrase.split(' ');
  const heads = new Set([phraseKey([words.at(-1) ?? ''])]);
  return [...(corpusPhraseSources(corpus(...texts), heads)(phraseKey(words))?.keys() ?? [])].sort();
}

describe('corpusPhraseSources', () => {
  it.each([
    // [phrase, the articles' texts, the articles that write it]
    [
      'secret ballot',
      [
        'The leadership elections, conducted by secret ballot behind closed doors, stamped out calls.',
        'Pelosi was challenged by Ohio Rep. Tim Ryan in a secret-ballot vote among House Democrats.',
        'Dozens in her caucus voted against her in secret ballots.',
      ],
      ['a0', 'a1', 'a2'],
    ],
    // The head as a verb, the modifier as its object.
    [
      'veto override',
      [
        'Congress is set to vote to override President Obama’s veto of a bill.',
        'The Senate voted Wednesday to override his veto of a bill.',
        'It was the first successful veto override of his presidency.',
      ],
      ['a0', 'a1', 'a2'],
    ],
    // A clause break ends a phrase; a capitalised word is a name's, not the topic's.
    [
      'secret ballot',
      ['They kept it secret. Ballot papers were counted.', 'The Secret Ballot Act passed.'],
      [],
    ],
    ['veto override', ['They will override the bill, and the veto stands.'], []],
  ])('finds "%s" written in %j by %j', (phrase, texts, expected) => {
    expect(writers(phrase, ...texts)).toEqual(expected);
  });
});
