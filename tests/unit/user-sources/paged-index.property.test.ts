import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTerm, queryWords, tokenize } from '@/lib/search';
import { encodePostings, readPage, type StoredPage } from '@/lib/user-sources/posting-codec';
import { memoryIndexStorage } from '@/lib/user-sources/memory-index-storage';
import { LOGGED_ADD_MAX, PagedIndex, type IndexedArticle } from '@/lib/user-sources/paged-index';
import type { UserSource } from '@/lib/user-sources';
import { wordReport } from '../../helpers/word-report';

/** Pages of three postings, so that appends and removals cross page boundaries. */
const SMALL_PAGES = { pagePostings: 3 };
const WORDS = [
  'harbour',
  'strike',
  'crews',
  'talks',
  'minister',
  'pause',
  'energy',
  'ports',
  'union',
  'vote',
];

/** A small article over a small vocabulary, so that terms are shared and pages fill. */
const sourceArb = fc
  .record({
    n: fc.integer({ min: 0, max: 7 }),
    sentences: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 }), {
      minLength: 1,
      maxLength: 5,
    }),
  })
  .map(({ n, sentences }): UserSource => wordReport('a', n, sentences));

/** One kept article, a removal, or an import (more than LOGGED_ADD_MAX sources: straight into the pages). */
const opArb = fc.oneof(
  { weight: 4, arbitrary: sourceArb.map((source) => ({ add: source })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 7 }).map((n) => ({ remove: `yours-a${n}` })) },
  {
    weight: 1,
    arbitrary: fc
      .array(sourceArb, { minLength: LOGGED_ADD_MAX + 1, maxLength: LOGGED_ADD_MAX + 3 })
      .map((sources) => ({ bulk: sources })),
  },
);
type Op = { add: UserSource } | { remove: string } | { bulk: UserSource[] };

type Dump = ReturnType<ReturnType<typeof memoryIndexStorage>['dump']>;

/** The stores with passage numbers replaced by (article, sentence): what must not depend on the order of changes. */
function normalised(dump: Dump) {
  const articles = dump.articles.map(([, value]) => value as IndexedArticle);
  const where = (doc: number): string => {
    const article = articles.find(
      (a) => doc >= a.base && doc < a.base + a.sentences.length,
    ) as IndexedArticle;
    return `${article.id}#${article.sentences[doc - article.base]}`;
  };
  const postings = new Map<string, string[]>();
  for (const [key, page] of dump.postings as unknown as [[string, number], StoredPage][]) {
    const list = postings.get(key[0]) ?? [];
    list.push(
      ...readPage(page)
        .postings()
        .map((p) => `${where(p.doc)}:${p.tf}:${p.length}`),
    );
    postings.set(key[0], list);
  }
  const totals = dump.state.find(([key]) => key === 'index-totals')?.[1] as { nextDoc: number } | undefined;
  return {
    terms: dump.terms,
    postings: [...postings].map(([term, list]) => [term, [...list].sort()]).sort(),
    // Where postings sit (passage numbers, page keys) depends on the order of changes, not what is held.
    articles: articles.map((article) => ({ ...article, base: 0, pages: [] })),
    sources: dump.sources,
    // The log's version counts changes, as nextDoc counts passages: order, not content.
    totals: {
      articles: 0,
      passages: 0,
      totalLength: 0,
      pending: 0,
      removed: 0,
      ...totals,
      nextDoc: 0,
      log: 0,
    },
  };
}

async function apply(index: PagedIndex, ops: readonly Op[]) {
  for (const op of ops) {
    if ('add' in op) await index.addMany([op.add]);
    else if ('bulk' in op) await index.addMany(op.bulk);
    else await index.remove([op.remove]);
  }
}

/** What the final state holds after the operations: the last version of each id not removed since. */
function survivors(ops: readonly Op[]): UserSource[] {
  const live = new Map<string, UserSource>();
  for (const op of ops) {
    if ('add' in op) live.set(op.add.id, op.add);
    else if ('bulk' in op) for (const source of op.bulk) live.set(source.id, source);
    else live.delete(op.remove);
  }
  return [...live.values()];
}

