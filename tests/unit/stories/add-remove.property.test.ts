import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryIndex, storySignals, type StorySignals } from '@/lib/stories';

/** A small vocabulary, so random articles overlap often enough to form stories of several members. */
const WORDS = ['harbour', 'strike', 'crane', 'union', 'flood', 'river', 'bridge', 'vote', 'senate', 'budget'];
const ITEMS = ['calder', 'mara', 'delta-party', 'north-port'];
const YEARS = ['2019', '2021', '2024'];

const articleArb = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }),
    items: fc.array(fc.constantFrom(...ITEMS), { maxLength: 4 }),
    year: fc.option(fc.constantFrom(...YEARS)),
    published: fc.option(fc.constantFrom('2024-05-01', '2024-05-03', '2024-09-01')),
  })
  .map(({ words, items, year, published }): StorySignals =>
    storySignals(
      `${words.join(' ')} ${year ?? ''}`,
      items.map((entityId) => ({ entityId })),
      published,
    ),
  );

describe('StoryIndex, incrementally', () => {
  it('leaves every story as it was after an article is added and removed again', () => {
    fc.assert(
      fc.property(fc.array(articleArb, { maxLength: 14 }), articleArb, (articles, extra) => {
        const index = StoryIndex.build(articles.map((signals, i) => ({ id: `a${i}`, signals })));
        const before = JSON.stringify(index.stories());
        index.add('new', extra);
        expect(index.stories().flatMap((story) => story.sourceIds)).toContain('new');
        index.remove('new');
        expect(JSON.stringify(index.stories())).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('holds every article in exactly one story through any sequence of adds and removes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 }), articleArb), { maxLength: 25 }),
        (steps) => {
          const index = new StoryIndex();
          const present = new Set<string>();
          for (const [add, n, signals] of steps) {
            const id = `a${n}`;
            if (add) {
              index.add(id, signals);
              present.add(id);
            } else {
              index.remove(id);
              present.delete(id);
            }
          }
          const ids = index.stories().flatMap((story) => story.sourceIds);
          expect(ids.sort()).toEqual([...present].sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
