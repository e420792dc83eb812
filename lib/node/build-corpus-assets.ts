import type { BuildCorpusOptions } from '../corpus';
import {
  CATALOGUE_ASSET,
  CLAIMS_ASSET,
  INDEX_ASSET,
  SIGNATURES_ASSET,
  SOURCES_ASSET,
  STORIES_ASSET,
} from '../corpus-assets';
import { catalogueMatcher } from '../entities';
import { corpusStoriesFile } from '../stories';
import { extractClaims } from './extract-claims';
import { readCorpusBundle } from './read-corpus-bundle';

/** One file the extension ships, path relative to its root. */
export interface CorpusAsset {
  relativeDest: string;
  contents: string;
}

/**
 * Every `corpus/*.json` file the extension ships, built and serialised from a
 * corpus folder. All or nothing: the files are returned only once the whole
 * corpus has been read, checked and indexed, so a bad file fails the build
 * before one byte is written and the extension can never ship a half-built
 * index (or an index beside a catalogue of another corpus).
 */
export function buildCorpusAssets(dir: string, options: BuildCorpusOptions = {}): CorpusAsset[] {
  const built = readCorpusBundle(dir, options);
  return [
    { relativeDest: SOURCES_ASSET, contents: JSON.stringify(built.sources) },
    { relativeDest: INDEX_ASSET, contents: built.indexJson },
    { relativeDest: CATALOGUE_ASSET, contents: JSON.stringify(built.catalogue) },
    { relativeDest: SIGNATURES_ASSET, contents: JSON.stringify(built.signatures) },
    {
      relativeDest: STORIES_ASSET,
      contents: JSON.stringify(corpusStoriesFile(built.articles, built.catalogue)),
    },
    {
      relativeDest: CLAIMS_ASSET,
      contents: JSON.stringify(extractClaims(built.articles, catalogueMatcher(built.catalogue))),
    },
  ];
}
