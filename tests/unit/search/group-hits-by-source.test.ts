import { describe, expect, it } from 'vitest';
import { groupHitsBySource, type SearchHit } from '@/lib/search';

function hit(sourceId: string, sentence: number, score: number): SearchHit {
  return {
    id: `${sourceId}#${sentence}`,
    sourceId,
    outlet: null,
    title: null,
    published: null,
    publishedApproximate: false,
    text: `Sentence ${sentence} of ${sourceId}.`,
    start: 0,
    end: 10,
    score,
    terms: [],
    emphasis: [],
    entities: [],
  };
}

const ids = (groups: ReturnType<typeof groupHitsBySource>): [string, string[]][] =>
  groups.map((group) => [group.sourceId, group.hits.map((h) => h.id)]);

describe('groupHitsBySource', () => {
  it('orders sources by their best hit and keeps each source’s hits in rank order', () => {
    const hits = [hit('b', 4, 9), hit('a', 1, 8), hit('b', 2, 7), hit('c', 0, 6), hit('a', 7, 5)];
    expect(ids(groupHitsBySource(hits))).toEqual([
      ['b', ['b#4', 'b#2']],
      ['a', ['a#1', 'a#7']],
      ['c', ['c#0']],
    ]);
  });

  it('keeps at most three hits a source by default, the best ones', () => {
    const hits = [5, 4, 3, 2, 1].map((score, i) => hit('a', i, score));
    expect(ids(groupHitsBySource(hits))).toEqual([['a', ['a#0', 'a#1', 'a#2']]]);
  });

  it('keeps at most the given number of hits a source', () => {
    const hits = [hit('a', 0, 4), hit('b', 0, 3), hit('a', 1, 2), hit('b', 1, 1)];
    expect(ids(groupHitsBySource(hits, 1))).toEqual([
      ['a', ['a#0']],
      ['b', ['b#0']],
    ]);
  });

  it('returns no groups for no hits', () => {
    expect(groupHitsBySource([])).toEqual([]);
  });
});
