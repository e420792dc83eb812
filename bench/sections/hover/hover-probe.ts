/**
 * The code the hover benchmark runs inside a page's main world. Playwright
 * sends each function's source text, so they must be self-contained; and
 * tsx (esbuild with keepNames) wraps every named inner function or arrow
 * assigned to a variable in a `__name(…)` call that does not exist in the
 * page — hence no inner helpers below, only inline callbacks and loops.
 *
 * The highlight registry (`CSS.highlights`) belongs to the document, so the
 * main world sees the ranges the content script painted from its isolated
 * world; so does the performance timeline with the content script's marks.
 */

/** Which highlights hold mentions, and where on the page to look. */
export interface MentionQuery {
  /** Every Parallax highlight name starts with this (lib/highlight HIGHLIGHT_PREFIX). */
  prefix: string;
  /** The keyboard-focus highlight: it repeats a mention, it is not one. */
  focus: string;
  /** Only ranges inside elements matching this selector, e.g. `article`. */
  within: string;
}

/** Where the pointer should rest on one mention, in client coordinates. */
export interface MentionPoint {
  text: string;
  x: number;
  y: number;
}

/** What the probe keeps on `window`: the last `pointermove`. */
export interface HoverProbeState {
  x: number;
  y: number;
  /** The last move's `timeStamp`: when the input happened, on the page's clock. */
  at: number;
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
  point: MentionPoint | null;
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
  const state: HoverProbeState = { x: Number.NaN, y: Number.NaN, at: Number.NaN };
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

/** `performance.now()`: the page's clock, which the marks and event time stamps share. */
export function pageNow(): number {
  return performance.now();
}

/**
 * Resolves once a `ready` mark for `entityId` exists after `after` (at once
 * if it already does), or after `timeoutMs` with `ready: null`. An observer
 * rather than polling, so the wait adds no work while the card is built.
 */
export function waitForCardMarks({
  open,
  ready,
  entityId,
  after,
  x,
  y,
  timeoutMs,
}: {
  open: string;
  ready: string;
  entityId: string;
  after: number;
  /** The hovered point, to check that the probe saw the last move. */
  x: number;
  y: number;
  timeoutMs: number;
}): Promise<CardMarks> {
  return new Promise((resolve) => {
    let settled = false;
    let timer = 0;
    const observer = new PerformanceObserver(() => {
      if (settled) return;
      const readyMark = (performance.getEntriesByName(ready, 'mark') as PerformanceMark[]).find(
        (mark) => mark.startTime > after && mark.detail === entityId,
      );
      if (!readyMark) return;
      settled = true;
      observer.disconnect();
      window.clearTimeout(timer);
      const opens = (performance.getEntriesByName(open, 'mark') as PerformanceMark[]).filter(
        (mark) => mark.startTime > after,
      );
      const openMark = opens
        .filter((mark) => mark.detail === entityId && mark.startTime <= readyMark.startTime)
        .at(-1);
      const state = (window as unknown as { __parallaxHoverBench?: HoverProbeState }).__parallaxHoverBench;
      const atPoint = !!state && Math.abs(state.x - x) <= 1 && Math.abs(state.y - y) <= 1;
      resolve({
        open: openMark?.startTime ?? null,
        ready: readyMark.startTime,
        stop: atPoint && state.at > after ? state.at : null,
        opened: opens.map((mark) => String(mark.detail)),
      });
    });
    // Buffered: marks made before this call are delivered at once.
    observer.observe({ type: 'mark', buffered: true });
    timer = window.setTimeout(() => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      const opened = (performance.getEntriesByName(open, 'mark') as PerformanceMark[])
        .filter((mark) => mark.startTime > after)
        .map((mark) => String(mark.detail));
      resolve({ open: null, ready: null, stop: null, opened });
    }, timeoutMs);
  });
}

/** Whether no item card is on the page (`<parallax-card>` is removed when the card closes). */
export function isCardClosed(): boolean {
  return document.querySelector('parallax-card') === null;
}
