import { articlePassages, type Passage } from '../search/passage';
import { indexTerm } from '../search/index-term';
import { queryWords } from '../search/query-words';
import { tokenize } from '../search/tokenize';
import { boundedCompletions } from './bounded-completions';
import {
  LogView,
  PENDING_RANGE,
  pendingKey,
  REMOVED_RANGE,
  removedKey,
  type PendingArticle,
  type RemovedArticle,
} from './index-log';
import {
  decodePostings,
  encodePage,
  encodePostings,
  readPage,
  type Posting,
  type StoredPage,
} from './posting-codec';
import type { IndexKey, IndexStorage, IndexTx } from './index-storage';
import { KnownSlots } from './known-slots';
import { StampedCache } from './stamped-cache';
import { scorePassages, type PageRead, type TermPages } from './score-passages';
import { topRanked } from './top-ranked';
import { userArticle } from './user-article';
import type { UserSource } from './user-source-schema';

/**
 * The reader's sources as a paged inverted index over passages (sentences),
 * kept in ordered key–value stores (IndexedDB in the extension): a term's
 * postings are split into pages of at most PAGE_POSTINGS, keyed by the term
 * and their first passage, so adding articles writes new pages of their terms
 * without reading any (see writePages) and removing one rewrites only the
 * pages holding its passages. BM25's statistics are running totals (passages,
 * total length) and, per term, the sum of its pages' counts. A query reads
 * only its terms' pages and the articles of the passages it returns: nothing
 * is loaded up front.
 *
 * Every change, with the sources it concerns, is one transaction: a crash, a
 * full disk or a closed worker leaves the previous state whole, never an
 * index entry without its article.
 *
 * A small add or a remove does not touch the pages: it writes one record to
 * the write log (index-log.ts), a handful of requests whatever the article's
 * number of terms; `compact` folds the log into the pages later, off the
 * reader's path (the background runs it after answering). A bulk import
 * compacts first and then writes straight to the pages, a term's page once
 * per batch.
 */

/**
 * Postings per page: a page of ~3-byte entries stays near 1.5 KiB, small to
 * rewrite on a removal, large enough that a term held by a third of 1.5
 * million passages is still read in about a thousand pages.
 */
export const PAGE_POSTINGS = 512;
/**
 * Articles per transaction on an import. A term's postings of one batch are
 * one page write, so larger batches write fewer pages per article (about 28
 * at 100, 18 at 250, measured in Node); a batch is a few tenths of a second
 * of work at the bench's import rate, so cancel and progress stay prompt.
 */
export const IMPORT_BATCH = 250;
/**
 * Adds of at most this many articles go through the write log: one kept
 * article, an edit, a small paste. A larger call is an import, cheaper per
 * article straight into the pages (one page write per term per batch).
 */
export const LOGGED_ADD_MAX = 8;
/**
 * Log records at which `compactIfDue` folds the log in: a search decodes the
 * log's postings of its terms on every question, and a compaction of 64
 * articles is one import batch's work, short enough to run between questions.
 */
export const COMPACT_AT = 64;
/** Log records at which a write compacts before returning, for callers that never call `compactIfDue`. */
const LOG_HARD_MAX = 4 * COMPACT_AT;
/** Completions read per prefix, in key order (shortest first among one stem's): a two-letter prefix may start thousands of terms. */
const MAX_PREFIX_TERMS = 30;
/**
 * Completions searched per query word beside the word itself (the closest
 * of those read, bounded-completions.ts): each one's pages are read and
 * scored whole, so this bounds a query's terms at the word plus eight.
 */
const MAX_COMPLETIONS = 8;
/** MiniSearch's prefix weight (lib/search/passage-engine.ts), so scores compare with the bundled ones. */
const PREFIX_WEIGHT = 0.375;
/** The query options' prefix rule (lib/search/search-options.ts): the last word from two letters, the others from three. */
const PREFIX_MIN_LENGTH = 3;
const LAST_WORD_PREFIX_MIN_LENGTH = 2;
/**
 * Bytes of pages a search keeps in memory between questions (hot terms: a
 * common word's pages are what a query spends most of its reads on). A
 * page is at most ~1.5 KiB, so this is a few thousand pages.
 */
const PAGE_CACHE_BYTES = 4 * 1024 * 1024;
/** Prefix completions kept between questions (a key range each); entries count ~64 bytes per term. */
const TERM_CACHE_BYTES = 256 * 1024;
/**
 * Bytes of article entries and texts kept between questions: a card's or an
 * item's candidates come back to the same articles, and a text read is a
 * record read and an inflate.
 */
const ARTICLE_CACHE_BYTES = 4 * 1024 * 1024;
/**
 * Bytes of the partly filled last pages an import remembers (one per term it
 * wrote), so that the next batch fills them instead of starting a new page
 * per term and batch: without it a term held by every batch had one page per
 * batch, and a search read a page per 100 articles imported.
 */
const TAIL_CACHE_BYTES = 4 * 1024 * 1024;
/**
 * A term's last page is filled by the next batch only while it holds fewer
 * postings than this; a fuller one is left as it is. Filling rewrites the
 * page, so this bounds what an import writes again per term and batch
 * (~0.2 KB) while a rare term still ends in a few pages, not one per batch.
 */
const TAIL_FILL = 128;
/** What a cached entry costs beside its bytes (its key's Map slot and object headers), roughly. */
const ENTRY_OVERHEAD = 64;
/** Articles whose passage range a search remembers (three numbers and an id each: ~0.5 MB at most). */
const KNOWN_SLOTS = 8192;
/**
 * Candidates ordered per hit asked for before resolving them: hidden sources'
 * and stale passages are dropped as they resolve, and only when they leave
 * fewer than the limit is every candidate ordered.
 */
