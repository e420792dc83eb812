/** Where the build puts the corpus files inside the extension. */
export const SOURCES_ASSET = 'corpus/sources.json';
export const INDEX_ASSET = 'corpus/index.json';
export const CATALOGUE_ASSET = 'corpus/catalogue.json';
export const SIGNATURES_ASSET = 'corpus/signatures.json';
export const STORIES_ASSET = 'corpus/stories.json';
/** Claims read from each passage at build time (lib/node's extractClaims): compromise does not ship. */
export const CLAIMS_ASSET = 'corpus/claims.json';
