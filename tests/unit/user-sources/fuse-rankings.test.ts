import { describe, expect, it } from 'vitest';
import { fuseRankings } from '@/lib/user-sources/fuse-rankings';

const ids = (...names: string[]) => names.map((id) => ({ id }));
const names = (items: { id: string }[]) => items.map((item) => item.id);

describe('fuseRankings', () => {
  it.each([
    {
      case: 'interleaves two lists rank by rank, the first list first on ties',
      lists: [ids('b1', 'b2'), ids('y1', 'y2')],
      expected: ['b1', 'y1', 'b2', 'y2'],
    },
    {
      case: 'lifts an item both lists rank above items only one list has',
      lists: [ids('b1', 'shared'), ids('y1', 'shared')],
      expected: ['shared', 'b1', 'y1'],
    },
    {
      case: 'ignores how large either side’s scores were: only ranks count',
      lists: [ids('b1'), []],
      expected: ['b1'],
    },
  ])('$case', ({ lists, expected }) => {
    expect(names(fuseRankings(lists, 10))).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(names(fuseRankings([ids('a', 'b', 'c'), ids('d')], 2))).toEqual(['a', 'd']);
  });
});