/**
 * Rewrites a compacted store in the formats written before pages became one
 * byte string and entries stopped keeping their terms: each page an object,
 * each article entry with its terms and the key of the page of its first
 * posting of each.
 */
async function toEarlierFormats(storage: ReturnType<typeof memoryIndexStorage>): Promise<void> {
  const dump = storage.dump();
  const articles = dump.articles.map(([, value]) => value as IndexedArticle);
  const firstPages = new Map<string, Map<string, number>>();
  for (const [key, page] of dump.postings as unknown as [[string, number], StoredPage][])
    for (const { doc } of readPage(page).postings()) {
      const article = articles.find((a) => doc >= a.base && doc < a.base + a.sentences.length);
      if (!article) continue;
      const pages = firstPages.get(article.id) ?? new Map<string, number>();
      if (!pages.has(key[0])) pages.set(key[0], key[1]);
      firstPages.set(article.id, pages);
    }
  await storage.transaction('readwrite', (tx) => {
    for (const [key, page] of dump.postings as unknown as [[string, number], StoredPage][]) {
      const view = readPage(page);
      tx.put('postings', key, { last: view.last, count: view.count, bytes: encodePostings(view.postings()) });
    }
    for (const article of articles) {
      const pages = firstPages.get(article.id) ?? new Map<string, number>();
      tx.put('articles', article.id, { ...article, terms: [...pages.keys()], pages: [...pages.values()] });
    }
    return Promise.resolve();
  });
}

/** BM25+ over every passage, read straight from the texts: the reference the paged index must equal. */
function naiveSearch(sources: readonly UserSource[], query: string) {
  const passages = sources.flatMap((source) =>
    source.text
      .split('\n\n')[1]!
      .trim()
      .split(/(?<=\.) /u)
      .map((text) => {
        const tokens = tokenize(text);
        return {
          sourceId: source.id,
          text,
          terms: tokens.flatMap((t) => indexTerm(t) ?? []),
          length: new Set(tokens).size,
        };
      }),
  );
  const words = queryWords(query).words;
  const avg = passages.reduce((sum, p) => sum + p.length, 0) / passages.length;
  const scored = passages.flatMap((p) => {
    let score = 0;
    for (const word of words) {
      const tf = p.terms.filter((t) => t === word).length;
      if (tf === 0) return [];
      const df = passages.filter((q) => q.terms.includes(word)).length;
      const idf = Math.log(1 + (passages.length - df + 0.5) / (df + 0.5));
      score += idf * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * p.length) / avg)));
    }
    return [{ sourceId: p.sourceId, text: p.text, score }];
  });
  return scored;
}

