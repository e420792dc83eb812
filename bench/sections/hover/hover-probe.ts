/**
 * The code the hover benchmark runs inside a page's main world: self-contained
 * functions without inner helpers (see content/measure-load.ts for why). The
 * highlight registry and the performance timeline belong to the document, so
 * the main world sees the content script's ranges and marks.
 */

/** Which highlights hold mentions (lib/highlight's prefix, not the focus one) and where (e.g. `article`). */
export interface MentionQuery {
  prefix: string;
  focus: string;
  within: string;
}

/** One hover's times on the page's clock; `ready` is null when no card came in time. */
export interface CardMarks {
  /** `parallax:card-open` for the expected item, the last before `ready`. */
  open: number | null;
  ready: number | null;
  /** The last `pointermove` if it was at the hovered point (null: not seen there). */
  stop: number | null;
  /** Items whose card-open marks came after `after`, in order (to tell what opened instead). */
  opened: string[];
}

/**
 * The text of every highlighted mention inside `within`, in document order
 * (a mention's position in this list names it); given `index`, that mention
 * is also scrolled to the middle of the viewport and `point` is the centre
 * of its first line box (the box the card anchors to).
 */
export function findMentions({ prefix, focus, within, index }: MentionQuery & { index?: number }): {
  texts: string[];
  point: { text: string; x: number; y: number } | null;
} {
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix) || name === focus) return;
    highlight.forEach((range) => {
      if (range instanceof Range) ranges.push(range);
    });
  });
  const roots = [...document.querySelectorAll(within)];
  const inside = ranges.filter((range) => roots.some((root) => root.contains(range.startContainer)));
  inside.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const distinct = inside.filter(
    (range, i) => i === 0 || inside[i - 1]?.compareBoundaryPoints(Range.START_TO_START, range) !== 0,
  );
  const texts = distinct.map((range) => range.toString());
  const range = index === undefined ? undefined : distinct[index];
  if (!range) return { texts, point: null };
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return {
    texts,
    point: { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 },
  };
}

/**
 * Keeps on `window.__parallaxHoverBench` the last `pointermove`: where, and
 * its `timeStamp` (when the input happened; Chromium delivers moves aligned
 * to frames, so listeners run up to a frame later).
 */
export function installHoverProbe(): void {
  const state = { x: Number.NaN, y: Number.NaN, at: Number.NaN };
  Object.defineProperty(window, '__parallaxHoverBench', { value: state, configurable: true });
  window.addEventListener(
    'pointermove',
    (event) => {
      state.x = event.clientX;
      state.y = event.clientY;
      state.at = event.timeStamp;
    },
    { capture: true, passive: true },
  );
}

/**
 * The time of the first `ready` mark for `entityId` after `after` (at once if
 * it already exists), or null after `timeoutMs`. An observer rather than
 * polling, so the wait adds no work while the card is built.
 */
export function waitForCardReady({
  ready,
  entityId,
  after,
  timeoutMs,
}: {
  ready: string;
  entityId: string;
  after: number;
  timeoutMs: number;
}): Promise<number | null> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      const mark = (performance.getEntriesByName(ready, 'mark') as PerformanceMark[]).find(
        (entry) => entry.startTime > after && entry.detail === entityId,
      );
      if (!mark) return;
      observer.disconnect();
      resolve(mark.startTime);
    });
    // Buffered: marks made before this call are delivered at once.
    observer.observe({ type: 'mark', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
}

/** A hover's marks after `after`, given its `ready` time; (x, y) is the hovered point. */
export function readCardMarks({
  open,
  entityId,
  after,
  ready,
  x,
  y,
}: {
  open: string;
  entityId: string;
  after: number;
  ready: number | null;
  x: number;
  y: number;
}): CardMarks {
  const opens = (performance.getEntriesByName(open, 'mark') as PerformanceMark[]).filter(
    (mark) => mark.startTime > after,
  );
  const openMark = opens
    .filter((mark) => ready !== null && mark.detail === entityId && mark.startTime <= ready)
    .at(-1);
  const state = (window as { __parallaxHoverBench?: { x: number; y: number; at: number } })
    .__parallaxHoverBench;
  const atPoint = ready !== null && !!state && Math.abs(state.x - x) <= 1 && Math.abs(state.y - y) <= 1;
  return {
    open: openMark?.startTime ?? null,
    ready,
    stop: atPoint && state.at > after ? state.at : null,
    opened: opens.map((mark) => String(mark.detail)),
  };
}

/** Whether no item card is on the page (`<parallax-card>` is removed when the card closes). */
export function isCardClosed(): boolean {
  return document.querySelector('parallax-card') === null;
}
