import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../lexicon/stop-words';
import { foldText } from '../search/normalize';

/**
 * What one text offers the story grouping: counts of its features, each a
 * prefixed key so the three kinds never collide and can be weighted apart.
 * - `i:<item id>`: a catalogue item the shipped matcher found (the same matcher
 *   runs in the content script, so a page at run time has exactly these);
 * - `w:<stem>`: a content word, stemmed so "quake"/"quakes" meet;
 * - `y:<year>`: a year the text mentions (or it was published in): two
 *   earthquakes in one country are told apart by their years more than by
 *   any word.
 */
export interface StorySignals {
  features: Map<string, number>;
  /** ISO date the article was published, when known; pages pass null. */
  published: string | null;
  /** A readable form of each word feature (its first spelling in the text), for labels. */
  surface: Map<string, string>;
}

/** The part of a matcher's mention the signals need. */
export interface ItemMention {
  entityId: string;
}

export const ITEM_PREFIX = 'i:';
export const WORD_PREFIX = 'w:';
export const YEAR_PREFIX = 'y:';

/** Shorter words are mostly function words and abbreviations the stop list misses. */
const MIN_WORD_LENGTH = 3;
const WORD = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;
/** Years of modern news: a bare 4-digit number outside this range is more often a count. */
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/gu;

/** A text's story signals: its items (from the matcher), stemmed content words and years. */
export function storySignals(
  text: string,
  mentions: readonly ItemMention[],
  published: string | null = null,
): StorySignals {
  const features = new Map<string, number>();
  const surface = new Map<string, string>();
  const add = (key: string): void => {
    features.set(key, (features.get(key) ?? 0) + 1);
  };
  for (const mention of mentions) add(ITEM_PREFIX + mention.entityId);
  const folded = foldText(text);
  for (const match of folded.matchAll(WORD)) {
    const word = match[0].replace(/['’]s?$/u, '');
    if (word.length < MIN_WORD_LENGTH || STOP_WORDS.has(word)) continue;
    const key = WORD_PREFIX + stemmer(word);
    add(key);
    if (!surface.has(key)) surface.set(key, word);
  }
  for (const match of folded.matchAll(YEAR)) add(YEAR_PREFIX + match[0]);
  if (published !== null && /^\d{4}-/u.test(published)) add(YEAR_PREFIX + published.slice(0, 4));
  return { features, published, surface };
}
