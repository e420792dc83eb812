import { storySummaries } from '../compare';
import type { StoriesListResponse } from '../messaging';
import type { BundledCorpus } from './corpus-for';

/** The corpus' stories with their visible sources and characteristic items. */
export async function answerStoriesList(
  getCorpus: () => Promise<BundledCorpus>,
): Promise<StoriesListResponse> {
  const { view, catalogue, stories } = await getCorpus();
  return { type: 'stories-list', stories: storySummaries(view, catalogue.entities, stories.stories()) };
}
