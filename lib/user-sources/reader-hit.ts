import type { SourceMeta } from '../corpus/source-meta';
import { indexTerm } from '../search/index-term';
import { queryWords } from '../search/query-words';
import type { SearchHit } from '../search/search-hit';
import { tokenizeWithOffsets } from '../search/tokenize';
import type { UserPassageHit } from './paged-index';

/** The paged index's prefix rule (paged-index.ts): the last query word from two letters, the others from three. */
const PREFIX_MIN_LENGTH = 3;
const LAST_WORD_PREFIX_MIN_LENGTH = 2;

/** Which of a query's words an index term answers (its position), or -1: the word itself, or a completion of it. */
function wordOf(words: readonly string[]): (term: string) => number {
  return (term) =>
    words.findIndex((word, i) => {
      if (term === word) return true;
      const prefix =
        word.length >= (i === words.length - 1 ? LAST_WORD_PREFIX_MIN_LENGTH : PREFIX_MIN_LENGTH);
      return prefix && term.startsWith(word);
    });
}

/**
 * A passage of the reader's paged index as the popup renders a search hit:
 * its source's facts, and the words the query matched in it with their
 * ranges (one pass over its words, as CorpusSearch marks a bundled hit).
 * `entities` are the items the passage is known to mention (none when the
 * catalogue of the reader's items is not in memory).
 */
export function readerHit(
  hit: UserPassageHit,
  query: string,
  source: SourceMeta | undefined,
  entities: readonly string[] = [],
): SearchHit {
  const matchOf = wordOf(queryWords(query).words);
  const emphasis: [number, number][] = [];
  const terms = new Map<string, number>();
  for (const token of tokenizeWithOffsets(hit.text)) {
    const term = indexTerm(token.text);
    if (term === null) continue;
    const word = matchOf(term);
    if (word < 0) continue;
    if (!terms.has(term)) terms.set(term, word);
    emphasis.push([token.start, token.end]);
  }
  return {
    id: hit.id,
    sourceId: hit.sourceId,
    outlet: source?.outlet ?? null,
    title: source?.title ?? null,
    ...(source?.lead ? { lead: source.lead } : {}),
    published: source?.published ?? null,
    publishedApproximate: source?.publishedApproximate ?? false,
    text: hit.text,
    start: hit.start,
    end: hit.end,
    score: hit.score,
    terms: [...terms].sort(([, a], [, b]) => a - b).map(([term]) => term),
    emphasis,
    entities: [...entities],
  };
}