const TOP_HEADROOM = 2;

const TOTALS_KEY = 'index-totals';
/** A term's entry: it only says that pages of the term exist (its passage count is summed from them). */
const TERM_HELD = 1;
/** Set once every stored source is indexed (a version-1 store after its migration, a new store at once). */
const MIGRATED_KEY = 'index-migrated';
/** Above every passage number: the upper bound of a term's pages. */
const MAX_DOC = Number.MAX_SAFE_INTEGER;

/** Running totals, the one record every change rewrites (a few numbers). */
export interface IndexTotals {
  articles: number;
  passages: number;
  /** Sum of the passages' lengths (for BM25's average length). */
  totalLength: number;
  /** The next passage number to hand out; numbers are never reused. */
  nextDoc: number;
  /** The write log's version (bumped on every change to it, so a cached view of it is known stale) and its records. */
  log: number;
  pending: number;
  removed: number;
}

const EMPTY_TOTALS: IndexTotals = {
  articles: 0,
  passages: 0,
  totalLength: 0,
  nextDoc: 0,
  log: 0,
  pending: 0,
  removed: 0,
};

/** What the index keeps per article beside its source: the facts without the text, where its passages are. */
export interface IndexedArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  /** The first passage number; the article holds `sentences.length` consecutive ones. */
  base: number;
  /** Per passage: its sentence index (its id is `${id}#${sentence}`). */
  sentences: number[];
  /** Per passage: start, end (offsets into the parsed article's body) and paragraph, flattened. */
  spans: number[];
  /**
   * Per passage: where its text starts in the stored source's text, or the
   * text itself when the parser changed it (so the body is never stored twice).
   */
  extracts: (number | string)[];
  /** Sum of the passages' lengths. */
  length: number;
  /**
   * Entries written before entries stopped keeping them (they doubled the
   * index's size): its distinct terms, and per term the key of the page
   * holding its first posting of it. A removal now derives the terms from the
   * source's text (prepare is deterministic) and finds each first page by a
   * reverse key range.
   */
  terms?: string[];
  pages?: number[];
  /** In the write log, not yet in the pages (`pages` is then empty). */
  pending?: boolean;
}

/** An article tokenised before its transaction opens (IndexedDB commits an idle transaction). */
interface Prepared {
  source: UserSource;
  passages: {
    sentence: number;
    start: number;
    end: number;
    paragraph: number;
    length: number;
    extract: number | string;
  }[];
  /** Per term, per passage (by position in `passages`), its count. */
  terms: Map<string, Map<number, number>>;
}

/** A passage of the reader's (ids as the bundled passages'), with its BM25 score. */
export type UserPassageHit = Omit<Passage, 'entities'> & { score: number };

/** Statistics of another index searched alongside (the bundled corpus), so BM25 sees one collection. */
export interface GlobalStatistics {
  passages: number;
  totalLength: number;
  documentFrequency(term: string): number;
}

export interface PagedSearchOptions {
  limit?: number;
  /** Rank passages sharing any query word (else all words, falling back to any when none has all). */
  anyWord?: boolean;
  /** Sources left out (hidden). */
  exclude?: ReadonlySet<string>;
  global?: GlobalStatistics;
}

export interface AddManyOptions {
  /** Called after each committed batch with the articles done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches: what was committed stays, the rest is not started. */
  signal?: AbortSignal;
  batchSize?: number;
}

export interface AddManyResult {
  added: number;
  updated: number;
  failed: { id: string; reason: string }[];
  /** False when the signal stopped the import before its end. */
  complete: boolean;
}

export interface ListOptions {
  /** Ids after this one (paging). */
  after?: string;
  limit?: number;
  outlet?: string;
  /** Published on or before this ISO date (undated articles are never "older"). */
  publishedBefore?: string;
}

/** What a consistency check found; `ok` when the stores agree with each other. */
export interface IndexHealth {
  ok: boolean;
  problems: string[];
  /** Sources stored but not indexed (a store of version 1, before migration). */
  unindexed: string[];
}

/** Distinct raw tokens, as MiniSearch counts a field's length. */
function prepare(source: UserSource): Prepared {
  const passages: Prepared['passages'] = [];
  const terms = new Map<string, Map<number, number>>();
  let from = 0;
  for (const passage of articlePassages(userArticle(source))) {
    const tokens = tokenize(passage.text);
    const position = passages.length;
    const at = source.text.indexOf(passage.text, from);
    if (at >= 0) from = at + passage.text.length;
    passages.push({
      extract: at >= 0 ? at : passage.text,
      sentence: Number(passage.id.slice(passage.id.lastIndexOf('#') + 1)),
      start: passage.start,
      end: passage.end,
      paragraph: passage.paragraph,
      length: new Set(tokens).size,
    });
    for (const token of tokens) {
      const term = indexTerm(token);
      if (term === null) continue;
      let counts = terms.get(term);
      if (!counts) terms.set(term, (counts = new Map<number, number>()));
      counts.set(position, (counts.get(position) ?? 0) + 1);
    }
  }
  return { source, passages, terms };
}

const pageRange = (term: string, upTo = MAX_DOC) => ({ lower: [term] as IndexKey, upper: [term, upTo] });

/** What every change that can touch a page, a term or an article moves: what the caches are valid for. */
const stampOf = (totals: IndexTotals): string => `${totals.log}:${totals.nextDoc}`;

/** The stores' totals, or the empty ones for a new store. */
async function totalsOf(tx: IndexTx): Promise<IndexTotals> {
  // Totals written before the write log lack its fields.
  return { ...EMPTY_TOTALS, ...(await tx.get<Partial<IndexTotals>>('state', TOTALS_KEY)) };
}

