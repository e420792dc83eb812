import { describe, expect, it } from 'vitest';
import type { DraftItem } from '@/lib/catalogue/merge-candidates';
import { nameInstitutions } from '@/lib/catalogue/name-institutions';
import { parseArticle } from '@/lib/corpus';

const corpus = (...texts: string[]) => texts.map((text, i) => parseArticle(`a${i}`, text));

const OBAMA: DraftItem = {
  label: 'Barack Obama',
  kind: 'person',
  aliases: new Map([
    ['Barack Obama', false],
    ['Obama', false],
  ]),
  sources: new Map(),
  mentions: 3,
};

describe('nameInstitutions', () => {
  it.each([
    // [the corpus, the institutions it names, with their sources]
    // BASIL b068 (Fox News) and another story's report.
    [
      [
        'Despite last-ditch warnings from the Obama administration that the legislation could hurt security.',
        'The Obama administration, in a letter, objected.',
      ],
      [['Obama administration', ['a0', 'a1']]],
    ],
    // Written once by one source: not kept.
    [['Despite warnings from the Obama administration that it could hurt.'], []],
    // A lower-case noun after the phrase: the institution's noun is a modifier ("Obama press conference").
    [['The Obama press conference ran late.', 'An Obama press conference began.'], []],
    // No person's name: "Rosneft" is no one's.
    [['The Rosneft company said so.', 'The Rosneft company, again.'], []],
  ])('finds in %j the institutions %j', (texts, expected) => {
    const found = nameInstitutions([OBAMA], corpus(...texts)).map((item) => [
      item.label,
      [...item.sources.keys()],
    ]);
    expect(found).toEqual(expected);
  });
});
