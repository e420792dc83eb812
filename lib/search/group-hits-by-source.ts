import type { SearchHit } from './search-hit';

export interface HitGroup {
  sourceId: string;
  hits: SearchHit[];
}

/**
 * Groups hits by source, ordering groups by their best hit and keeping each
 * group's hits in rank order; at most `perSource` hits a source.
 */
export function groupHitsBySource(hits: readonly SearchHit[], perSource = 3): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.sourceId);
    if (!group) {
      group = { sourceId: hit.sourceId, hits: [] };
      groups.set(hit.sourceId, group);
    }
    if (group.hits.length < perSource) group.hits.push(hit);
  }
  return [...groups.values()];
}
