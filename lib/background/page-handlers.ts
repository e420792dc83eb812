import {
  buildItemCard,
  cardClaims,
  compareItem,
  compareQuery,
  compareSelection,
  eventStoryOf,
} from '../compare';
import { catalogueConcepts } from '../compare/claims';
import type {
  CompareRequest,
  CompareResponse,
  ItemCardRequest,
  ItemCardResponse,
  PageSetupResponse,
} from '../messaging';
import type { Entity } from '../entities';
import type { Story } from '../stories';
import type { BundledCorpus } from './corpus-for';
import { standingsFor } from './standings-for';

/** Each source's story, as lib/compare takes it (plain data). */
function storyOfSource({ stories }: Pick<BundledCorpus, 'stories'>): (sourceId: string) => Story | null {
  return (sourceId) => stories.storyOf(sourceId);
}

/** The key claims are compared under: each source's story, cut where its sources report events days apart. */
function claimEventOf(corpus: Pick<BundledCorpus, 'view' | 'stories'>): (sourceId: string) => string | null {
  return eventStoryOf(corpus.view, (sourceId) => corpus.stories.storyOf(sourceId)?.id ?? null);
}

/** What a content script needs to highlight a page: the aliases to find and the articles to recognise. */
export async function answerPageSetup(getCorpus: () => Promise<BundledCorpus>): Promise<PageSetupResponse> {
  const corpus = await getCorpus();
  const { catalogue, signatures } = corpus;
  const standingOf = standingsFor(corpus);
  return {
    type: 'page-setup',
    items: catalogue.entities.map(({ id, label, kind, aliases }) => ({
      id,
      label,
      kind,
      aliases,
      specific: standingOf(id).kind === 'specific',
    })),
    sources: signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] })),
  };
}

/** What a card is built from: the merged corpus, or the scoped view of a cold card (scoped-item-card.ts). */
export type CardCorpus = Pick<BundledCorpus, 'view' | 'comparisons' | 'stories' | 'claimsOf'> & {
  /** Every item, for the speakers' labels and the concept links. */
  entities: readonly Entity[];
};

/** The card of `entity` over `corpus`: the engine unchanged, whichever corpus it reads. */
export function itemCardOf(corpus: CardCorpus, entity: Entity, request: ItemCardRequest): ItemCardResponse {
  const storyOf = storyOfSource(corpus);
  let comparison = corpus.comparisons.get(entity.id);
  if (!comparison) {
    comparison = compareItem(corpus.view, entity, entity.label, storyOf);
    corpus.comparisons.set(entity.id, comparison);
  }
  const labels = new Map(corpus.entities.map((candidate) => [candidate.id, candidate.label]));
  const card = buildItemCard({
    entity,
    sources: corpus.view.sources,
    passage: (id) => corpus.view.passage(id),
    pageSourceId: request.pageSourceId,
    pageStoryId: request.pageStoryId,
    pageContext: request.pageContext,
    storyOf,
    eventOf: claimEventOf(corpus),
    comparison,
    labelOf: (id) => labels.get(id),
    claimsOf: corpus.claimsOf,
    concepts: catalogueConcepts(corpus.entities),
  });
  return { type: 'item-card', ...card };
}

export async function answerItemCard(
  request: ItemCardRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<ItemCardResponse> {
  const corpus = await getCorpus();
  const { entities } = corpus.catalogue;
  const entity = entities.find((candidate) => candidate.id === request.entityId);
  if (!entity) throw new Error(`compare: no item "${request.entityId}" in the catalogue`);
  return itemCardOf({ ...corpus, entities }, entity, request);
}

export async function answerCompare(
  request: CompareRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<CompareResponse> {
  const corpus = await getCorpus();
  const { view, search, catalogue } = corpus;
  const storyOf = storyOfSource(corpus);
  const comparison =
    request.subject === 'selection'
      ? compareSelection(view, search, request.query, storyOf)
      : compareQuery(view, search, catalogue, request.query, storyOf);
  const { item } = comparison;
  const entity = item && catalogue.entities.find((candidate) => candidate.id === item.id);
  // The card's claims, for the same item: the sidebar sets them side by side too.
  const claims =
    entity && corpus.claimsOf
      ? cardClaims({
          entity,
          sourceIds: comparison.sources.map((source) => source.sourceId),
          claimsOf: corpus.claimsOf,
          concepts: catalogueConcepts(catalogue.entities),
          storyOf,
          eventOf: claimEventOf(corpus),
          pageSourceId: null,
        })
      : undefined;
  return { type: 'comparison', comparison, ...(claims && { claims }) };
}
