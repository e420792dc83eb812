export { INDEX_ASSET, SOURCES_ASSET } from './asset-paths';
