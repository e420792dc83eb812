import type { SearchRequest, SearchResponse } from '../messaging';
import { PASSAGES_PER_SOURCE, type CorpusSearch } from '../search';
import type { Story, StoryIndex } from '../stories';

const DEFAULT_LIMIT = 30;

/** What a search is answered from: the passages, and the stories their sources belong to. */
export interface SearchCorpus {
  search: CorpusSearch;
  stories: Pick<StoryIndex, 'storyOf'>;
}

/** Passages for the popup's query, each with its source's story, and those stories to head the groups. */
export async function answerSearch(
  request: SearchRequest,
  getCorpus: () => Promise<SearchCorpus>,
): Promise<SearchResponse> {
  const { search, stories } = await getCorpus();
  const found = search.search(request.query, {
    limit: request.limit ?? DEFAULT_LIMIT,
    perSource: PASSAGES_PER_SOURCE,
  });
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
    sourceCount: search.sources.size,
    sources: [...search.sources.values()],
    stories: [...hitStories.values()],
  };
}