describe('PagedIndex (properties against a rebuild and a naive reference)', () => {
  it('after any sequence of adds, imports, replacements and removals, once compacted, holds what a fresh import of the survivors holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 12 }), async (ops) => {
        const incremental = memoryIndexStorage();
        const index = new PagedIndex(incremental, SMALL_PAGES);
        await apply(index, ops);
        await index.compact();
        const rebuilt = memoryIndexStorage();
        const fresh = new PagedIndex(rebuilt, SMALL_PAGES);
        await fresh.addMany(survivors(ops), { batchSize: 1000 });
        await fresh.compact();
        expect(normalised(incremental.dump())).toEqual(normalised(rebuilt.dump()));
      }),
      { numRuns: 80 },
    );
  });

  it('changes a store written in the earlier formats (object pages, entries with their terms) as it changes a new one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 8 }),
        fc.array(opArb, { maxLength: 8 }),
        async (first, then) => {
          const earlier = memoryIndexStorage();
          const index = new PagedIndex(earlier, SMALL_PAGES);
          await apply(index, first);
          await index.compact();
          await toEarlierFormats(earlier);
          await apply(index, then);
          await index.compact();
          const rebuilt = memoryIndexStorage();
          const fresh = new PagedIndex(rebuilt, SMALL_PAGES);
          await fresh.addMany(survivors([...first, ...then]), { batchSize: 1000 });
          await fresh.compact();
          // Untouched earlier entries keep their terms: what is compared is what they index.
          const held = (dump: Dump) => {
            const shape = normalised(dump);
            // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped, not read
            return { ...shape, articles: shape.articles.map(({ terms, ...article }) => article) };
          };
          expect(held(earlier.dump())).toEqual(held(rebuilt.dump()));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('answers from the write log as from the compacted pages: same passages, same scores', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 12 }),
        fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
        fc.boolean(),
        async (ops, words, prefix) => {
          const index = new PagedIndex(memoryIndexStorage(), SMALL_PAGES);
          await apply(index, ops);
          // A prefix reaches completions from the pages' terms and the log's alike.
          const query = prefix ? words.map((word) => word.slice(0, 3)).join(' ') : words.join(' ');
          const shape = (hits: Awaited<ReturnType<PagedIndex['search']>>) =>
            hits.map((hit) => ({ id: hit.id, text: hit.text, score: hit.score.toFixed(9) }));
          const fromLog = shape(await index.search(query, { limit: 1000 }));
          await index.compact();
          expect(fromLog).toEqual(shape(await index.search(query, { limit: 1000 })));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes a term’s entry again in a later batch of one import when a replacement in between dropped it', async () => {
    const index = new PagedIndex(memoryIndexStorage(), SMALL_PAGES);
    const report = (id: string, text: string): UserSource => ({
      id,
      outlet: null,
      title: null,
      author: null,
      published: null,
      url: null,
      text: `Report\n\n${text}\n`,
    });
    const batches = [
      report('yours-a0', 'The zebra crossing held.'),
      ...Array.from({ length: LOGGED_ADD_MAX }, (_, n) => report(`yours-f${n}`, 'The union vote held.')),
      report('yours-a0', 'The union pause held.'),
      report('yours-a1', 'The zebra crossing closed.'),
    ];
    await index.addMany(batches, { batchSize: 1 });
    expect((await index.search('zebra')).map((hit) => hit.sourceId)).toEqual(['yours-a1']);
  });

  it('does not let a replaced version, still in the pages, match a query for the current one', async () => {
    const index = new PagedIndex(memoryIndexStorage(), SMALL_PAGES);
    const report = (text: string): UserSource => ({
      id: 'yours-a0',
      outlet: null,
      title: null,
      author: null,
      published: null,
      url: null,
      text,
    });
    await index.addMany([report('Report\n\nThe union pause held.\n')], { batchSize: 1 });
    await index.compact();
    await index.addMany([report('Report\n\nThe union harbour held.\n')]);
    // The old passage held both words; the new one only "union": the any-word fallback must find it.
    expect((await index.search('pause union')).map((hit) => hit.text)).toEqual(['The union harbour held.']);
  });

  it('adding articles then removing them leaves the stores as they were (bar the passage counter)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sourceArb, { maxLength: 4 }), sourceArb, async (before, extra) => {
        const storage = memoryIndexStorage();
        const index = new PagedIndex(storage, SMALL_PAGES);
        const kept = before.filter((source) => source.id !== extra.id);
        await index.addMany(kept);
        await index.compact();
        const start = normalised(storage.dump());
        await index.addMany([extra]);
        await index.compact();
        await index.remove([extra.id]);
        await index.compact();
        expect(normalised(storage.dump())).toEqual(start);
      }),
      { numRuns: 60 },
    );
  });

  it('ranks passages with the scores of a naive BM25+ over every passage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sourceArb, { minLength: 1, maxLength: 6 }),
        fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
        async (sources, words) => {
          const index = new PagedIndex(memoryIndexStorage(), SMALL_PAGES);
          await index.addMany(sources);
          const query = words.join(' ');
          const live = survivors(sources.map((add) => ({ add })));
          const expected = naiveSearch(live, query);
          // Whole words only: prefixes would also reach longer terms, which the reference does not expand.
          const hits = (await index.search(query, { limit: 1000 })).filter((hit) =>
            expected.some((e) => e.sourceId === hit.sourceId && e.text === hit.text),
          );
          expect(hits.length).toBe(expected.length);
          for (const hit of hits) {
            const match = expected.find((e) => e.sourceId === hit.sourceId && e.text === hit.text)!;
            expect(hit.score).toBeCloseTo(match.score, 6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
