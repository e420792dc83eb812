import type { SourceMeta } from './source-meta';

export type { SourceMeta };

/** A span of the article body; `start`/`end` are UTF-16 offsets into `Article.body`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  /** Position of the sentence within the whole article. */
  index: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Headings are kept for context but are not passages. */
  kind: 'text' | 'heading';
  sentences: Sentence[];
}

/** A line dropped from the body, kept so tests and the CLI can show why. */
export interface RemovedLine {
  text: string;
  reason: FurnitureReason;
}

export type FurnitureReason =
  | 'date-line'
  | 'newsletter-prompt'
  | 'follow-prompt'
  | 'image-credit'
  | 'caption'
  | 'byline'
  | 'copyright'
  | 'author-bio'
  | 'wire-credit'
  | 'headline';

export interface Article {
  meta: SourceMeta;
  /** Clean text: paragraphs joined by a blank line. */
  body: string;
  paragraphs: Paragraph[];
  removed: RemovedLine[];
}
