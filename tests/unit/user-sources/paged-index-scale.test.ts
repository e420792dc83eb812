import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIndexStorage } from '@/lib/user-sources/memory-index-storage';
import { PagedIndex } from '@/lib/user-sources/paged-index';
import { readPage, type StoredPage } from '@/lib/user-sources/posting-codec';
import type { UserSource } from '@/lib/user-sources';
import { wordReport } from '../../helpers/word-report';

/**
 * What the paged index does to stay flat in corpus size: a bounded top-k of
 * the ranked passages, caches of pages, completions and articles between
 * questions, and an import that fills a term's last page instead of starting
 * one per batch. Each must answer exactly as the plain path does.
 */

const WORDS = ['harbour', 'strike', 'crews', 'talks', 'minister', 'pause', 'energy', 'ports'];
/** Pages of three postings, so that appends and removals cross page boundaries. */
const SMALL_PAGES = { pagePostings: 3 };

const article = (n: number, sentences: readonly (readonly string[])[]): UserSource =>
  wordReport('s', n, sentences);

const corpusArb = fc
  .array(
    fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 5,
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((articles) => articles.map((sentences, n) => article(n, sentences)));

const pick = (hit: { id: string; score: number }) => ({ id: hit.id, score: hit.score });

describe('PagedIndex at scale: bounded work, same answers', () => {
  it('returns, for any limit and hidden sources, the first passages of the exhaustive ranking', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(29), { maxLength: 8 }),
        fc.boolean(),
        async (sources, words, limit, hiddenAt, anyWord) => {
          const index = new PagedIndex(memoryIndexStorage(), SMALL_PAGES);
          await index.addMany(sources, { batchSize: 7 });
          const query = words.join(' ');
          const exclude = new Set(hiddenAt.map((n) => `yours-s${n}`));
          const all = await index.search(query, { limit: 10_000, exclude, anyWord });
          const top = await index.search(query, { limit, exclude, anyWord });
          // A fresh instance has no cache: the same answer from the stores alone.
          const fresh = await new PagedIndex(
            (index as unknown as { storage: ReturnType<typeof memoryIndexStorage> }).storage,
            SMALL_PAGES,
          ).search(query, { limit, exclude, anyWord });
          expect(top.map(pick)).toEqual(all.slice(0, limit).map(pick));
          expect(fresh.map(pick)).toEqual(top.map(pick));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sees what another instance on the same stores added, replaced and removed (its caches go stale)', async () => {
    const storage = memoryIndexStorage();
    const reader = new PagedIndex(storage, SMALL_PAGES);
    const writer = new PagedIndex(storage, SMALL_PAGES);
    const many = Array.from({ length: 12 }, (_, n) => article(n, [['harbour', 'talks']]));
    await writer.addMany(many);
    expect(await reader.search('harbour', { limit: 100 })).toHaveLength(12);
    // An import (nextDoc moves), a kept article (the log moves), a removal, a compaction, a replacement.
    await writer.addMany(Array.from({ length: 10 }, (_, n) => article(100 + n, [['harbour', 'pause']])));
    expect(await reader.search('harbour', { limit: 100 })).toHaveLength(22);
    await writer.addMany([article(200, [['harbour', 'energy']])]);
    expect(await reader.search('harbour ener', { limit: 100 })).toHaveLength(1);
    await writer.remove(['yours-s0', 'yours-s200']);
    expect(await reader.search('harbour', { limit: 100 })).toHaveLength(21);
    // No passage holds both words any more: the any-word fallback answers, without the removed one.
    const after = await reader.search('harbour ener', { limit: 100 });
    expect(after.map((hit) => hit.sourceId)).not.toContain('yours-s200');
    await writer.compact();
    await writer.addMany([article(1, [['crews', 'strike']])]);
    const replaced = await reader.search('harbour', { limit: 100 });
    expect(replaced.map((hit) => hit.sourceId)).not.toContain('yours-s1');
    expect((await reader.search('crews', { limit: 100 })).map((hit) => hit.text)).toEqual([
      'The crews strike held.',
    ]);
  });

  it('fills a term’s last page across the batches of one import instead of starting one per batch', async () => {
    const storage = memoryIndexStorage();
    const index = new PagedIndex(storage, { pagePostings: 8 });
    // 40 articles in batches of 3: each batch holds "harbour" in three passages.
    await index.addMany(
      Array.from({ length: 40 }, (_, n) => article(n, [['harbour', 'talks']])),
      { batchSize: 3 },
    );
    const pages = (storage.dump().postings as unknown as [[string, number], StoredPage][]).filter(
      ([[term]]) => term === 'harbour',
    );
    const counts = pages.map(([, page]) => readPage(page).count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(40);
    // Full pages but the last: 5 pages of 8, where one page per batch made 14.
    expect(counts).toEqual([8, 8, 8, 8, 8]);
  });

  it('names each hit’s article from the entries the search read', async () => {
    const index = new PagedIndex(memoryIndexStorage(), SMALL_PAGES);
    await index.addMany(Array.from({ length: 10 }, (_, n) => article(n, [['strike', 'ports']])));
    const { hits, articles } = await index.searchWithArticles('strike', { limit: 4 });
    expect(hits).toHaveLength(4);
    expect([...articles.keys()].sort()).toEqual([...new Set(hits.map((hit) => hit.sourceId))].sort());
    for (const hit of hits) expect(articles.get(hit.sourceId)?.outlet).toMatch(/^Outlet /u);
  });
});
