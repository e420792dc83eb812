import { describe, expect, it } from 'vitest';
import { encodePage, encodePostings, readPage, type Posting } from '@/lib/user-sources/posting-codec';

const postings = (...docs: number[]): Posting[] => docs.map((doc) => ({ doc, tf: 1 + (doc % 3), length: 7 }));

describe('readPage', () => {
  it.each([
    { docs: [0], first: 0, last: 0 },
    { docs: [5, 6, 90], first: 5, last: 90 },
    { docs: [127, 128, 20_000], first: 127, last: 20_000 },
    { docs: [2 ** 40, 2 ** 40 + 3], first: 2 ** 40, last: 2 ** 40 + 3 },
  ])('says the first and last passage of a page holding $docs', ({ docs, first, last }) => {
    const page = postings(...docs);
    for (const stored of [encodePage(page), { count: page.length, last, bytes: encodePostings(page) }]) {
      const view = readPage(stored);
      expect([view.count, view.first, view.last]).toEqual([docs.length, first, last]);
      expect(view.postings()).toEqual(page);
    }
  });
});
