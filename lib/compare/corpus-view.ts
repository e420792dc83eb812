import { catalogueMatcher, type Catalogue, type EntityKind, type Matcher } from '../entities';
import type { SourceMeta } from '../corpus';
import type { CorpusSearch } from '../search';
import type { CorpusView } from './collect-facts';

/**
 * The engine's view of a loaded index and catalogue (the background's, the
 * CLI's, a test's). The matcher and kinds are built on first use: a change
 * of the reader's sources makes a new view, and its answer reads neither.
 */
export function corpusView(search: CorpusSearch, catalogue: Catalogue): CorpusView {
  let matcher: Matcher | null = null;
  let kinds: ReadonlyMap<string, EntityKind> | null = null;
  return {
    sources: [...search.sources.values()],
    passage: (id) => search.passage(id),
    get matcher() {
      matcher ??= catalogueMatcher(catalogue);
      return matcher;
    },
    kindOf: (id) => {
      kinds ??= new Map(catalogue.entities.map((entity) => [entity.id, entity.kind]));
      return kinds.get(id);
    },
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
