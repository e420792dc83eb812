import {
  alignFacts,
  buildItemCard,
  cardFindings,
  compareItem,
  compareQuery,
  compareSelection,
  differentTimeSources,
  pageFacts,
  THIS_PAGE_ID,
  type Comparison,
} from '../compare';
import type {
  CompareRequest,
  CompareResponse,
  ItemCardRequest,
  ItemCardResponse,
  PageSetupResponse,
} from '../messaging';
import type { BundledCorpus } from './corpus-for';

/** What a content script needs to highlight a page: the aliases to find and the articles to recognise. */
export async function answerPageSetup(getCorpus: () => Promise<BundledCorpus>): Promise<PageSetupResponse> {
  const { catalogue, signatures } = await getCorpus();
  return {
    type: 'page-setup',
    items: catalogue.entities.map(({ id, label, kind, aliases }) => ({ id, label, kind, aliases })),
    sources: signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] })),
  };
}

/**
 * The comparison with the page's own figures set beside the sources' when the
 * page is not a corpus article; findings about the page come first.
 */
function withPage(comparison: Comparison, request: ItemCardRequest, corpus: BundledCorpus): Comparison {
  if (request.pageSourceId !== null || !request.pageContext) return comparison;
  const page = pageFacts(request.pageContext);
  if (page.length === 0) return comparison;
  const aligned = alignFacts([...comparison.facts, ...page], differentTimeSources(corpus.view.sources));
  const aboutPage = (list: Comparison['discrepancies']) =>
    list.filter((group) => group.values.some((value) => value.sourceId === THIS_PAGE_ID));
  return {
    ...comparison,
    discrepancies: [...aboutPage(aligned.discrepancies), ...comparison.discrepancies],
    agreements: [...aboutPage(aligned.agreements), ...comparison.agreements],
  };
}

export async function answerItemCard(
  request: ItemCardRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<ItemCardResponse> {
  const corpus = await getCorpus();
  const { catalogue, search } = corpus;
  const entity = catalogue.entities.find((candidate) => candidate.id === request.entityId);
  if (!entity) throw new Error(`compare: no item "${request.entityId}" in the catalogue`);
  let comparison = corpus.comparisons.get(entity.id);
  if (!comparison) {
    comparison = compareItem(corpus.view, entity);
    corpus.comparisons.set(entity.id, comparison);
  }
  const labels = new Map(catalogue.entities.map((candidate) => [candidate.id, candidate.label]));
  return {
    ...buildItemCard({
      entity,
      sources: [...search.sources.values()],
      passage: (id) => search.passage(id),
      pageSourceId: request.pageSourceId,
    }),
    findings: cardFindings(withPage(comparison, request, corpus), (id) => labels.get(id)),
  };
}

export async function answerCompare(
  request: CompareRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<CompareResponse> {
  const { view, search, catalogue } = await getCorpus();
  const comparison =
    request.subject === 'selection'
      ? compareSelection(view, search, request.query)
      : compareQuery(view, search, catalogue, request.query);
  return { type: 'comparison', comparison };
}
