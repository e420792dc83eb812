import { catalogueMatcher, type Catalogue } from '../entities';
import type { SourceMeta } from '../corpus';
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

/**
 * The engine's view of some sources and their passages, without an index:
 * what a card reads when it loads only the sources it needs (the background's
 * scoped card). `entities` are every item, for the speakers' matcher.
 */
export function scopedCorpusView(parts: {
  sources: readonly SourceMeta[];
  passage: CorpusView['passage'];
  entities: Catalogue['entities'];
}): CorpusView {
  const kinds = new Map(parts.entities.map((entity) => [entity.id, entity.kind]));
  return {
    sources: parts.sources,
    passage: parts.passage,
    matcher: catalogueMatcher({ format: 1, entities: parts.entities }),
    kindOf: (id) => kinds.get(id),
  };
}
