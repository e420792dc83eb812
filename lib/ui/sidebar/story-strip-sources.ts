import type { StoryBriefing } from '../../compare/story-briefing-schema';
import { sourceName } from '../source-name';
import type { StripSource } from './CoverageStrip';

/**
 * The story's main items: those most of its sources report (the briefing's
 * coverage rows come in that order). Ten is what a reader takes in as "what
 * the story is about"; the rest of the thirty rows are the long tail a single
 * source adds, which would make every outlet look thin.
 */
export const MAIN_ITEMS = 10;

/**
 * One strip cell per source of a story, in the briefing's order, counting how
 * many of the story's main items the source reports (0: none of them).
 */
export function storyStripSources(
  briefing: Pick<StoryBriefing, 'sources' | 'coverage'>,
  mainItems: number = MAIN_ITEMS,
): { sources: StripSource[]; items: number } {
  const rows = briefing.coverage.slice(0, mainItems);
  const sources = briefing.sources.map((source) => ({
    id: source.id,
    name: sourceName(source),
    passages: rows.filter((row) => (row.counts[source.id] ?? 0) > 0).length,
  }));
  return { sources, items: rows.length };
}
