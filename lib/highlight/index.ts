export { caretAtPoint, rangeContainsPoint } from './caret-at-point';
export type { CaretPosition } from './caret-at-point';
export {
  BLOCK_SEPARATOR,
  blockOf,
  extractPageText,
  OWN_UI_SELECTOR,
  PageTextWalker,
} from './extract-page-text';
export type { ExtractOptions, PageText, TextChunk } from './extract-page-text';
export {
  createHighlightPainter,
  FOCUS_HIGHLIGHT,
  HIGHLIGHT_PREFIX,
  highlightName,
} from './highlight-painter';
export type { HighlightPainter } from './highlight-painter';
export { MentionIndex } from './mention-index';
export { createPageHighlighter, MAX_LIVE_RANGES, SLICE_BUDGET_MS } from './page-highlighter';
export type { Density, PageHighlighter, PageHighlighterOptions, ScanStats } from './page-highlighter';
export { scanUnit, ScanUnitCutter, scanUnits, WINDOW_CHARS } from './scan-chunks';
export type { DomPosition, PageMention, ScanUnit } from './scan-chunks';
export { MIN_RESCAN_INTERVAL_MS, MUTATION_DEBOUNCE_MS, watchMutations } from './watch-mutations';
export { yieldToPage } from './yield-to-page';
