export { CATALOGUE_ASSET, INDEX_ASSET, SOURCES_ASSET } from './asset-paths';
