export { CLAIMS_ASSET } from './asset-paths';
export { CATALOGUE_ASSET, INDEX_ASSET, SIGNATURES_ASSET, SOURCES_ASSET, STORIES_ASSET } from './asset-paths';
