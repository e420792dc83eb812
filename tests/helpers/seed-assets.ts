import type { BundledAssets } from '@/lib/background';
import { readCorpusBundle, type CorpusBundle } from '@/lib/node';
import { corpusStoriesFile } from '@/lib/stories';
import { SEEDS_DIR } from './fixtures';

/** What the service worker reads from the shipped files, built from a corpus folder (the seeds by default). */
export function bundledAssetsOf(built: CorpusBundle = readCorpusBundle(SEEDS_DIR)): BundledAssets {
  return {
    key: 'test',
    sources: built.sources,
    indexJson: built.indexJson,
    catalogue: built.catalogue,
    signatures: built.signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] })),
    storiesJson: corpusStoriesFile(built.articles, built.catalogue),
  };
}
