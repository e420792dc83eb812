import { catalogueMatcher, type Catalogue } from '../entities';
import type { CorpusSearch } from '../search';
import type { CorpusView } from './collect-facts';

/** The engine's view of a loaded index and catalogue (the background's, the CLI's, a test's). */
export function corpusView(search: CorpusSearch, catalogue: Catalogue): CorpusView {
  const kinds = new Map(catalogue.entities.map((entity) => [entity.id, entity.kind]));
  return {
    sources: [...search.sources.values()],
    passage: (id) => search.passage(id),
    matcher: catalogueMatcher(catalogue),
    kindOf: (id) => kinds.get(id),
  };
}
