/**
 * Performance marks along the way from start to highlights (the benchmark
 * splits its timings at them; they cost a microsecond each).
 */
export const PHASE_MARKS = {
  start: 'parallax:start',
  /**
   * The engine module imported and running (lib/content/engine-module.ts); its detail says whether it
   * found the injected script's early answers (`EARLY_START` or `LATE_START`: a string, since Firefox
   * lets a page script read no property of an object the content script made).
   */
  engineLoaded: 'parallax:engine-loaded',
  settingsRead: 'parallax:settings-read',
  pageSetup: 'parallax:page-setup',
  matcherCompiled: 'parallax:matcher-compiled',
  highlighted: 'parallax:highlighted',
  /** The page's story is known and its highlights follow it (detail: the story's id, or null). */
  storyKnown: 'parallax:story-known',
} as const;

/** The engine-loaded mark's detail: the injected script's early answers were found, or not. */
export const EARLY_START = 'early-start';
export const LATE_START = 'late-start';

/** Marks around an item card, for the hover benchmark: the intent to open it, and its first frame with the answer. */
export const CARD_MARKS = {
  open: 'parallax:card-open',
  ready: 'parallax:card-ready',
} as const;
