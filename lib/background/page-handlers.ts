import { buildItemCard } from '../compare';
import type { ItemCardRequest, ItemCardResponse, PageSetupResponse } from '../messaging';
import type { BundledCorpus } from './load-bundled-corpus';

/** What a content script needs to highlight a page: the aliases to find and the articles to recognise. */
export async function answerPageSetup(getCorpus: () => Promise<BundledCorpus>): Promise<PageSetupResponse> {
  const { catalogue, signatures } = await getCorpus();
  return {
    type: 'page-setup',
    items: catalogue.entities.map(({ id, label, kind, aliases }) => ({ id, label, kind, aliases })),
    sources: signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] })),
  };
}

export async function answerItemCard(
  request: ItemCardRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<ItemCardResponse> {
  const { catalogue, search } = await getCorpus();
  const entity = catalogue.entities.find((candidate) => candidate.id === request.entityId);
  if (!entity) throw new Error(`compare: no item "${request.entityId}" in the catalogue`);
  return buildItemCard({
    entity,
    sources: [...search.sources.values()],
    passage: (id) => search.passage(id),
    pageSourceId: request.pageSourceId,
  });
}