/** The partly filled last pages of terms, as an import wrote them (see TAIL_CACHE_BYTES). */
interface TailPages {
  get(term: string): Uint8Array | undefined;
  set(term: string, page: Uint8Array): void;
  delete(term: string): void;
}

/**
 * Writes postings (ascending, all after the term's last) as new pages of the
 * term, never reading or rewriting an older one: an import pays one write per
 * term per batch and no read, at the price of a partly filled page per term
 * and batch (a search reads all of a term's pages in one request anyway).
 */
function writePages(
  tx: IndexTx,
  term: string,
  postings: Posting[],
  pageSize: number,
  held?: Set<string>,
  tails?: TailPages,
): void {
  // The term's last page as this import wrote it, when not full: filled first (the same key, a superset).
  const tail = tails?.get(term);
  const list = tail ? [...readPage(tail).postings(), ...postings] : postings;
  for (let at = 0; at < list.length; at += pageSize) {
    const page = list.slice(at, at + pageSize);
    const first = (page[0] as Posting).doc;
    const bytes = encodePage(page);
    tx.put('postings', [term, first], bytes);
    if (tails && at + pageSize >= list.length) {
      if (page.length < pageSize) tails.set(term, bytes);
      else tails.delete(term);
    }
  }
  if (held?.has(term)) return;
  tx.put('terms', term, TERM_HELD);
  held?.add(term);
}

/** Drops the term's entry (what prefix completion reads) once none of its pages is left. */
async function settleTerm(tx: IndexTx, term: string): Promise<void> {
  const [left] = await tx.range<StoredPage>('postings', pageRange(term), { limit: 1 });
  if (!left) tx.delete('terms', term);
}

/** What a removal must visit: the article's terms, each with where its first page is, or where to look for it. */
interface ArticleTerms {
  terms: string[];
  /** Per term, the key of the page holding the article's first posting of it (entries that kept it). */
  pages?: number[];
  /** Per term, the article's first passage holding it (the page is the last keyed at or before it). */
  firsts?: number[];
}

/** The terms of a stored article: from its entry when it kept them, else from its source's text, tokenised again. */
function articleTerms(entry: IndexedArticle, source: UserSource | undefined): ArticleTerms {
  if (entry.terms) return { terms: entry.terms, pages: entry.pages ?? [] };
  // A missing source (storage at odds) leaves the postings in the pages: searches drop them, as their slot is gone.
  if (!source) return { terms: [], firsts: [] };
  const { terms } = prepare(source);
  return {
    terms: [...terms.keys()],
    firsts: [...terms.values()].map((counts) => entry.base + Math.min(...counts.keys())),
  };
}

/** The key of the page of `term` holding passage `first`: the last page keyed at or before it. */
async function pageHolding(tx: IndexTx, term: string, first: number): Promise<number> {
  const [page] = await tx.range<StoredPage>(
    'postings',
    { lower: [term], upper: [term, first] },
    { reverse: true, limit: 1 },
  );
  return page ? (page.key as [string, number])[1] : first;
}

/** Where a removal starts reading a term's pages: the known page, else the one holding the first passage. */
function startPage(tx: IndexTx, terms: ArticleTerms, i: number): Promise<number> {
  const page = terms.pages?.[i];
  return page !== undefined
    ? Promise.resolve(page)
    : pageHolding(tx, terms.terms[i] as string, terms.firsts?.[i] ?? 0);
}

async function removeArticle(
  tx: IndexTx,
  entry: IndexedArticle,
  source: UserSource | undefined,
  totals: IndexTotals,
): Promise<void> {
  const to = entry.base + entry.sentences.length - 1;
  const terms = articleTerms(entry, source);
  // Terms touch disjoint keys: their requests go out together (IndexedDB pays a round trip per request, not per term).
  await Promise.all(
    terms.terms.map(async (term, i) => {
      const page = await startPage(tx, terms, i);
      if ((await dropRanges(tx, term, page, [[entry.base, to]])) > 0) await settleTerm(tx, term);
    }),
  );
  tx.delete('slots', entry.base);
  tx.delete('articles', entry.id);
  totals.articles--;
  totals.passages -= entry.sentences.length;
  totals.totalLength -= entry.length;
}

/** Adds prepared articles (none of them stored) in one transaction, their postings grouped per term. */
function addPrepared(
  tx: IndexTx,
  batch: readonly Prepared[],
  totals: IndexTotals,
  pageSize: number,
  held: Set<string>,
  tails: TailPages,
): void {
  const byTerm = new Map<string, Posting[]>();
  const bases: number[] = [];
  for (const { passages, terms } of batch) {
    const base = totals.nextDoc;
    bases.push(base);
    totals.nextDoc += passages.length;
    for (const [term, counts] of terms) {
      let postings = byTerm.get(term);
      if (!postings) byTerm.set(term, (postings = [] as Posting[]));
      for (const [position, tf] of counts)
        postings.push({
          doc: base + position,
          tf,
          length: (passages[position] as Prepared['passages'][number]).length,
        });
    }
  }
  for (const [term, postings] of byTerm) {
    postings.sort((a, b) => a.doc - b.doc);
    writePages(tx, term, postings, pageSize, held, tails);
  }
  batch.forEach((prepared, n) => storeArticle(tx, prepared, bases[n] as number, totals));
}

