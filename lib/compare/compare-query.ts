import type { Catalogue } from '../entities';
import { foldText, type CorpusSearch } from '../search';
import type { CorpusView } from './collect-facts';
import { compareItem, compareSubject } from './compare-item';
import type { Comparison } from './comparison-schema';
import { contentWords } from './content-words';
import type { StoryOfSource } from './source-stories';

/** Passages a free-text comparison starts from: enough for every source to have its say. */
const QUERY_PASSAGES = 40;
/**
 * A selected passage is compared with the few closest passages of each
 * source, not with every sentence that shares one of its words; the
 * candidates are the best-ranked passages of the corpus sharing any word.
 */
const SELECTION_PASSAGES_PER_SOURCE = 2;
const SELECTION_CANDIDATES = 200;

/**
 * A comparison for what a person typed: the catalogue item it names (by
 * label, id or alias, in any case), else the passages search finds for it.
 */
export function compareQuery(
  view: CorpusView,
  search: CorpusSearch,
  catalogue: Catalogue,
  query: string,
  storyOf?: StoryOfSource,
): Comparison {
  const folded = foldText(query.trim());
  const entity = catalogue.entities.find(
    (candidate) =>
      candidate.id === folded ||
      foldText(candidate.label) === folded ||
      candidate.aliases.some((alias) => foldText(alias.text) === folded),
  );
  if (entity) return compareItem(view, entity, query, storyOf);
  const passages: Record<string, string[]> = {};
  for (const hit of search.search(query, { limit: QUERY_PASSAGES }))
    (passages[hit.sourceId] ??= []).push(hit.id);
  return compareSubject(
    view,
    { query, item: null, passages: inArticleOrder(passages), words: contentWords(query) },
    storyOf,
  );
}

/**
 * A comparison for a passage selected on a page: each source's closest
 * passages (by the search ranking over any of its words) and their facts.
 */
export function compareSelection(
  view: CorpusView,
  search: CorpusSearch,
  text: string,
  storyOf?: StoryOfSource,
): Comparison {
  const passages: Record<string, string[]> = {};
  for (const hit of search.search(text, { limit: SELECTION_CANDIDATES, anyWord: true })) {
    const ids = (passages[hit.sourceId] ??= []);
    if (ids.length < SELECTION_PASSAGES_PER_SOURCE) ids.push(hit.id);
  }
  return compareSubject(
    view,
    { query: text, item: null, passages: inArticleOrder(passages), words: contentWords(text) },
    storyOf,
  );
}

/** Passage ids (`source#n`) of each source in the order they stand in the article. */
function inArticleOrder(passages: Record<string, string[]>): Record<string, string[]> {
  for (const ids of Object.values(passages))
    ids.sort((a, b) => Number(a.split('#')[1]) - Number(b.split('#')[1]));
  return passages;
}
