import type { SearchHit } from './search-hit';

export interface HitGroup {
  sourceId: string;
  hits: SearchHit[];
}

/**
 * Passages shown per source: its best, and a couple more for context, so one
 * source that repeats a word cannot fill the list.
 */
export const PASSAGES_PER_SOURCE = 3;

/**
 * Groups hits by source, ordering groups by their best hit and keeping each
 * group's hits in rank order; at most `perSource` hits a source.
 */
export function groupHitsBySource(hits: readonly SearchHit[], perSource = PASSAGES_PER_SOURCE): HitGroup[] {
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
