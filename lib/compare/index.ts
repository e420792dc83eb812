export { buildItemCard, PASSAGES_PER_SOURCE } from './build-item-card';
export type { ItemCardInput, StoredPassage } from './build-item-card';
