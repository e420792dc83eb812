/** One real-world event as reported by one or more sources. */
export interface Story {
  /** Stable while the story keeps its first member (by id): `s-<that id>`. */
  id: string;
  /** Its most characteristic items, and "dates unknown" when no member has a date. */
  label: string;
  sourceIds: string[];
  /** ISO dates of the earliest and latest member, null when none is dated. */
  from: string | null;
  to: string | null;
}

/** A story a page was scored against. */
export interface StoryScore {
  story: Story;
  /** Cosine between the page and the story's centroid, 0–1. */
  score: number;
}

/** The decision for a page: the best story above the threshold (else null) and the runner-up. */
export interface StoryMatch {
  best: StoryScore | null;
  /** The best story even when under the threshold, so a caller can show how close it came. */
  top: StoryScore | null;
  runnerUp: StoryScore | null;
}
