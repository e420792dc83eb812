/** Where the build puts the corpus files inside the extension. */
export const SOURCES_ASSET = 'corpus/sources.json';
export const INDEX_ASSET = 'corpus/index.json';
export const CATALOGUE_ASSET = 'corpus/catalogue.json';
export const SIGNATURES_ASSET = 'corpus/signatures.json';
export const STORIES_ASSET = 'corpus/stories.json';
