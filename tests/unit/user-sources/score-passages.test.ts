import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePage, readPage, type Posting } from '@/lib/user-sources/posting-codec';
import { BM25, scorePassages, type PageRead, type TermPages } from '@/lib/user-sources/score-passages';

/** The reference: every posting of every term into one map, no restriction, no merge (the scorer before it was flattened). */
function naive(terms: readonly TermPages[], avgLength: number) {
  const held = new Map<number, number>();
  for (const term of terms) held.set(term.word, (held.get(term.word) ?? 0) + term.held);
  const order = [...held.keys()].sort((a, b) => (held.get(a) as number) - (held.get(b) as number) || a - b);
  const scores = new Map<number, { score: number; words: Set<number> }>();
  for (const word of order)
    for (const term of terms) {
      if (term.word !== word) continue;
      const postings = [...term.pages.flatMap((page) => page.view.postings()), ...term.pending];
      for (const { doc, tf, length } of postings) {
        const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength);
        const gain = term.weight * term.idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
        const entry = scores.get(doc) ?? { score: 0, words: new Set<number>() };
        entry.score += gain;
        entry.words.add(word);
        scores.set(doc, entry);
      }
    }
  return [...scores].sort(([a], [b]) => a - b);
}

/** A term's postings over passages 0–39, split into pages of `pageSize` with the last few left in the write log. */
const termArb = (words: number) =>
  fc
    .record({
      word: fc.integer({ min: 0, max: words - 1 }),
      weight: fc.constantFrom(1, 0.36),
      idf: fc.double({ min: 0.1, max: 5, noNaN: true }),
      docs: fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 25 }),
      tf: fc.integer({ min: 1, max: 4 }),
      pageSize: fc.integer({ min: 1, max: 6 }),
      pending: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ word, weight, idf, docs, tf, pageSize, pending }): TermPages => {
      const postings: Posting[] = [...docs]
        .sort((a, b) => a - b)
        .map((doc) => ({ doc, tf: 1 + ((doc * tf) % 3), length: 3 + (doc % 7) }));
      const paged = postings.slice(0, Math.max(postings.length - pending, 0));
      const pages = [];
      for (let at = 0; at < paged.length; at += pageSize) {
        const view = readPage(encodePage(paged.slice(at, at + pageSize)));
        pages.push({ first: view.first, view });
      }
      return { word, weight, idf, held: postings.length, pages, pending: postings.slice(paged.length) };
    });

const queryArb = fc
  .integer({ min: 1, max: 3 })
  .chain((words) =>
    fc.record({ words: fc.constant(words), terms: fc.array(termArb(words), { maxLength: 6 }) }),
  );

describe('scorePassages', () => {
  it('scores every passage as the naive map does, with the same sums (any word)', () => {
    fc.assert(
      fc.property(queryArb, ({ words, terms }) => {
        const scored = scorePassages(terms, { avgLength: 6, words }, false);
        const expected = naive(terms, 6);
        expect(scored.docs).toEqual(expected.map(([doc]) => doc));
        expect(scored.scores).toEqual(expected.map(([, entry]) => entry.score));
        expect(scored.words).toEqual(expected.map(([, entry]) => entry.words.size));
      }),
    );
  });

  it('keeps, with every word required, exactly the passages holding them all, scored as the naive map scores them', () => {
    fc.assert(
      fc.property(queryArb, ({ words, terms }) => {
        const scored = scorePassages(terms, { avgLength: 6, words }, true);
        const expected = naive(terms, 6).filter(([, entry]) => entry.words.size === words);
        expect(scored.docs).toEqual(expected.map(([doc]) => doc));
        expect(scored.scores).toEqual(expected.map(([, entry]) => entry.score));
      }),
    );
  });

  it('does not decode a later word’s pages that hold none of the passages still in the running', () => {
    const page = (docs: number[]): PageRead => {
      const view = readPage(encodePage(docs.map((doc) => ({ doc, tf: 1, length: 4 }))));
      return { first: view.first, view };
    };
    const rare: TermPages = { word: 0, weight: 1, idf: 3, held: 1, pages: [page([50])], pending: [] };
    const far = page([1, 2, 3]);
    const near = page([49, 50, 51]);
    const common: TermPages = { word: 1, weight: 1, idf: 1, held: 6, pages: [far, near], pending: [] };
    const scored = scorePassages([rare, common], { avgLength: 4, words: 2 }, true);
    expect(scored.docs).toEqual([50]);
    expect(far.list).toBeUndefined();
    expect(near.list).toBeDefined();
  });
});
