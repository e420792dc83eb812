import type { PageView, Posting } from './posting-codec';

/**
 * BM25+ over a query's terms as the paged index reads them, passage lists
 * merged in passage order into flat arrays (no object or map entry per
 * posting: a common word holds hundreds of thousands of them).
 */

/** MiniSearch's BM25+ parameters (lib/search/passage-engine.ts), so scores compare with the bundled ones. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A page as a search read it: its key's first passage, its header, its postings once decoded. */
export interface PageRead {
  first: number;
  view: PageView;
  list?: Posting[];
}

/** An expanded query term with its pages and statistics. */
export interface TermPages {
  /** The query word it stands for (its position in the query). */
  word: number;
  /** 1 for the word itself, less for a completion of it. */
  weight: number;
  idf: number;
  /** Passages holding it (pages and log): what orders the words, rarest first. */
  held: number;
  pages: PageRead[];
  /** Its postings in the write log (above every page's passages). */
  pending: Posting[];
}

/** Scored passages in passage order: per passage its number, its score, how many query words it holds, and the last of them. */
export interface ScoredPassages {
  docs: number[];
  scores: number[];
  words: number[];
  last: number[];
}

/** Whether a sorted list holds a value in [low, high]. */
function anyWithin(sorted: readonly number[], low: number, high: number): boolean {
  let from = 0;
  let to = sorted.length;
  while (from < to) {
    const mid = (from + to) >> 1;
    if ((sorted[mid] as number) < low) from = mid + 1;
    else to = mid;
  }
  return from < sorted.length && (sorted[from] as number) <= high;
}

/** A term's postings in passage order: its pages' (those that may hold a candidate, when given), then the log's. */
function termPostings(term: TermPages, candidates: readonly number[] | null): Posting[] {
  const lists: Posting[][] = [];
  for (const page of term.pages) {
    if (candidates && !anyWithin(candidates, page.first, page.view.last)) continue;
    page.list ??= page.view.postings();
    lists.push(page.list);
  }
  lists.push(term.pending);
  const postings = lists.length === 1 ? (lists[0] as Posting[]) : lists.flat();
  for (let i = 1; i < postings.length; i++)
    if ((postings[i] as Posting).doc <= (postings[i - 1] as Posting).doc)
      return [...postings].sort((a, b) => a.doc - b.doc);
  return postings;
}

/**
 * BM25+ per passage over the terms, word by word from the rarest (fewest
 * passages), each word's terms in their order, so every passage's score is
 * summed in one fixed order whatever the path. With `allWords`, only the
 * passages holding every word are returned, and a word after the first is
 * matched against the passages holding every word before it: its pages
 * holding none of them are not decoded, so a rare name with a common word
 * reads the common word's page headers, not its postings. An empty result
 * then means no passage holds every word.
 */
export function scorePassages(
  terms: readonly TermPages[],
  { avgLength, words }: { avgLength: number; words: number },
  allWords: boolean,
): ScoredPassages {
  const held = new Map<number, number>();
  for (const term of terms) held.set(term.word, (held.get(term.word) ?? 0) + term.held);
  const order = [...held.keys()].sort((a, b) => (held.get(a) as number) - (held.get(b) as number) || a - b);
  let scored: ScoredPassages = { docs: [], scores: [], words: [], last: [] };
  const restrict = allWords && words > 1;
  // A word with no term at all (not in the index): no passage holds every word.
  if (restrict && order.length < words) return scored;
  order.forEach((word, rank) => {
    // The passages this word was found in (positions in `scored`, for the restriction).
    const hit: boolean[] | null =
      restrict && rank > 0 ? new Array<boolean>(scored.docs.length).fill(false) : null;
    for (const term of terms) {
      if (term.word !== word) continue;
      const postings = termPostings(term, hit ? scored.docs : null);
      const gainOf = ({ tf, length }: Posting): number => {
        const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength);
        return term.weight * term.idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
      };
      if (hit) {
        // Restricted: only passages already held are scored (a join of two passage-ordered lists).
        let at = 0;
        for (const posting of postings) {
          while (at < scored.docs.length && (scored.docs[at] as number) < posting.doc) at++;
          if (at === scored.docs.length) break;
          if (scored.docs[at] !== posting.doc) continue;
          scored.scores[at] = (scored.scores[at] as number) + gainOf(posting);
          hit[at] = true;
        }
        continue;
      }
      scored = mergeTerm(scored, postings, gainOf, word);
    }
    if (hit) {
      const found = hit;
      const keep = (_: number, i: number) => found[i] === true;
      scored = {
        docs: scored.docs.filter(keep),
        scores: scored.scores.filter(keep),
        words: scored.words.filter(keep).map((count) => count + 1),
        last: scored.last.filter(keep).map(() => word),
      };
    }
  });
  return scored;
}

/**
 * Adds a term's postings to the passages scored so far (a union of two
 * passage-ordered lists); a passage's word count grows once per word, so a
 * word's second term (a completion) adds to its score, not to its count.
 */
function mergeTerm(
  scored: ScoredPassages,
  postings: readonly Posting[],
  gainOf: (posting: Posting) => number,
  word: number,
): ScoredPassages {
  const out: ScoredPassages = { docs: [], scores: [], words: [], last: [] };
  const push = (doc: number, score: number, words: number, last: number) => {
    out.docs.push(doc);
    out.scores.push(score);
    out.words.push(words);
    out.last.push(last);
  };
  let a = 0;
  let b = 0;
  while (a < scored.docs.length || b < postings.length) {
    const doc = a < scored.docs.length ? (scored.docs[a] as number) : Infinity;
    const posting = postings[b];
    const other = posting ? posting.doc : Infinity;
    if (doc < other) {
      push(doc, scored.scores[a] as number, scored.words[a] as number, scored.last[a] as number);
      a++;
    } else if (other < doc) {
      push(other, gainOf(posting as Posting), 1, word);
      b++;
    } else {
      const words = (scored.words[a] as number) + (scored.last[a] === word ? 0 : 1);
      push(doc, (scored.scores[a] as number) + gainOf(posting as Posting), words, word);
      a++;
      b++;
    }
  }
  return out;
}