/** Writes an article's entry, slot and source, and counts it in the totals. */
function storeArticle(
  tx: IndexTx,
  { source, passages }: Prepared,
  base: number,
  totals: IndexTotals,
  pending = false,
): void {
  const length = passages.reduce((sum, passage) => sum + passage.length, 0);
  const { id, outlet, title, author, published, url } = source;
  tx.put('articles', id, {
    id,
    outlet,
    title,
    author,
    published,
    url,
    base,
    sentences: passages.map((passage) => passage.sentence),
    spans: passages.flatMap((passage) => [passage.start, passage.end, passage.paragraph]),
    extracts: passages.map((passage) => passage.extract),
    length,
    ...(pending ? { pending: true } : {}),
  } satisfies IndexedArticle);
  tx.put('slots', base, id);
  tx.put('sources', id, source);
  totals.articles++;
  totals.passages += passages.length;
  totals.totalLength += length;
}

const oldSource = (tx: IndexTx, id: string) => tx.get<UserSource>('sources', id);

/** Postings of one term of a prepared article whose first passage is `base`. */
function postingsOf(prepared: Prepared, counts: Map<number, number>, base: number): Posting[] {
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([position, tf]) => ({
      doc: base + position,
      tf,
      length: (prepared.passages[position] as Prepared['passages'][number]).length,
    }));
}

/** Adds a prepared article (not stored) to the write log: one log record, no page touched. */
function logArticle(tx: IndexTx, prepared: Prepared, totals: IndexTotals): void {
  const base = totals.nextDoc;
  totals.nextDoc += prepared.passages.length;
  const terms = [...prepared.terms];
  tx.put('state', pendingKey(base), {
    id: prepared.source.id,
    base,
    terms: terms.map(([term]) => term),
    postings: terms.map(([, counts]) => encodePostings(postingsOf(prepared, counts, base), base - 1)),
  } satisfies PendingArticle);
  storeArticle(tx, prepared, base, totals, true);
  totals.pending++;
}

/**
 * Takes an article out of the index through the write log, reading nothing:
 * a pending one leaves the log; a merged one is logged as removed (its
 * postings stay in the pages until compaction, where searches skip them).
 * Its source stays: the caller deletes or replaces it.
 */
function retireArticle(
  tx: IndexTx,
  entry: IndexedArticle,
  source: UserSource | undefined,
  totals: IndexTotals,
): void {
  if (entry.pending) {
    tx.delete('state', pendingKey(entry.base));
    totals.pending--;
  } else {
    tx.put('state', removedKey(entry.base), {
      id: entry.id,
      base: entry.base,
      passages: entry.sentences.length,
      ...articleTerms(entry, source),
    } satisfies RemovedArticle);
    totals.removed++;
  }
  tx.delete('slots', entry.base);
  tx.delete('articles', entry.id);
  totals.articles--;
  totals.passages -= entry.sentences.length;
  totals.totalLength -= entry.length;
}

/** Drops the postings of passages in any of `ranges` from a term's pages, from the page keyed `page` on. */
async function dropRanges(
  tx: IndexTx,
  term: string,
  page: number,
  ranges: readonly (readonly [number, number])[],
): Promise<number> {
  const to = Math.max(...ranges.map(([, end]) => end));
  const gone = (doc: number) => ranges.some(([from, end]) => doc >= from && doc <= end);
  let dropped = 0;
  const from = Math.min(...ranges.map(([first]) => first));
  for (const { key, value } of await tx.range<StoredPage>('postings', {
    lower: [term, page],
    upper: [term, to],
  })) {
    const stored = readPage(value);
    if (stored.last < from) continue;
    const postings = stored.postings();
    const kept = postings.filter((posting) => !gone(posting.doc));
    dropped += postings.length - kept.length;
    if (kept.length === 0) tx.delete('postings', key);
    else if (kept.length < postings.length) tx.put('postings', key, encodePage(kept));
  }
  return dropped;
}

/**
 * Folds the write log into the pages in one transaction: removed articles'
 * postings dropped, then pending ones appended (their passage numbers are
 * above every page's: a bulk import compacts before it writes), each term's
 * pages read and written once.
 */
async function compactLog(tx: IndexTx, pageSize: number): Promise<boolean> {
  const totals = await totalsOf(tx);
  if (totals.pending === 0 && totals.removed === 0) return false;
  const [pending, removed] = await Promise.all([
    tx.range<PendingArticle>('state', PENDING_RANGE),
    tx.range<RemovedArticle>('state', REMOVED_RANGE),
  ]);
  const drops = new Map<string, { page: number; first: number; ranges: [number, number][] }>();
  for (const { value } of removed)
    value.terms.forEach((term, i) => {
      // A record names either the page (written before entries stopped keeping pages) or the first passage.
      const page = value.pages?.[i] ?? Infinity;
      const first = value.pages ? Infinity : (value.firsts?.[i] ?? 0);
      const range: [number, number] = [value.base, value.base + value.passages - 1];
      const found = drops.get(term);
      if (found) {
        found.page = Math.min(found.page, page);
        found.first = Math.min(found.first, first);
        found.ranges.push(range);
      } else drops.set(term, { page, first, ranges: [range] });
    });
  const appends = new Map<string, Posting[]>();
  for (const { value } of pending)
    value.terms.forEach((term, i) => {
      let postings = appends.get(term);
      if (!postings) appends.set(term, (postings = []));
      postings.push(...decodePostings(value.postings[i] as Uint8Array, value.base - 1));
    });
  // Terms touch disjoint keys: their requests go out together.
  await Promise.all(
    [...new Set([...drops.keys(), ...appends.keys()])].map(async (term) => {
      const drop = drops.get(term);
      let dropped = 0;
      if (drop) {
        const page = Math.min(
          drop.page,
          drop.first === Infinity ? Infinity : await pageHolding(tx, term, drop.first),
        );
        dropped = await dropRanges(tx, term, page, drop.ranges);
      }
      const postings = appends.get(term);
      if (postings) {
        postings.sort((a, b) => a.doc - b.doc);
        writePages(tx, term, postings, pageSize);
      } else if (dropped > 0) await settleTerm(tx, term);
    }),
  );
  const entries = await Promise.all(pending.map(({ value }) => tx.get<IndexedArticle>('articles', value.id)));
  pending.forEach(({ key, value }, n) => {
    const entry = entries[n];
    if (entry?.base === value.base) {
      const merged: IndexedArticle = { ...entry };
      delete merged.pending;
      tx.put('articles', value.id, merged);
    }
    tx.delete('state', key);
  });
  for (const { key } of removed) tx.delete('state', key);
  tx.put('state', TOTALS_KEY, { ...totals, pending: 0, removed: 0, log: totals.log + 1 });
  return true;
}

