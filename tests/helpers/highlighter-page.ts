import { parseHTML } from 'linkedom';

/** A Range that only remembers where it was set: linkedom has none the highlighter can use. */
export class RecordingRange {
  startContainer: Node | null = null;
  startOffset = 0;
  endContainer: Node | null = null;
  endOffset = 0;
  setStart(node: Node, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }
}

export interface HighlighterPageOptions {
  /** The page's clock (`performance.now`); 0 throughout by default. */
  now?: () => number;
  /** Called before each yield the highlighter takes through `setTimeout`. */
  beforeYield?: () => void;
}

/**
 * A linkedom page with the little of a browser window the page highlighter needs
 * (`CSS.highlights`, `Highlight`, `setTimeout`, `performance.now`, ranges), and no
 * IntersectionObserver; `highlights` is its `CSS.highlights`, readable by the test.
 */
export function highlighterPage(body: string, options: HighlighterPageOptions = {}) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const highlights = new Map<string, Set<unknown>>();
  const win = {
    CSS: { highlights },
    Highlight: class extends Set<unknown> {},
    setTimeout: (callback: () => void) => {
      options.beforeYield?.();
      return setTimeout(callback, 0);
    },
    performance: { now: options.now ?? (() => 0) },
  };
  Object.defineProperty(document, 'defaultView', { value: win });
  Object.defineProperty(document, 'createRange', { value: () => new RecordingRange() });
  return { document, highlights };
}
