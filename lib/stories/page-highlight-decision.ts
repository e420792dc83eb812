import { pageHighlights, type HighlightScope, type ItemStanding } from './highlight-policy';
import type { StoryIndex } from './story-index';
import { storySignals, YEAR_PREFIX } from './story-signals';
import type { StoryScore } from './story-types';

/**
 * Characters of a page's text its story is decided from: a news article is far
 * shorter, and the rest of a long page (comments, references) adds little.
 * The content script sends no more (lib/messaging's MAX_PAGE_TEXT).
 */
export const MAX_STORY_TEXT = 100_000;

export interface PageHighlightQuestion {
  /** The page's readable text (only its first MAX_STORY_TEXT characters are read). */
  text: string;
  /** The item of each mention the matcher found on the page (repeats count). */
  entityIds: readonly string[];
  /** The corpus article the page is, if it is one. */
  pageSourceId: string | null;
  stories: Pick<StoryIndex, 'match' | 'storyOf'>;
  standingOf: (itemId: string) => ItemStanding;
  scope: HighlightScope;
}

export interface PageHighlightDecision {
  /** The page's story and how close it is, or null when it belongs to none. */
  story: StoryScore | null;
  /** Ids of the page's items it highlights. */
  shown: Set<string>;
}

/**
 * The page → story decision and what the page therefore highlights: the
 * background answers the content script with it, and the `entities` CLI and
 * the evaluation report the very same decision. A corpus article opened as a
 * page is on its own story.
 */
export function decidePageHighlights(question: PageHighlightQuestion): PageHighlightDecision {
  const { text, entityIds, pageSourceId, stories } = question;
  const signals = storySignals(
    text.slice(0, MAX_STORY_TEXT),
    entityIds.map((entityId) => ({ entityId })),
  );
  const own = pageSourceId === null ? null : stories.storyOf(pageSourceId);
  const story = own ? { story: own, score: 1 } : stories.match(signals).best;
  const shown = pageHighlights({
    itemIds: new Set(entityIds),
    onStory: story !== null,
    pageYears: pageYearsOf(signals.features),
    scope: question.scope,
    standingOf: question.standingOf,
  });
  return { story, shown };
}

/**
 * The years a page is from: those it names most. A page names other years in
 * passing ("retrieved 8 August 2017", "51 million in 2025"); its own year is
 * the one its dates keep coming back to.
 */
export function pageYearsOf(features: ReadonlyMap<string, number>): Set<string> {
  let most = 0;
  const years = new Set<string>();
  for (const [key, count] of features) {
    if (!key.startsWith(YEAR_PREFIX) || count < most) continue;
    if (count > most) years.clear();
    most = count;
    years.add(key.slice(YEAR_PREFIX.length));
  }
  return years;
}