interface Expansion {
  term: string;
  word: number;
  weight: number;
}

/** A stored page's bytes, as a cache counts them. */
const pageBytes = (page: StoredPage): number =>
  (page instanceof Uint8Array ? page.byteLength : page.bytes.byteLength) + ENTRY_OVERHEAD;

/** An article entry with its text, as a cache counts them (a string is two bytes a character at most). */
const articleBytes = (entry: IndexedArticle, text: string): number =>
  text.length * 2 + (entry.sentences.length * 4 + entry.extracts.length) * 8 + ENTRY_OVERHEAD * 4;

export class PagedIndex {
  /** The write log as last read, reused while the stored log version stands. */
  private log: LogView | null = null;
  /** A term's pages as last read ([first passage, page]), while the stores' stamp stands. */
  private readonly pages = new StampedCache<StoredPage[]>(PAGE_CACHE_BYTES);
  /** A query word's completions held in `terms` (or whether the word itself is), while the stamp stands. */
  private readonly completions = new StampedCache<string[]>(TERM_CACHE_BYTES);
  /** Articles as a search resolved them (entry and text), by first passage, while the stamp stands. */
  private readonly resolved = new StampedCache<{ entry: IndexedArticle; text: string }>(ARTICLE_CACHE_BYTES);
  /** The last, partly filled page of each term this import wrote (see TAIL_CACHE_BYTES). */
  private readonly tails = new StampedCache<Uint8Array>(TAIL_CACHE_BYTES);
  /** Where resolved articles' passages are, while `slotsStamp` stands. */
  private readonly slots = new KnownSlots(KNOWN_SLOTS);
  private slotsStamp: string | null = null;

  /** `pagePostings` is for tests, which split pages after a few postings to exercise the paths across pages. */
  constructor(
    private readonly storage: IndexStorage,
    private readonly options: { pagePostings: number } = { pagePostings: PAGE_POSTINGS },
  ) {}

  totals(): Promise<IndexTotals> {
    return this.storage.transaction('readonly', totalsOf);
  }

  async migrated(): Promise<boolean> {
    return (
      (await this.storage.transaction('readonly', (tx) => tx.get<boolean>('state', MIGRATED_KEY))) === true
    );
  }

  markMigrated(): Promise<void> {
    return this.storage.transaction('readwrite', (tx) => {
      tx.put('state', MIGRATED_KEY, true);
      return Promise.resolve();
    });
  }

  /**
   * Adds or replaces (same id) many sources, one transaction per batch: a
   * source that cannot be read is reported and skipped, the others go in.
   * A storage failure (a full disk) stops the import with that batch undone
   * and the earlier ones kept; the error is thrown.
   */
  async addMany(sources: readonly UserSource[], options: AddManyOptions = {}): Promise<AddManyResult> {
    const size = options.batchSize ?? IMPORT_BATCH;
    const result: AddManyResult = { added: 0, updated: 0, failed: [], complete: true };
    const logged = sources.length <= LOGGED_ADD_MAX;
    // The pages only take passages above the log's: an import folds the log in first.
    if (!logged) await this.compact();
    /**
     * Terms whose entry this import has written: a later batch writes only
     * new terms' entries (about half of an import's requests otherwise).
     * Valid while the log version is the one this import last wrote: every
     * change that may drop a term's entry (a compaction, a removal, a
     * replacement) bumps it, from this context or another.
     */
    const held = new Set<string>();
    let heldAt: number | null = null;
    for (let at = 0; at < sources.length; at += size) {
      if (options.signal?.aborted) {
        result.complete = false;
        break;
      }
      const batch: Prepared[] = [];
      // The last version of an id in one call wins, as successive adds would.
      const latest = new Map(sources.slice(at, at + size).map((source) => [source.id, source]));
      for (const source of latest.values()) {
        try {
          batch.push(prepare(source));
        } catch (error) {
          result.failed.push({ id: source.id, reason: (error as Error).message });
        }
      }
      // This batch's tail pages, kept apart until its transaction commits (a rolled-back one would leave them wrong).
      const staged = new Map<string, Uint8Array | null>();
      const tails: TailPages = {
        get: (term) => (staged.has(term) ? (staged.get(term) ?? undefined) : this.tails.get(term)),
        set: (term, page) =>
          staged.set(
            term,
            readPage(page).count < Math.min(TAIL_FILL, this.options.pagePostings) ? page : null,
          ),
        delete: (term) => staged.set(term, null),
      };
      const updated = await this.storage
        .transaction('readwrite', async (tx) => {
          const totals = await totalsOf(tx);
          if (totals.log !== heldAt) held.clear();
          // Another context's change since this import's last batch may have written or dropped pages.
          this.tails.at(stampOf(totals));
          let replaced = 0;
          const stored = await Promise.all(
            batch.map(({ source }) => tx.get<IndexedArticle>('articles', source.id)),
          );
          // The replaced versions' texts, read before they are overwritten: their terms are derived from them.
          const old = await Promise.all(
            stored.map((entry) =>
              entry && !entry.pending && !entry.terms ? oldSource(tx, entry.id) : Promise.resolve(undefined),
            ),
          );
          // One after the other: two versions' removals may share pages.
          for (const [n, entry] of stored.entries()) {
            if (!entry) continue;
            if (logged || entry.pending) retireArticle(tx, entry, old[n], totals);
            else await removeArticle(tx, entry, old[n], totals);
            replaced++;
          }
          if (replaced > 0 && !logged) {
            // A replaced version's terms may have lost their last page, and their entry with it.
            held.clear();
            this.tails.clear();
            staged.clear();
            totals.log++;
          }
          if (logged) {
            for (const prepared of batch) logArticle(tx, prepared, totals);
            totals.log++;
          } else addPrepared(tx, batch, totals, this.options.pagePostings, held, tails);
          tx.put('state', TOTALS_KEY, totals);
          heldAt = totals.log;
          return { replaced, totals };
        })
        .catch((error: unknown) => {
          this.tails.clear();
          throw error;
        });
      for (const [term, page] of staged)
        if (page) this.tails.set(term, page, page.byteLength + term.length * 2 + ENTRY_OVERHEAD);
        else this.tails.delete(term);
      this.tails.restamp(stampOf(updated.totals));
      if (updated.totals.pending + updated.totals.removed >= LOG_HARD_MAX) await this.compact();
      result.updated += updated.replaced;
      result.added += batch.length - updated.replaced;
      options.onProgress?.(Math.min(at + size, sources.length), sources.length);
    }
    return result;
  }

