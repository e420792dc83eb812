import { groupHitsBySource, PASSAGES_PER_SOURCE, type HitGroup } from './group-hits-by-source';
import type { SearchHit } from './search-hit';

/** What a story group is headed with: the story's label and dates (lib/stories' Story has these). */
export interface HitStory {
  id: string;
  label: string;
  from: string | null;
  to: string | null;
}

export interface StoryHitGroup<S extends HitStory = HitStory> {
  /** Null for the sources in no known story. */
  story: S | null;
  sources: HitGroup[];
}

/**
 * Groups hits by their story, then by source: stories ordered by their best
 * hit, sources within a story by theirs, each source's best passage first
 * and at most `perSource` of them. A hit whose story is unknown (no
 * `storyId`, or one missing from `stories`) joins the storyless group.
 */
export function groupHitsByStory<S extends HitStory>(
  hits: readonly SearchHit[],
  stories: ReadonlyMap<string, S>,
  perSource = PASSAGES_PER_SOURCE,
): StoryHitGroup<S>[] {
  const byStory = new Map<string | null, SearchHit[]>();
  for (const hit of hits) {
    const storyId = hit.storyId ?? null;
    const key = storyId !== null && stories.has(storyId) ? storyId : null;
    const list = byStory.get(key);
    if (list) list.push(hit);
    else byStory.set(key, [hit]);
  }
  return [...byStory].map(([id, storyHits]) => ({
    story: id === null ? null : (stories.get(id) as S),
    sources: groupHitsBySource(storyHits, perSource),
  }));
}
