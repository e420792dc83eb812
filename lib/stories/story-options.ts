/**
 * The tuning of story grouping, each value with its reason. They were chosen
 * by principle and checked across the two evaluation corpora (tuned on one,
 * measured on the other): see DESIGN.md, "Stories", and `npm run eval`.
 */
export interface StoryOptions {
  /** Mean link (scaled cosine, see `StoryIndex`) two groups of articles need to be one story (average link). */
  threshold: number;
  /** Nearest neighbours whose mean cosine is an article's local scale: 2, the fewest other reports a story of three outlets has. */
  scaleNeighbours: number;
  /** Floor of the local scale, so an article with no near neighbour does not make every faint likeness look strong. */
  minScale: number;
  /**
   * Cosine from which two articles are copies of one text (a wire report run by
   * several outlets, lightly edited) rather than two reports: they are linked as
   * usual, but neither counts toward the other's local scale, which is meant to
   * say how alike *independent* reports of the event are (an article with two
   * copies would get a scale near 1, and every other report of its event would
   * look far from it). 0.7: where copies begin in the evaluation corpora, by
   * their shared word sequences (DESIGN.md, "Stories").
   */
  copyCosine: number;
  /** Cosine under which two articles are never linked: they share little beyond the language. */
  minCosine: number;
  /** Weight of a catalogue item against a content word: names, places and organisations tell one event from a similar one; common words say only what kind of event it is. */
  itemWeight: number;
  /** Weight of a year: the same kind of event in another year is another story. */
  yearWeight: number;
  /** Weight of a content word. */
  wordWeight: number;
  /** Articles published further apart than this report different events: coverage of one event comes within days. */
  dateGapDays: number;
  /** A page belongs to the best story only with at least this cosine to its centroid. */
  pageThreshold: number;
  /** Terms kept per story centroid: its characteristic words; bounds the match's postings. */
  centroidTerms: number;
  /** Items shown in a story's label. */
  labelItems: number;
}

export const STORY_DEFAULTS: Readonly<StoryOptions> = Object.freeze({
  threshold: 0.55,
  scaleNeighbours: 2,
  minScale: 0.2,
  copyCosine: 0.7,
  minCosine: 0.1,
  itemWeight: 2,
  yearWeight: 2,
  wordWeight: 1,
  dateGapDays: 14,
  pageThreshold: 0.15,
  centroidTerms: 150,
  labelItems: 3,
});
