import { describe, expect, it } from 'vitest';
import type { UserSource } from '@/lib/user-sources';
import type { PendingArticle, RemovedArticle } from '@/lib/user-sources/index-log';
import type { IndexStorage, IndexTx } from '@/lib/user-sources/index-storage';
import { memoryIndexStorage } from '@/lib/user-sources/memory-index-storage';
import { PagedIndex, type IndexedArticle } from '@/lib/user-sources/paged-index';
import { readPage, type StoredPage } from '@/lib/user-sources/posting-codec';

/** Small pages, so that a killed write may have touched several pages of one term. */
const SMALL_PAGES = { pagePostings: 3 };
const WORDS = ['harbour', 'strike', 'crews', 'talks', 'minister', 'pause', 'energy', 'ports'];

const source = (n: number): UserSource => ({
  id: `yours-${n}`,
  outlet: `Outlet ${n % 3}`,
  title: null,
  author: null,
  published: null,
  url: null,
  text: `Report ${n}\n\nThe ${WORDS[n % WORDS.length]} ${WORDS[(n * 3 + 1) % WORDS.length]} held. The ${WORDS[(n + 5) % WORDS.length]} ports waited.\n`,
});

class Killed extends Error {}

/**
 * The storage as a worker killed part-way leaves it: the transaction in
 * which the `killAt`-th write is queued never commits, nor takes any write after it (IndexedDB drops a
 * transaction whose context died; the memory storage rolls back a throw).
 */
function killable(storage: IndexStorage, killAt: number): IndexStorage {
  let writes = 0;
  const count = () => {
    if (++writes >= killAt) throw new Killed(`killed at write ${killAt}`);
  };
  return {
    transaction: (mode, work) =>
      storage.transaction(mode, (tx) =>
        work({
          ...tx,
          put(store, key, value) {
            count();
            tx.put(store, key, value);
          },
          delete(store, key) {
            count();
            tx.delete(store, key);
          },
        } satisfies IndexTx),
      ),
    close: () => storage.close(),
  };
}

type Dump = ReturnType<ReturnType<typeof memoryIndexStorage>['dump']>;

/** Everything the stores must agree on: no index entry without its article, no count off by one. */
function problems(dump: Dump): string[] {
  const out: string[] = [];
  const sources = new Set(dump.sources.map(([key]) => String(key)));
  const articles = dump.articles.map(([, value]) => value as IndexedArticle);
  const log = dump.state.filter(([key]) => Array.isArray(key));
  const pending = log
    .filter(([key]) => (key as string[])[0] === 'log-pending')
    .map(([, v]) => v as PendingArticle);
  const removed = log
    .filter(([key]) => (key as string[])[0] === 'log-removed')
    .map(([, v]) => v as RemovedArticle);
  for (const article of articles)
    if (!sources.has(article.id)) out.push(`article ${article.id} has no source`);
  for (const [key, id] of dump.slots)
    if (!articles.some((article) => article.base === key && article.id === id))
      out.push(`slot ${String(key)} is stray`);
  const owner = (doc: number) =>
    articles.some((a) => doc >= a.base && doc < a.base + a.sentences.length) ||
    removed.some((r) => doc >= r.base && doc < r.base + r.passages);
  const perTerm = new Map<string, number>();
  for (const [key, page] of dump.postings as unknown as [[string, number], StoredPage][]) {
    for (const posting of readPage(page).postings()) {
      if (!owner(posting.doc)) out.push(`posting of ${key[0]} at ${posting.doc} has no article`);
      perTerm.set(key[0], (perTerm.get(key[0]) ?? 0) + 1);
    }
  }
  const held = dump.terms.map(([term]) => String(term)).sort();
  if (JSON.stringify(held) !== JSON.stringify([...perTerm.keys()].sort()))
    out.push('terms differ from the pages');
  for (const entry of pending)
    if (!articles.some((a) => a.id === entry.id && a.base === entry.base && a.pending))
      out.push(`pending ${entry.id} has no article`);
  for (const article of articles)
    if (article.pending && !pending.some((entry) => entry.base === article.base))
      out.push(`article ${article.id} is pending but not in the log`);
  const totals = dump.state.find(([key]) => key === 'index-totals')?.[1] as
    { articles: number; pending: number; removed: number } | undefined;
  if ((totals?.articles ?? 0) !== articles.length) out.push(`totals count ${totals?.articles} articles`);
  if ((totals?.pending ?? 0) !== pending.length || (totals?.removed ?? 0) !== removed.length)
    out.push('totals miscount the log');
  return out;
}

const IMPORT = Array.from({ length: 30 }, (_, n) => source(n));

/** Each scenario's steps: what runs before the kill (committed), and the step that is killed and then resumed. */
const SCENARIOS: {
  name: string;
  before: (index: PagedIndex) => Promise<unknown>;
  step: (index: PagedIndex) => Promise<unknown>;
}[] = [
  {
    name: 'an import of three batches',
    before: async () => {},
    step: (index) => index.addMany(IMPORT, { batchSize: 10 }),
  },
  {
    name: 'an import that replaces stored articles',
    before: (index) => index.addMany(IMPORT.slice(0, 12), { batchSize: 10 }),
    step: (index) => index.addMany(IMPORT.slice(5).map((s) => ({ ...s, text: `${s.text}Talks resumed.\n` }))),
  },
  {
    name: 'a kept article (the write log)',
    before: (index) => index.addMany(IMPORT.slice(0, 12)),
    step: (index) => index.addMany([source(40)]),
  },
  {
    name: 'a removal',
    before: (index) => index.addMany(IMPORT.slice(0, 12)),
    step: (index) => index.remove(['yours-3', 'yours-4']),
  },
  {
    name: 'a compaction of added and removed articles',
    before: async (index) => {
      await index.addMany(IMPORT.slice(0, 12));
      for (const n of [40, 41, 42]) await index.addMany([source(n)]);
      await index.remove(['yours-2', 'yours-41']);
    },
    step: (index) => index.compact(),
  },
];

describe('PagedIndex, its writer killed part-way', () => {
  for (const scenario of SCENARIOS)
    it(`leaves the stores consistent and resumable, wherever ${scenario.name} is killed`, async () => {
      let killedSomewhere = false;
      for (let killAt = 1; ; killAt++) {
        const storage = memoryIndexStorage();
        await scenario.before(new PagedIndex(storage, SMALL_PAGES));
        const before = storage.dump();
        let killed = false;
        try {
          await scenario.step(new PagedIndex(killable(storage, killAt), SMALL_PAGES));
        } catch (error) {
          if (!(error instanceof Killed)) throw error;
          killed = killedSomewhere = true;
        }
        expect(problems(storage.dump()), `killed at write ${killAt}`).toEqual([]);
        // On restart: a fresh index over what was stored runs the step again and ends where an unkilled run ends.
        const restarted = new PagedIndex(storage, SMALL_PAGES);
        expect((await restarted.check()).ok).toBe(true);
        await scenario.step(restarted);
        expect(problems(storage.dump())).toEqual([]);
        if (!killed) {
          expect(killedSomewhere).toBe(true);
          expect(before).not.toEqual(storage.dump());
          break;
        }
      }
    });
});
