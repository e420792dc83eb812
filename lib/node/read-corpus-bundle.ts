import { buildCatalogue } from '../catalogue';
import { daysNamedIn } from '../compare/item-passages';
import { textSketch, type Article, type BuildCorpusOptions, type KnownSource } from '../corpus';
import type { Catalogue } from '../entities';
import { buildSearchIndex, type SearchIndexFiles } from '../search';
import { readCorpusDir } from './read-corpus-dir';
import { readEntityOverrides } from './read-entity-overrides';
import { sharedWordnetLexicon } from './wordnet-lexicon';

/** Everything built from a corpus folder: what the extension ships, and the parsed articles. */
export interface CorpusBundle extends SearchIndexFiles {
  articles: Article[];
  catalogue: Catalogue;
  /** What a page needs to recognise that it is one of the articles. */
  signatures: KnownSource[];
}

/**
 * Reads a corpus folder and builds the entity catalogue (refined by the
 * folder's `entities.json`, if any) and the passage index whose passages
 * know which items they mention. The build, the CLI and the tests share it.
 */
export function readCorpusBundle(dir: string, options: BuildCorpusOptions = {}): CorpusBundle {
  const articles = readCorpusDir(dir, options);
  const overrides = readEntityOverrides(dir);
  const { catalogue, passageEntities } = buildCatalogue(articles, {
    overrides: overrides?.overrides,
    overridesFile: overrides?.file,
    lexicon: sharedWordnetLexicon(),
    // The reader's merged corpus (lib/user-sources/merged-corpus.ts) resolves weekdays with the same function.
    namedDays: daysNamedIn,
  });
  const signatures = articles.map((article) => ({
    id: article.meta.id,
    url: article.meta.url,
    sketch: textSketch(article.body),
  }));
  return { articles, catalogue, signatures, ...buildSearchIndex(articles, passageEntities) };
}