  /**
   * Removes sources and their index entries in one transaction, through the
   * write log (the pages are cleaned at compaction); unknown ids are ignored.
   * Returns those removed.
   */
  async remove(ids: readonly string[]): Promise<string[]> {
    const { removed, totals } = await this.storage.transaction('readwrite', async (tx) => {
      const totals = await totalsOf(tx);
      const removed: string[] = [];
      for (const id of ids) {
        const [stored, source] = await Promise.all([
          tx.get<IndexedArticle>('articles', id),
          tx.get<UserSource>('sources', id),
        ]);
        if (stored) {
          retireArticle(tx, stored, source, totals);
          removed.push(id);
        }
        tx.delete('sources', id);
      }
      if (removed.length > 0) totals.log++;
      tx.put('state', TOTALS_KEY, totals);
      return { removed, totals };
    });
    if (totals.pending + totals.removed >= LOG_HARD_MAX) await this.compact();
    return removed;
  }

  /** Folds the write log into the pages (one transaction); false when it was empty. */
  compact(): Promise<boolean> {
    return this.storage.transaction('readwrite', (tx) => compactLog(tx, this.options.pagePostings));
  }

  /** Compacts when the log holds COMPACT_AT records or more: what the background runs after answering a change. */
  async compactIfDue(): Promise<boolean> {
    const totals = await this.totals();
    return totals.pending + totals.removed >= COMPACT_AT ? this.compact() : false;
  }

  /** The write log as a search reads it (from the cache while the stored version stands). */
  private async logView(tx: IndexTx, totals: IndexTotals): Promise<LogView> {
    if (this.log?.version === totals.log) return this.log;
    if (totals.pending === 0 && totals.removed === 0) return (this.log = new LogView(totals.log, [], []));
    const [pending, removed] = await Promise.all([
      tx.range<PendingArticle>('state', PENDING_RANGE),
      tx.range<RemovedArticle>('state', REMOVED_RANGE),
    ]);
    return (this.log = new LogView(
      totals.log,
      pending.map(({ value }) => value),
      removed.map(({ value }) => value),
    ));
  }

  /** One stored source (with its text). */
  source(id: string): Promise<UserSource | undefined> {
    return this.storage.transaction('readonly', (tx) => tx.get<UserSource>('sources', id));
  }

  /** The indexed facts of these articles (those the index holds), in one short transaction: a search's sources. */
  articles(ids: readonly string[]): Promise<Map<string, IndexedArticle>> {
    return this.storage.transaction('readonly', async (tx) => {
      const found = await Promise.all(ids.map((id) => tx.get<IndexedArticle>('articles', id)));
      return new Map(found.flatMap((entry) => (entry ? [[entry.id, entry] as const] : [])));
    });
  }

  /** Articles in id order, without their text: the corpus manager's list and "delete older than". */
  list(options: ListOptions = {}): Promise<IndexedArticle[]> {
    const limit = options.limit ?? 100;
    return this.storage.transaction('readonly', async (tx) => {
      const out: IndexedArticle[] = [];
      let after = options.after;
      while (out.length < limit) {
        const page = await tx.range<IndexedArticle>(
          'articles',
          after === undefined ? {} : { lower: `${after}\u0000` },
          { limit: limit * 2 },
        );
        if (page.length === 0) break;
        for (const { value } of page) {
          if (options.outlet !== undefined && value.outlet !== options.outlet) continue;
          if (
            options.publishedBefore !== undefined &&
            (value.published === null || value.published > options.publishedBefore)
          )
            continue;
          if (out.length < limit) out.push(value);
        }
        after = (page.at(-1) as { value: IndexedArticle }).value.id;
      }
      return out;
    });
  }

  /** Every source, `batch` at a time in id order, each batch its own short transaction: export streams from this. */
  async *sources(batch = 200): AsyncGenerator<UserSource[]> {
    let after: string | undefined;
    for (;;) {
      const lower = after;
      const page = await this.storage.transaction('readonly', (tx) =>
        tx.range<UserSource>('sources', lower === undefined ? {} : { lower: `${lower}\u0000` }, {
          limit: batch,
        }),
      );
      if (page.length === 0) return;
      yield page.map(({ value }) => value);
      after = (page.at(-1) as { value: UserSource }).value.id;
    }
  }

