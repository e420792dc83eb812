/*
 * Functions that run inside an odd page (Playwright's `evaluate`). Each is
 * serialised on its own: none may use anything from this module or any other,
 * nor name a helper inside (see tests/support/browser/in-page.ts for why).
 */

export interface BodyCheck {
  /** The body's outerHTML is what the page made (snapshot taken by odd-pages.ts's script). */
  sameHtml: boolean;
  sameText: boolean;
  htmlLength: number;
  /** The snapshot was taken before Parallax started (page clock; null where Parallax never started). */
  snapshotBeforeStart: boolean | null;
}

/** Compares the body with the page's own snapshot, in the page (a 10 MB body never crosses to the test). */
export function checkBody(snapshotGlobal: string): BodyCheck {
  const snapshot = (
    window as unknown as Record<string, { html: string; text: string; at: number } | undefined>
  )[snapshotGlobal];
  if (!snapshot) throw new Error('odd page: the page took no snapshot of its body');
  const html = document.body.outerHTML;
  const start = performance.getEntriesByName('parallax:start')[0];
  return {
    sameHtml: html === snapshot.html,
    sameText: document.body.textContent === snapshot.text,
    htmlLength: html.length,
    snapshotBeforeStart: start ? snapshot.at < start.startTime : null,
  };
}

export interface PaintedRange {
  text: string;
  /** The range's start is in the document (not a node the page removed). */
  connected: boolean;
  /** `localName` of the start's parent element, or of the shadow host for text in a shadow root. */
  parent: string;
  /** Whether the range starts inside a shadow tree. */
  inShadow: boolean;
}

/** Every range Parallax has painted, except the focus marker; `limit` keeps the answer small on stress pages. */
export function paintedRanges(limit: number): PaintedRange[] {
  const out: PaintedRange[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('parallax') || name === 'parallax-focus') return;
    highlight.forEach((range) => {
      if (out.length >= limit || !(range instanceof Range)) return;
      const root = range.startContainer.getRootNode();
      out.push({
        text: range.toString(),
        connected: range.startContainer.isConnected,
        parent: range.startContainer.parentElement?.localName ?? '',
        inShadow: root instanceof ShadowRoot,
      });
    });
  });
  return out;
}

/** Live ranges across Parallax's highlights, the focus marker aside. */
export function paintedRangeCount(): number {
  let count = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('parallax') && name !== 'parallax-focus') count += highlight.size;
  });
  return count;
}

/** Text nodes under the body, open shadow roots aside: proves a generated page is what it claims. */
export function countTextNodes(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** How many elements nest inside the element with this id, following first children. */
export function nestedBelow(id: string): number {
  let depth = 0;
  for (let node = document.getElementById(id)?.firstElementChild; node; node = node.firstElementChild)
    depth++;
  return depth;
}

/** The longest text node under the body. */
export function longestTextNode(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let longest = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    longest = Math.max(longest, (node as Text).data.length);
  return longest;
}

/**
 * The centre of the first painted range whose text is `text`, scrolled into
 * view, in viewport coordinates; ranges in shadow trees count too.
 */
export function paintedRangeCentre(text: string): { x: number; y: number } | null {
  let found: Range | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('parallax') || name === 'parallax-focus') return;
    highlight.forEach((range) => {
      if (!found && range instanceof Range && range.toString() === text) found = range;
    });
  });
  const range = found as Range | null;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
