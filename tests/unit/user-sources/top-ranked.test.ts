import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topRanked } from '@/lib/user-sources/top-ranked';

type Scored = [number, number];
const byRank = ([docA, a]: Scored, [docB, b]: Scored) => b - a || docA - docB;

describe('topRanked', () => {
  it('gives the first k of a full sort, for any items and any k', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(500), fc.integer({ min: -5, max: 5 })), {
          selector: ([doc]) => doc,
          maxLength: 200,
        }),
        fc.nat(220),
        (items, k) => {
          expect(topRanked(items, k, byRank)).toEqual([...items].sort(byRank).slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    { items: [] as Scored[], k: 3, expected: [] as Scored[] },
    {
      items: [
        [1, 1],
        [2, 3],
        [3, 2],
      ] as Scored[],
      k: 0,
      expected: [],
    },
    {
      items: [
        [4, 1],
        [2, 3],
        [3, 3],
        [1, 0],
      ] as Scored[],
      k: 2,
      expected: [
        [2, 3],
        [3, 3],
      ],
    },
  ])('keeps $k of $items.length in rank order, ties by passage', ({ items, k, expected }) => {
    expect(topRanked(items, k, byRank)).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const items: Scored[] = [
      [3, 1],
      [1, 2],
      [2, 3],
    ];
    topRanked(items, 2, byRank);
    topRanked(items, 5, byRank);
    expect(items).toEqual([
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});