  /** Passages for a query, best first: BM25+ over this index, with another's statistics added when given. */
  async search(query: string, options: PagedSearchOptions = {}): Promise<UserPassageHit[]> {
    return (await this.searchWithArticles(query, options)).hits;
  }

  /**
   * `search`, with the entries of the hits' articles as the search read them
   * (by id), so that a caller naming the hits' sources reads nothing again.
   */
  searchWithArticles(
    query: string,
    options: PagedSearchOptions = {},
  ): Promise<{ hits: UserPassageHit[]; articles: Map<string, IndexedArticle> }> {
    const limit = options.limit ?? 20;
    const words = queryWords(query).words;
    if (words.length === 0) return Promise.resolve({ hits: [], articles: new Map() });
    return this.storage.transaction('readonly', async (tx) => {
      // The terms are read with the totals, not after them: one round trip fewer before the pages.
      const reading = totalsOf(tx);
      const stamping = reading.then(stampOf);
      const logReading = reading.then((totals) => this.logView(tx, totals));
      const expanding = expand(tx, words, logReading, {
        get: async (key) =>
          this.completions.has(key) ? this.completions.at(await stamping).get(key) : undefined,
        set: async (key, terms) =>
          this.completions.at(await stamping).set(
            key,
            terms,
            terms.reduce((sum, term) => sum + term.length * 2 + ENTRY_OVERHEAD, 0),
          ),
      });
      const [totals, log, expansions, stamp] = await Promise.all([reading, logReading, expanding, stamping]);
      if (totals.passages === 0) return { hits: [], articles: new Map() };
      const global = options.global;
      const passages = totals.passages + (global?.passages ?? 0);
      const avgLength = (totals.totalLength + (global?.totalLength ?? 0)) / passages;
      // Every term's pages are asked for at once (a term's passage count is the sum of its pages' counts).
      const cache = this.pages.at(stamp);
      const fetched = await Promise.all(
        expansions.map(({ term }) => {
          const known = cache.get(term);
          if (known) return Promise.resolve(known);
          // A page says its own first passage: its values alone are read, one request, not keys and values.
          const reading = tx.values
            ? tx.values<StoredPage>('postings', pageRange(term))
            : tx
                .range<StoredPage>('postings', pageRange(term))
                .then((rows) => rows.map(({ value }) => value));
          return reading.then((read) => {
            cache.set(
              term,
              read,
              read.reduce((sum, page) => sum + pageBytes(page), ENTRY_OVERHEAD),
            );
            return read;
          });
        }),
      );
      const terms = expansions.map(({ term, word, weight }, e): TermPages => {
        const pages = (fetched[e] as StoredPage[]).map((page): PageRead => {
          const view = readPage(page);
          return { first: view.first, view };
        });
        // A removed article's postings stay in the pages until compaction: they are neither matches nor counted.
        let held = log.addedPassages(term);
        for (const page of pages) {
          if (log.overlapsRemoved(page.first, page.view.last)) {
            page.list = page.view.postings().filter((posting) => !log.isRemoved(posting.doc));
            held += page.list.length;
          } else held += page.view.count;
        }
        const df = held + (global?.documentFrequency(term) ?? 0);
        const idf = Math.log(1 + (passages - df + 0.5) / (df + 0.5));
        return { word, weight, idf, held, pages, pending: log.postings(term) };
      });
      const bm25 = { avgLength, words: words.length };
      const allWords = !options.anyWord && words.length > 1;
      let scored = scorePassages(terms, bm25, allWords);
      // No passage has every word: rank those with any, as the bundled search falls back.
      if (allWords && scored.docs.length === 0) scored = scorePassages(terms, bm25, false);
      const { docs, scores } = scored;
      const candidates = docs.map((_, i) => i);
      const byRank = (a: number, b: number) =>
        (scores[b] as number) - (scores[a] as number) || (docs[a] as number) - (docs[b] as number);
      // The best few, not every candidate, are ordered (a common word's candidates run to the hundreds of thousands);
      // hidden sources may leave fewer than `limit` hits among them, and the rest is ordered then.
      let ranked = topRanked(candidates, limit * TOP_HEADROOM, byRank);
      const cached = this.resolved.at(stamp);
      if (this.slotsStamp !== stamp) {
        this.slots.clear();
        this.slotsStamp = stamp;
      }
      const hits: UserPassageHit[] = [];
      const articles = new Map<number, Promise<{ entry: IndexedArticle; text: string } | null>>();
      const article = (base: number, id: string) => {
        let found = articles.get(base);
        if (!found) {
          const known = cached.get(String(base));
          found = known
            ? Promise.resolve(known)
            : Promise.all([tx.get<IndexedArticle>('articles', id), tx.get<UserSource>('sources', id)]).then(
                ([entry, source]) => {
                  if (!entry || !source) return null;
                  this.slots.add(base, entry.sentences.length, entry.id);
                  const read = { entry, text: source.text };
                  cached.set(String(base), read, articleBytes(entry, source.text));
                  return read;
                },
              );
          articles.set(base, found);
        }
        return found;
      };
      const named = new Map<string, IndexedArticle>();
      // Candidates resolved a wave at a time (their slots, then their articles, each wave's requests together).
      for (let at = 0; hits.length < limit; at += limit) {
        if (at >= ranked.length) {
          if (ranked.length === candidates.length) break;
          ranked = candidates.sort(byRank);
        }
        const wave = ranked
          .slice(at, at + limit)
          .map((i) => [docs[i] as number, scores[i] as number] as const);
        const slots = await Promise.all(
          wave.map(([doc]) => {
            const known = this.slots.find(doc);
            return known
              ? Promise.resolve(known)
              : tx.range<string>('slots', { upper: doc }, { reverse: true, limit: 1 });
          }),
        );
        const resolved = await Promise.all(
          slots.map(([slot]) => (slot ? article(slot.key as number, slot.value) : Promise.resolve(null))),
        );
        wave.forEach(([doc, score], i) => {
          const found = resolved[i];
          const slot = slots[i]?.[0];
          if (!found || !slot || hits.length === limit || options.exclude?.has(found.entry.id)) return;
          const position = doc - (slot.key as number);
          if (position >= found.entry.sentences.length) return;
          const start = found.entry.spans[position * 3] as number;
          const end = found.entry.spans[position * 3 + 1] as number;
          const extract = found.entry.extracts[position] as number | string;
          named.set(found.entry.id, found.entry);
          hits.push({
            id: `${found.entry.id}#${found.entry.sentences[position] as number}`,
            sourceId: found.entry.id,
            text: typeof extract === 'string' ? extract : found.text.slice(extract, extract + end - start),
            start,
            end,
            paragraph: found.entry.spans[position * 3 + 2] as number,
            score,
          });
        });
      }
      return { hits, articles: named };
    });
  }

