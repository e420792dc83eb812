export { buildCorpusAssets } from './build-corpus-assets';
export type { CorpusAsset } from './build-corpus-assets';
export { readCorpusBundle } from './read-corpus-bundle';
export type { CorpusBundle } from './read-corpus-bundle';
export { readCorpusDir } from './read-corpus-dir';
export { OVERRIDES_FILE, readEntityOverrides } from './read-entity-overrides';
export { sharedWordnetLexicon, wordnetLexicon } from './wordnet-lexicon';
