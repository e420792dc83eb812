import type { Catalogue } from '../entities';
import { foldText, type CorpusSearch } from '../search';
import type { CorpusView } from './collect-facts';
import { compareItem, compareSubject } from './compare-item';
import type { Comparison } from './comparison-schema';
import { contentWords } from './content-words';

/** Passages a free-text comparison starts from: enough for every source to have its say. */
const QUERY_PASSAGES = 40;

/**
 * A comparison for what a person typed: the catalogue item it names (by
 * label, id or alias, in any case), else the passages search finds for it.
 */
export function compareQuery(
  view: CorpusView,
  search: CorpusSearch,
  catalogue: Catalogue,
  query: string,
): Comparison {
  const folded = foldText(query.trim());
  const entity = catalogue.entities.find(
    (candidate) =>
      candidate.id === folded ||
      foldText(candidate.label) === folded ||
      candidate.aliases.some((alias) => foldText(alias.text) === folded),
  );
  if (entity) return compareItem(view, entity, query);
  const passages: Record<string, string[]> = {};
  for (const hit of search.search(query, { limit: QUERY_PASSAGES }))
    (passages[hit.sourceId] ??= []).push(hit.id);
  for (const ids of Object.values(passages))
    ids.sort((a, b) => Number(a.split('#')[1]) - Number(b.split('#')[1]));
  return compareSubject(view, { query, item: null, passages, words: contentWords(query) });
}
