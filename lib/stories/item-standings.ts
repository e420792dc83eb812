import type { Entity } from '../entities/catalogue-schema';
import {
  HIGHLIGHT_POLICY,
  itemStanding,
  type HighlightPolicyOptions,
  type ItemStanding,
} from './highlight-policy';
import type { StoryIndex } from './story-index';

/** A standing for an item the corpus does not know (it cannot say anything about it). */
const UNKNOWN: ItemStanding = Object.freeze({ kind: 'generic' });

/**
 * Every catalogue item's standing (see `itemStanding`), worked out once per
 * corpus: the background answers every page from it, the CLI and the
 * evaluation run the same code.
 */
export function itemStandings(
  entities: readonly Pick<Entity, 'id' | 'kind' | 'sources' | 'mentions' | 'aliases'>[],
  stories: Pick<StoryIndex, 'storyOf' | 'stories'>,
  publishedOf: (sourceId: string) => string | null | undefined,
  options: HighlightPolicyOptions = HIGHLIGHT_POLICY,
): (itemId: string) => ItemStanding {
  const storyCount = stories.stories().length;
  const storyIds = new Map<string, string | undefined>();
  const corpus = {
    storyCount,
    storyOf: (sourceId: string) => {
      if (!storyIds.has(sourceId)) storyIds.set(sourceId, stories.storyOf(sourceId)?.id);
      return storyIds.get(sourceId);
    },
    yearOf: (sourceId: string) => {
      const published = publishedOf(sourceId);
      return published && /^\d{4}-/u.test(published) ? published.slice(0, 4) : undefined;
    },
  };
  const standings = new Map<string, ItemStanding>();
  for (const entity of entities) {
    standings.set(
      entity.id,
      itemStanding(
        {
          id: entity.id,
          kind: entity.kind,
          sourceIds: Object.keys(entity.sources),
          mentions: entity.mentions,
          aliases: entity.aliases,
        },
        corpus,
        options,
      ),
    );
  }
  return (itemId) => standings.get(itemId) ?? UNKNOWN;
}
