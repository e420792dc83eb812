export { buildCatalogue } from './build-catalogue';
export type { BuiltCatalogue, CatalogueOptions } from './build-catalogue';
export { KEEP } from './merge-candidates';
