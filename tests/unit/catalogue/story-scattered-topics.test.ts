import { describe, expect, it } from 'vitest';
import { STORY_SPREAD, storyScatteredTopics, type SpreadItem } from '@/lib/catalogue/story-scattered-topics';

/** Articles named "story-report" are of one story when they share the prefix. */
const similarity = (a: string, b: string): number => (a.split('-')[0] === b.split('-')[0] ? 0.6 : 0.05);

function scattered(item: Partial<SpreadItem>, articles: string[]): boolean {
  const full: SpreadItem = { id: 'x', label: 'door', kind: 'topic', ...item };
  return storyScatteredTopics([full], () => articles, similarity).has(full.id);
}

describe('storyScatteredTopics', () => {
  it.each([
    // A generic noun, one report of each story: "the door is open" here, "a door" there.
    ['door', ['s1-fox', 's2-nyt', 's3-hpo', 's4-fox'], true],
    // Two of six stories tell it twice: 1.33 reports per story.
    ['status', ['s1-fox', 's1-nyt', 's2-fox', 's2-hpo', 's3-nyt', 's4-fox', 's5-fox', 's6-hpo'], true],
    // Every report of an apology story says "apologized" or "apology".
    ['apology', ['s1-fox', 's1-nyt', 's1-hpo', 's2-fox', 's2-nyt', 's3-hpo'], false],
    // A concept of one story only, told by its three reports.
    ['fundraiser', ['s1-fox', 's1-nyt', 's1-hpo'], false],
  ])('judges "%s" in %j: scattered %s', (label, articles, expected) => {
    expect(scattered({ label }, articles)).toBe(expected);
  });

  it(`does not judge a noun the matcher finds alone in fewer than ${STORY_SPREAD.minArticles} articles ("tankers" beside "oil tankers")`, () => {
    expect(scattered({ label: 'tankers' }, ['s1-fox', 's2-nyt'])).toBe(false);
  });

  it('judges a noun the matcher finds alone in few articles on every article that writes it, heading a longer phrase or alone', () => {
    // "the campaign trail", once in each of four stories; "trail" alone in two articles.
    const trail = {
      label: 'trail',
      sources: new Map([
        ['s1-fox', 1],
        ['s2-nyt', 1],
        ['s3-hpo', 1],
        ['s4-fox', 1],
      ]),
    };
    expect(scattered(trail, ['s1-fox', 's2-nyt'])).toBe(true);
    // "oil refineries" in the three reports of one story; "refineries" alone in two.
    const refineries = {
      label: 'refineries',
      sources: new Map([
        ['s1-fox', 2],
        ['s1-nyt', 1],
        ['s1-hpo', 1],
      ]),
    };
    expect(scattered(refineries, ['s1-fox', 's1-nyt'])).toBe(false);
  });

  it('judges only lone automatic topics: not compounds, names, dates or curated items', () => {
    const articles = ['s1-fox', 's2-nyt', 's3-hpo', 's4-fox'];
    expect(scattered({ label: 'written statement' }, articles)).toBe(false);
    expect(scattered({ label: 'Newsmax', kind: 'organisation' }, articles)).toBe(false);
    expect(scattered({ label: 'economy', curated: true }, articles)).toBe(false);
  });
});
