import type { SourceMeta } from '../corpus';
import type { SearchHit } from '../search';
import { isUserSource, readerHit, type IndexedArticle, type PagedIndex } from '../user-sources';

/** The reader's sources as a search asks them, without the merged corpus in memory. */
export interface ReaderSearch {
  /** Their passages for a query, best first (hidden sources left out), and those passages' sources. */
  search(query: string, limit: number): Promise<{ hits: SearchHit[]; sources: SourceMeta[] }>;
  /** How many of their sources are shown (not hidden). */
  count(): Promise<number>;
}

/** What is already in memory about the reader's sources when the merged corpus is loaded. */
export interface KnownSources {
  source(id: string): SourceMeta | undefined;
  entities(passageId: string): readonly string[];
}

/** A source's facts as the paged index keeps them: the reader's own (the text's guesses come with the merged corpus). */
function metaOfFacts(entry: IndexedArticle): SourceMeta {
  const { id, outlet, title, author, published, url } = entry;
  return { id, outlet, title, author, published, publishedApproximate: false, url, yours: true };
}

/**
 * Searches the reader's paged index: it reads only the query's terms' pages
 * and the articles of the passages it returns (once: their facts come back
 * with the hits). Sources are named from the
 * merged corpus when it is in memory (the text's title when the reader gave
 * none), else from the facts the index keeps beside each article.
 */
export function readerSearch(options: {
  index: PagedIndex;
  hidden: ReadonlySet<string>;
  known?: KnownSources | undefined;
}): ReaderSearch {
  const { index, hidden, known } = options;
  return {
    async search(query, limit) {
      // The hits' entries come with them: the search read them to place its passages.
      const { hits: found, articles: facts } = await index.searchWithArticles(query, {
        limit,
        exclude: hidden,
      });
      const ids = [...new Set(found.map((hit) => hit.sourceId))];
      const sources = new Map<string, SourceMeta>();
      for (const id of ids) {
        const entry = facts.get(id);
        const meta = known ? known.source(id) : entry && metaOfFacts(entry);
        if (meta) sources.set(id, meta);
      }
      return {
        hits: found.map((hit) =>
          readerHit(hit, query, sources.get(hit.sourceId), known?.entities(hit.id) ?? []),
        ),
        sources: [...sources.values()],
      };
    },
    async count() {
      const { articles } = await index.totals();
      return Math.max(0, articles - [...hidden].filter(isUserSource).length);
    },
  };
}
