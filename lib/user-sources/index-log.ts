import { decodePostings, type Posting } from './posting-codec';
import type { IndexKey, KeyRange } from './index-storage';

/**
 * The paged index's write log: an article added one at a time is written as
 * one record (its postings per term, encoded) instead of into every term's
 * pages, and one removed is written as one record naming what the pages
 * still hold of it. Both wait in the `state` store until a compaction folds
 * them into the pages, so a single add or remove costs a handful of requests
 * whatever its number of terms. A search reads the log (a few dozen records,
 * cached while its version stands) beside the pages, so it sees every
 * change at once and scores as if the log were already folded in: a removed
 * article's postings are skipped, and not counted in its terms' statistics.
 */

/** An article added since the last compaction: per term (in `terms` order), its postings after `base - 1`. */
export interface PendingArticle {
  id: string;
  base: number;
  terms: string[];
  postings: Uint8Array[];
}

/** An article removed since the last compaction whose postings the pages still hold. */
export interface RemovedArticle {
  id: string;
  base: number;
  /** How many passages it holds (its postings are those in [base, base + passages)). */
  passages: number;
  terms: string[];
  /** Per term, the key of the page holding the article's first posting of it (records written while entries kept their pages). */
  pages?: number[];
  /** Per term, the article's first passage holding it: compaction starts at the page holding it. */
  firsts?: number[];
}

const MAX_BASE = Number.MAX_SAFE_INTEGER;
export const pendingKey = (base: number): IndexKey => ['log-pending', base];
export const removedKey = (base: number): IndexKey => ['log-removed', base];
export const PENDING_RANGE: KeyRange = { lower: ['log-pending', 0], upper: ['log-pending', MAX_BASE] };
export const REMOVED_RANGE: KeyRange = { lower: ['log-removed', 0], upper: ['log-removed', MAX_BASE] };

interface LogTerm {
  /** Passages of pending articles holding the term. */
  added: number;
  pending: { bytes: Uint8Array; previous: number }[];
}

/** The log as a search reads it, built once per log version. */
export class LogView {
  private readonly terms = new Map<string, LogTerm>();
  /** The pending articles' terms, sorted, for prefix completion. */
  private readonly sorted: string[];
  /** The removed articles' passages as [first, last] ranges, by first. */
  private readonly removed: [number, number][];

  constructor(
    readonly version: number,
    pending: readonly PendingArticle[],
    removed: readonly RemovedArticle[],
  ) {
    const entry = (term: string): LogTerm => {
      let found = this.terms.get(term);
      if (!found) this.terms.set(term, (found = { added: 0, pending: [] }));
      return found;
    };
    for (const article of pending)
      article.terms.forEach((term, i) => {
        const bytes = article.postings[i] as Uint8Array;
        const found = entry(term);
        found.pending.push({ bytes, previous: article.base - 1 });
        // Each posting is one passage; counting them needs a decode (the log is small).
        found.added += decodePostings(bytes, article.base - 1).length;
      });
    this.removed = removed
      .map((article): [number, number] => [article.base, article.base + article.passages - 1])
      .sort(([a], [b]) => a - b);
    this.sorted = [...this.terms.keys()].sort();
  }

  /** Passages of pending articles holding a term (those of removed ones are skipped where the pages are read). */
  addedPassages(term: string): number {
    return this.terms.get(term)?.added ?? 0;
  }

  /** The pending articles' postings of a term, in passage order. */
  postings(term: string): Posting[] {
    return (this.terms.get(term)?.pending ?? []).flatMap(({ bytes, previous }) =>
      decodePostings(bytes, previous),
    );
  }

  get hasRemoved(): boolean {
    return this.removed.length > 0;
  }

  /** Whether a passage is one of a removed article's, whose postings the pages still hold. */
  isRemoved(doc: number): boolean {
    return this.overlapsRemoved(doc, doc);
  }

  /** Whether any removed article's passages fall in [from, to]: a page there must be decoded to be counted. */
  overlapsRemoved(from: number, to: number): boolean {
    let low = 0;
    let high = this.removed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.removed[mid] as [number, number])[1] < from) low = mid + 1;
      else high = mid;
    }
    const range = this.removed[low];
    return range !== undefined && range[0] <= to;
  }

  has(term: string): boolean {
    return (this.terms.get(term)?.pending.length ?? 0) > 0;
  }

  /** Pending terms starting with `prefix`, in key order, at most `limit`. */
  completions(prefix: string, limit: number): string[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.sorted[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < this.sorted.length && out.length < limit; i++) {
      const term = this.sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      out.push(term);
    }
    return out;
  }
}
