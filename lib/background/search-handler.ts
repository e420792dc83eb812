import type { SearchRequest, SearchResponse } from '../messaging';
import type { CorpusSearch } from '../search';

const DEFAULT_LIMIT = 30;

export async function answerSearch(
  request: SearchRequest,
  getSearch: () => Promise<CorpusSearch>,
): Promise<SearchResponse> {
  const search = await getSearch();
  return {
    type: 'search-result',
    query: request.query,
    hits: search.search(request.query, { limit: request.limit ?? DEFAULT_LIMIT }),
    suggestions: search.suggest(request.query),
    sourceCount: search.sources.size,
    sources: [...search.sources.values()],
  };
}
