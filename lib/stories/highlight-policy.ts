import type { EntityKind } from '../entities/catalogue-schema';
import { TITLE_MODIFIERS, TITLES } from '../lexicon/titles';

/**
 * Which items a page highlights: every item on a page of one of the corpus'
 * stories; off-story, only those the corpus can say something specific about.
 * Decided from what the corpus knows of each item (its kind, which sources
 * and stories mention it, how often) and from the years the page mentions;
 * never from a list of names.
 */
export interface HighlightPolicyOptions {
  /**
   * An actor named in at most this share of the corpus' stories (and in at
   * least one fewer than all of them) is specific: a person in one story of
   * twenty is someone; one in half of them is the corpus' background.
   */
  fewStoriesShare: number;
  /** Sources that must name an item before there is anything to set side by side. */
  minSources: number;
  /**
   * Mean mentions per source that names the item: under it, every source
   * names it in passing (a credit, a backdrop) and says nothing about it.
   */
  minMentionsPerSource: number;
}

export const HIGHLIGHT_POLICY: Readonly<HighlightPolicyOptions> = Object.freeze({
  fewStoriesShare: 0.05,
  minSources: 2,
  minMentionsPerSource: 2,
});

/** What the reader chose: the page's story's items (default), or every item the corpus knows. */
export type HighlightScope = 'story' | 'every';

/** What the policy needs to know of an item. */
export interface PolicyItem {
  id: string;
  kind: EntityKind;
  /** Ids of the sources that mention it. */
  sourceIds: readonly string[];
  /** Its mentions across the corpus. */
  mentions: number;
  /** The names it is matched by. */
  aliases: readonly { text: string }[];
}

/** What the policy needs to know of the corpus. */
export interface PolicyCorpus {
  /** How many stories the corpus holds. */
  storyCount: number;
  /** The story a source belongs to (its id), if any. */
  storyOf: (sourceId: string) => string | undefined;
  /** The year (YYYY) a source was published, if known. */
  yearOf: (sourceId: string) => string | undefined;
}

/**
 * An item's standing off its stories:
 * - `specific`: shown on any page (an actor of few stories that its sources discuss);
 * - `dated`: a calendar day, shown off-story only on a page that mentions one of its years
 *   ("August 8" of a 2025 story says nothing about an August 8 of 2019);
 * - `generic`: shown only on a page of the corpus' stories.
 */
export type ItemStanding =
  { kind: 'specific' } | { kind: 'dated'; years: readonly string[] } | { kind: 'generic' };

const GENERIC: ItemStanding = Object.freeze({ kind: 'generic' });
const SPECIFIC: ItemStanding = Object.freeze({ kind: 'specific' });

/**
 * Places and topics are the settings and subject matter that many events
 * share ("Canada", "oil"): the corpus' passages about them are about its own
 * stories, not the page's. Persons and organisations act and speak, and what
 * the sources say they did is worth setting beside any page that names them.
 */
const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation']);

/** An item's standing in the corpus (see ItemStanding). */
export function itemStanding(
  item: PolicyItem,
  corpus: PolicyCorpus,
  options: HighlightPolicyOptions = HIGHLIGHT_POLICY,
): ItemStanding {
  if (item.kind === 'date') {
    const years = new Set<string>();
    for (const sourceId of item.sourceIds) {
      const year = corpus.yearOf(sourceId);
      if (year !== undefined) years.add(year);
    }
    return years.size > 0 ? { kind: 'dated', years: [...years].sort() } : GENERIC;
  }
  if (!ACTOR_KINDS.has(item.kind) || !item.aliases.some(isFullName)) return GENERIC;
  const sources = item.sourceIds.length;
  if (sources < options.minSources || item.mentions < options.minMentionsPerSource * sources) return GENERIC;
  const stories = new Set<string>();
  for (const sourceId of item.sourceIds) stories.add(corpus.storyOf(sourceId) ?? `source:${sourceId}`);
  const few = Math.max(1, Math.floor(options.fewStoriesShare * corpus.storyCount));
  const inEvery = corpus.storyCount > 1 && stories.size >= corpus.storyCount;
  return stories.size <= few && !inEvery ? SPECIFIC : GENERIC;
}

/**
 * A name of two words or more besides titles ("Steve Witkoff", "Institute for
 * the Study of War"). An actor known only by one word ("Jones", "Taylor",
 * "Guardian", "Google") is ambiguous on a page of another story: the word
 * names many people and things, and which one the page means is anyone's guess.
 */
function isFullName({ text }: { text: string }): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s.]+/u)
    .filter((word) => word !== '' && !TITLES.has(word) && !TITLE_MODIFIERS.has(word));
  return words.length >= 2;
}

/** Whether an item of this standing is highlighted off-story, on a page that mentions `pageYears`. */
export function shownOffStory(standing: ItemStanding, pageYears: ReadonlySet<string>): boolean {
  if (standing.kind === 'specific') return true;
  if (standing.kind === 'dated') return standing.years.some((year) => pageYears.has(year));
  return false;
}

/** What a page highlights, given whether it is on one of the corpus' stories. */
export interface PageHighlightInput {
  /** Ids of the items found on the page. */
  itemIds: Iterable<string>;
  /** Whether the page belongs to one of the corpus' stories (or is one of its articles). */
  onStory: boolean;
  /** Years (YYYY) the page is from (see pageYearsOf). */
  pageYears: ReadonlySet<string>;
  scope: HighlightScope;
  standingOf: (itemId: string) => ItemStanding;
}

/** The ids among `itemIds` the page highlights. */
export function pageHighlights(input: PageHighlightInput): Set<string> {
  const shown = new Set<string>();
  for (const id of input.itemIds) {
    if (input.scope === 'every' || input.onStory || shownOffStory(input.standingOf(id), input.pageYears))
      shown.add(id);
  }
  return shown;
}
