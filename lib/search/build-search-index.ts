import MiniSearch from 'minisearch';
import type { Article, SourceMeta } from '../corpus';
import { articlePassages, type Passage } from './passage';
import { INDEX_OPTIONS } from './search-options';

/** What the build ships: the sources table and MiniSearch's own JSON. */
export interface SearchIndexFiles {
  sources: SourceMeta[];
  /** `JSON.stringify(miniSearch)`, loaded back with `MiniSearch.loadJSON`. */
  indexJson: string;
}

export function createPassageIndex(): MiniSearch<Passage> {
  return new MiniSearch<Passage>(INDEX_OPTIONS);
}

/**
 * `passageEntities` (from the entity catalogue) gives each passage its
 * `entities` field, so search can filter and boost by item.
 */
export function buildSearchIndex(
  articles: readonly Article[],
  passageEntities: ReadonlyMap<string, readonly string[]> = new Map(),
): SearchIndexFiles {
  const index = createPassageIndex();
  index.addAll(articles.flatMap((article) => articlePassages(article, passageEntities)));
  return { sources: articles.map((article) => article.meta), indexJson: JSON.stringify(index) };
}
