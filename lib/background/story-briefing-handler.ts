import { storyBriefing } from '../compare';
import type { StoryBriefingRequest, StoryBriefingResponse } from '../messaging';
import type { BundledCorpus } from './corpus-for';

/**
 * A story's briefing, built whole by lib/compare: the story named, else the
 * story of the corpus article the page is. An unknown story, or a page in
 * none, is answered with no briefing rather than an error: the sidebar then
 * says the page is off-story.
 */
export async function answerStoryBriefing(
  request: StoryBriefingRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<StoryBriefingResponse> {
  const { view, catalogue, stories } = await getCorpus();
  const story =
    request.storyId !== null
      ? (stories.stories().find((candidate) => candidate.id === request.storyId) ?? null)
      : request.pageSourceId !== null
        ? stories.storyOf(request.pageSourceId)
        : null;
  if (!story) return { type: 'story-briefing', briefing: null };
  const labels = new Map(catalogue.entities.map((entity) => [entity.id, entity.label]));
  return {
    type: 'story-briefing',
    briefing: storyBriefing({
      view,
      entities: catalogue.entities,
      story,
      pageSourceId: request.pageSourceId,
      pageItemIds: request.pageItemIds,
      labelOf: (id) => labels.get(id),
    }),
  };
}
