import type { SourceMeta } from '../corpus';
import type { Entity } from '../entities';

export interface CoverageRow {
  itemId: string;
  label: string;
  /** Source id → passages mentioning the item (0: silent). */
  counts: Record<string, number>;
}

/** Who mentions what: items × sources, the passages each source gives each item. */
export function coverageMatrix(entities: readonly Entity[], sources: readonly SourceMeta[]): CoverageRow[] {
  return entities.map((entity) => ({
    itemId: entity.id,
    label: entity.label,
    counts: Object.fromEntries(sources.map((source) => [source.id, entity.sources[source.id]?.length ?? 0])),
  }));
}
