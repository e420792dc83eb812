/**
 * When a page counts as read. A reader who opens an article and leaves it
 * has not read it; one who stays with it, or scrolls through it without
 * racing, has. Only time with the page visible counts.
 */

/** An adult reads ~250 words a minute; a third of the article is the share that says "read", not "glanced at". */
const WORDS_PER_MINUTE = 250;
const READ_SHARE = 1 / 3;
/** Below this a short article would count as read on arrival; ~100 words at that pace. */
export const MIN_DWELL_MS = 20_000;
/** Above this, a long feature would almost never count: a minute with a page is reading it. */
export const MAX_DWELL_MS = 60_000;
/** Scrolled this far through the article's text: its end is in view. */
export const SCROLLED_THROUGH = 0.9;
/** A scroll to the end faster than this is a skim: about two paragraphs' reading. */
export const MIN_SCROLL_DWELL_MS = 8_000;

export interface ReadingState {
  /** Milliseconds the page was visible (its tab in front, the window not minimised). */
  visibleMs: number;
  /** How far through the article the bottom of the viewport has been, 0–1, the furthest so far. */
  scrolled: number;
  /** The article's length in words. */
  words: number;
}

/** How long a visible page of `words` words must stay to count as read. */
export function dwellFor(words: number): number {
  const reading = (words / WORDS_PER_MINUTE) * 60_000 * READ_SHARE;
  return Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, reading));
}

/** Whether the reader has read the page: stayed long enough, or scrolled through it not too fast. */
export function hasBeenRead({ visibleMs, scrolled, words }: ReadingState): boolean {
  if (visibleMs >= dwellFor(words)) return true;
  return scrolled >= SCROLLED_THROUGH && visibleMs >= MIN_SCROLL_DWELL_MS;
}
