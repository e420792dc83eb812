import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KnownSlots } from '@/lib/user-sources/known-slots';

/** Articles side by side, as the index hands out passage numbers: each starts where the last ended, or later. */
const articlesArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.nat(3)), { minLength: 1, maxLength: 30 })
  .map((sizes) => {
    let next = 0;
    return sizes.map(([passages, gap], n) => {
      const base = next + gap;
      next = base + passages;
      return { base, passages, id: `yours-${n}` };
    });
  });

describe('KnownSlots', () => {
  it('places a passage as the slots store would, or says it does not know, whatever it was told and dropped', () => {
    fc.assert(
      fc.property(
        articlesArb,
        fc.array(fc.nat(29)),
        fc.integer({ min: 1, max: 8 }),
        (articles, told, max) => {
          const known = new KnownSlots(max);
          for (const n of told) {
            const article = articles[n % articles.length]!;
            known.add(article.base, article.passages, article.id);
          }
          const last = articles.at(-1)!;
          for (let doc = 0; doc < last.base + last.passages + 2; doc++) {
            const found = known.find(doc);
            if (!found) continue;
            const holder = articles.find((a) => doc >= a.base && doc < a.base + a.passages);
            expect(found).toEqual([{ key: holder?.base, value: holder?.id }]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows an article it was told of until more than its bound came after it', () => {
    const known = new KnownSlots(2);
    known.add(0, 3, 'yours-a');
    known.add(10, 2, 'yours-b');
    expect(known.find(2)).toEqual([{ key: 0, value: 'yours-a' }]);
    expect(known.find(3)).toBeUndefined();
    known.add(20, 1, 'yours-c');
    expect(known.find(1)).toBeUndefined();
    expect(known.find(11)).toEqual([{ key: 10, value: 'yours-b' }]);
  });
});
