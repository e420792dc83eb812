import type { SourceMeta } from '../corpus';
import type { SearchRequest, SearchResponse } from '../messaging';
import { PASSAGES_PER_SOURCE, type CorpusSearch, type SearchHit } from '../search';
import type { Story, StoryIndex } from '../stories';
import { fuseRankings } from '../user-sources';
import type { ReaderSearch } from './reader-search';

const DEFAULT_LIMIT = 30;
/**
 * The reader's candidates asked for per passage returned: the paged index
 * ranks passages, not sources, so a few sources repeating the query's words
 * would fill a short list before the per-source cap thins them out.
 */
const READER_POOL = 4;

/** What a search is answered from: the passages, and the stories their sources belong to. */
export interface SearchCorpus {
  search: CorpusSearch;
  stories: Pick<StoryIndex, 'storyOf'>;
  /**
   * With it, `search` holds the bundled seeds alone and the reader's passages
   * come from their paged index; the two rankings are fused by rank
   * (fuse-rankings.ts says why ranks, not scores).
   */
  reader?: ReaderSearch | undefined;
  /** The whole table of shown sources when it is in memory; else the bundled ones and the hits' are sent. */
  sources?: readonly SourceMeta[] | undefined;
}

/** At most `perSource` hits of one source, in rank order. */
function capPerSource(hits: readonly SearchHit[], perSource: number): SearchHit[] {
  const seen = new Map<string, number>();
  return hits.filter((hit) => {
    const count = (seen.get(hit.sourceId) ?? 0) + 1;
    seen.set(hit.sourceId, count);
    return count <= perSource;
  });
}

/** Passages for the popup's query, each with its source's story, and those stories to head the groups. */
export async function answerSearch(
  request: SearchRequest,
  getCorpus: () => Promise<SearchCorpus>,
): Promise<SearchResponse> {
  const { search, stories, reader, sources } = await getCorpus();
  const limit = request.limit ?? DEFAULT_LIMIT;
  const seeds = search.search(request.query, { limit, perSource: PASSAGES_PER_SOURCE });
  let found = seeds;
  let table = sources ?? [...search.sources.values()];
  let sourceCount = sources?.length ?? search.sources.size;
  if (reader) {
    const [theirs, count] = await Promise.all([
      reader.search(request.query, limit * READER_POOL),
      reader.count(),
    ]);
    found = fuseRankings([seeds, capPerSource(theirs.hits, PASSAGES_PER_SOURCE)], limit);
    if (!sources) {
      table = [...table, ...theirs.sources];
      sourceCount = search.sources.size + count;
    }
  }
  const storyOfSource = new Map<string, Story | null>();
  for (const hit of found)
    if (!storyOfSource.has(hit.sourceId)) storyOfSource.set(hit.sourceId, stories.storyOf(hit.sourceId));
  const hitStories = new Map<string, Story>();
  for (const story of storyOfSource.values()) if (story) hitStories.set(story.id, story);
  return {
    type: 'search-result',
    query: request.query,
    hits: found.map((hit) => ({ ...hit, storyId: storyOfSource.get(hit.sourceId)?.id ?? null })),
    suggestions: search.suggest(request.query),
    sourceCount,
    sources: [...table],
    stories: [...hitStories.values()],
  };
}