  /**
   * The start-up check, cheap enough for every start: the totals against the
   * stores' counts, and, only when sources outnumber indexed articles, which
   * sources are not indexed (keys only). `check` is the thorough one.
   */
  quickCheck(): Promise<IndexHealth> {
    return this.storage.transaction('readonly', async (tx) => {
      const totals = await totalsOf(tx);
      const [articles, sources] = await Promise.all([tx.count('articles'), tx.count('sources')]);
      const problems: string[] = [];
      if (articles !== totals.articles)
        problems.push(`user-sources: the index counts ${totals.articles} articles but holds ${articles}`);
      let unindexed: string[] = [];
      if (sources !== articles) {
        const indexed = new Set((await tx.keys('articles')).map(String));
        unindexed = (await tx.keys('sources')).map(String).filter((id) => !indexed.has(id));
        if (sources - unindexed.length !== articles)
          problems.push(`user-sources: the index holds articles whose sources are gone`);
      }
      return { ok: problems.length === 0, problems, unindexed };
    });
  }

  /**
   * Compares the stores with each other: the totals with the articles, every
   * article with its source. Costs a pass over the articles (not the pages):
   * run at start-up after an unclean stop, not on every question.
   */
  check(): Promise<IndexHealth> {
    return this.storage.transaction('readonly', async (tx) => {
      const problems: string[] = [];
      const totals = await totalsOf(tx);
      const articles = await tx.range<IndexedArticle>('articles', {});
      const sourceIds = new Set((await tx.range<UserSource>('sources', {})).map(({ key }) => String(key)));
      if (articles.length !== totals.articles)
        problems.push(
          `user-sources: the index counts ${totals.articles} articles but holds ${articles.length}`,
        );
      let passages = 0;
      for (const { value } of articles) {
        passages += value.sentences.length;
        if (!sourceIds.delete(value.id))
          problems.push(`user-sources: indexed article ${value.id} has no source`);
        if (
          value.spans.length !== value.sentences.length * 3 ||
          value.extracts.length !== value.sentences.length
        )
          problems.push(`user-sources: indexed article ${value.id} is malformed`);
      }
      if (passages !== totals.passages)
        problems.push(
          `user-sources: the index counts ${totals.passages} passages but its articles hold ${passages}`,
        );
      return { ok: problems.length === 0, problems, unindexed: [...sourceIds].sort() };
    });
  }
}

/** A query word's terms held in `terms` as last read, valid while the stores' stamp stands. */
interface TermCache {
  get(key: string): Promise<string[] | undefined>;
  set(key: string, terms: string[]): Promise<void>;
}

/** Each query word's index terms: itself when indexed, and its completions when it may be a prefix. */
async function expand(
  tx: IndexTx,
  words: readonly string[],
  reading: Promise<LogView>,
  cache: TermCache,
): Promise<Expansion[]> {
  const perWord = await Promise.all(
    words.map(async (word, i): Promise<Expansion[]> => {
      const prefix =
        word.length >= (i === words.length - 1 ? LAST_WORD_PREFIX_MIN_LENGTH : PREFIX_MIN_LENGTH);
      if (!prefix) {
        const key = `=${word}`;
        let held = await cache.get(key);
        if (!held) {
          held = (await tx.get<number>('terms', word)) === undefined ? [] : [word];
          await cache.set(key, held);
        }
        return held.length === 0 && !(await reading).has(word) ? [] : [{ term: word, word: i, weight: 1 }];
      }
      const key = `*${word}`;
      let stored = await cache.get(key);
      if (!stored) {
        stored = (
          await tx.range<number>(
            'terms',
            { lower: word, upper: `${word}\uffff` },
            { limit: MAX_PREFIX_TERMS },
          )
        ).map(({ key: term }) => String(term));
        await cache.set(key, stored);
      }
      const log = await reading;
      const read = [...new Set([...stored, ...log.completions(word, MAX_PREFIX_TERMS)])]
        .sort()
        .slice(0, MAX_PREFIX_TERMS);
      const completions = boundedCompletions(word, read, MAX_COMPLETIONS);
      return completions.map((term) => {
        const distance = term.length - word.length;
        return {
          term,
          word: i,
          weight: distance === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
        };
      });
    }),
  );
  return perWord.flat();
}
