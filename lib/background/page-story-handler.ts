import type { PageStoryRequest, PageStoryResponse } from '../messaging';
import { decidePageHighlights } from '../stories';
import type { BundledCorpus } from './corpus-for';
import { standingsFor } from './standings-for';

/**
 * A page's story and the items it highlights with the default scope ("this
 * story's items"); the content script shows every item when the reader chose
 * "every known item".
 */
export async function answerPageStory(
  request: PageStoryRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<PageStoryResponse> {
  const corpus = await getCorpus();
  const decision = decidePageHighlights({
    text: request.text,
    entityIds: request.entityIds,
    pageSourceId: request.pageSourceId,
    stories: corpus.stories,
    standingOf: standingsFor(corpus),
    scope: 'story',
  });
  return {
    type: 'page-story',
    story:
      decision.story === null
        ? null
        : { story: decision.story.story, score: Math.min(1, Math.max(0, decision.story.score)) },
    shown: [...decision.shown],
  };
}
