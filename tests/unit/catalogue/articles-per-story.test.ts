import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesPerStory } from '@/lib/catalogue/articles-per-story';

/** Articles named "story-report": two are related when they name one story. */
const sameStory = (a: string, b: string): boolean => a.split('-')[0] === b.split('-')[0];

describe('articlesPerStory', () => {
  it.each([
    ['three reports of one event', ['s1-fox', 's1-nyt', 's1-hpo'], 3],
    ['one report each of three events', ['s1-fox', 's2-nyt', 's3-hpo'], 1],
    ['two events told twice and one once', ['s1-fox', 's1-nyt', 's2-fox', 's2-hpo', 's3-nyt'], 5 / 3],
    ['no article', [], 0],
  ])('counts %s', (_case, articles, expected) => {
    expect(articlesPerStory(articles, sameStory)).toBeCloseTo(expected, 12);
  });

  it('joins stories through a chain of related articles (single linkage)', () => {
    const related = (a: string, b: string): boolean =>
      [a, b].sort().join() === 'a,b' || [a, b].sort().join() === 'b,c';
    expect(articlesPerStory(['a', 'b', 'c'], related)).toBe(3);
  });

  it('equals the articles over the distinct stories, as counted naively', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 99 })), {
          minLength: 1,
          maxLength: 30,
          selector: ([story, report]) => `${story}-${report}`,
        }),
        (pairs) => {
          const articles = pairs.map(([story, report]) => `${story}-${report}`);
          const stories = new Set(pairs.map(([story]) => story)).size;
          expect(articlesPerStory(articles, sameStory)).toBeCloseTo(articles.length / stories, 12);
        },
      ),
    );
  });
});
