import { describe, expect, it } from 'vitest';
import { articleSimilarity } from '@/lib/catalogue/article-similarity';

const table = (rows: Record<string, Record<string, number>>): Map<string, Map<string, number>> =>
  new Map(Object.entries(rows).map(([article, items]) => [article, new Map(Object.entries(items))]));

describe('articleSimilarity', () => {
  const similarity = articleSimilarity(
    table({
      // Two reports of one event share its people and place; every article names "trump".
      a1: { trump: 3, netanyahu: 4, 'joint session': 1, iran: 2 },
      a2: { trump: 1, netanyahu: 2, 'joint session': 2, boehner: 1 },
      b1: { trump: 2, 'debate moderator': 2, newsmax: 3, iran: 1 },
      b2: { trump: 1, 'debate moderator': 1, newsmax: 1 },
      c1: { trump: 5, 'only here': 9 },
    }),
  );

  it('scores two reports of one event above reports of different events', () => {
    expect(similarity('a1', 'a2')).toBeGreaterThan(0.5);
    expect(similarity('b1', 'b2')).toBeGreaterThan(0.5);
    expect(similarity('a1', 'b1')).toBeLessThan(0.25);
  });

  it('pairs nothing on an item every article names or one article alone names', () => {
    expect(similarity('a2', 'c1')).toBe(0);
    expect(similarity('c1', 'b2')).toBe(0);
  });

  it('is symmetric, 1 for an article with itself, and 0 for an article it does not know', () => {
    expect(similarity('a1', 'b1')).toBeCloseTo(similarity('b1', 'a1'), 12);
    expect(similarity('a1', 'a1')).toBeCloseTo(1, 12);
    expect(similarity('a1', 'unknown')).toBe(0);
  });
});
