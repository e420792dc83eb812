import type { Entity } from '../entities';
import type { CorpusView } from './collect-facts';
import { storySources, type BriefedStory } from './story-briefing';
import {
  LISTED_STORY_ITEMS,
  MAX_BRIEFING_SOURCES,
  MAX_LISTED_STORIES,
  type StorySummary,
} from './story-briefing-schema';

/**
 * The corpus' stories as a list shows them: label, dates, sources (earliest
 * first) and the items that characterise each: named by at least half of its
 * sources (one source's aside is not the story's), then ranked by share ×
 * rarity, as a story's label is made.
 * The latest stories come first; stories whose sources are all hidden are left
 * out.
 */
export function storySummaries(
  view: CorpusView,
  entities: readonly Entity[],
  stories: readonly BriefedStory[],
): StorySummary[] {
  const corpusSize = view.sources.length;
  const spread = new Map(entities.map((entity) => [entity.id, Object.keys(entity.sources).length]));
  return stories
    .flatMap((story) => {
      const sources = storySources(view, story.sourceIds);
      if (sources.length === 0) return [];
      const items = entities
        .flatMap((entity) => {
          if (entity.kind === 'date') return [];
          const reporting = sources.filter((source) => entity.sources[source.id]?.length).length;
          if (reporting === 0 || reporting * 2 < sources.length) return [];
          const rarity = Math.log((corpusSize + 1) / (spread.get(entity.id) ?? 1));
          return [{ entity, score: (reporting / sources.length) * rarity }];
        })
        .sort((a, b) => b.score - a.score || a.entity.label.localeCompare(b.entity.label))
        .slice(0, LISTED_STORY_ITEMS)
        .map(({ entity }) => ({ id: entity.id, label: entity.label, kind: entity.kind }));
      return [
        {
          id: story.id,
          label: story.label,
          from: story.from,
          to: story.to,
          sources: sources.slice(0, MAX_BRIEFING_SOURCES),
          moreSources: Math.max(0, sources.length - MAX_BRIEFING_SOURCES),
          items,
        },
      ];
    })
    .sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || b.sources.length - a.sources.length)
    .slice(0, MAX_LISTED_STORIES);
}
