import { describe, expect, it } from 'vitest';
import { storyToldArticles } from '@/lib/catalogue/story-told-articles';

/** Articles named "story-report" are of one story when they share the prefix. */
const related = (a: string, b: string): boolean => a.split('-')[0] === b.split('-')[0];

/** A corpus of `stories` stories told by Fox, HuffPost and The New York Times. */
const corpusOf = (stories: number): string[] =>
  Array.from({ length: stories }, (_, i) => ['fox', 'hpo', 'nyt'].map((outlet) => `s${i}-${outlet}`)).flat();

describe('storyToldArticles', () => {
  it.each([
    // [noun, article → sentences naming it, stories in the corpus, the articles kept]
    // BASIL b003: "video" in 4, 6 and 3 sentences of a filmed scuffle's reports, once in other stories.
    [
      'video',
      { 's0-fox': 4, 's0-hpo': 6, 's0-nyt': 3, 's1-fox': 1, 's2-hpo': 1, 's3-nyt': 1 },
      30,
      ['s0-fox', 's0-hpo', 's0-nyt'],
    ],
    // Two reports of one story that name it once each: no story comes back to it.
    ['stance', { 's0-fox': 1, 's0-nyt': 1, 's1-fox': 1, 's2-hpo': 1 }, 30, []],
    // A word of every story, repeated in two of three reports here and there: no story's own.
    [
      'statement',
      {
        's0-fox': 2,
        's0-nyt': 2,
        's1-fox': 2,
        's1-hpo': 2,
        's2-hpo': 1,
        's3-nyt': 1,
        's4-fox': 1,
        's5-hpo': 1,
      },
      8,
      [],
    ],
    // One report per story, however often: none.
    ['door', { 's0-fox': 3, 's1-hpo': 3, 's2-nyt': 1 }, 30, []],
    // One story in a one-story corpus: the corpus's share is the story's.
    ['infrastructure', { 's0-fox': 2, 's0-hpo': 2 }, 1, []],
  ])('keeps of "%s" in %j (%i stories) the reports %j', (_, sentences, stories, expected) => {
    expect(storyToldArticles(new Map(Object.entries(sentences)), corpusOf(stories), related).sort()).toEqual(
      expected,
    );
  });
});
