/*
 * Functions that run inside a page (Playwright's or Puppeteer's `evaluate` /
 * `waitForFunction`), shared by the Chromium and the Firefox suites. Each is
 * serialised on its own, so none may use anything from this module or any
 * other. Nor may they name a helper inside (`const f = () => …`): esbuild's
 * keepNames, on under tsx, wraps named functions in a `__name(…)` call that
 * does not exist in the page. Inline callbacks are fine.
 */

/**
 * Live ranges per Parallax highlight name, e.g. `{ 'parallax-person': 12, 'parallax-focus': 0 }`.
 * Every highlight Parallax registers starts with "parallax" (lib/highlight/highlight-painter.ts).
 */
export function parallaxHighlightSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('parallax')) sizes[name] = highlight.size;
  });
  return sizes;
}

/**
 * Whether the page's highlights are final: the content script has finished its first scan and
 * then painted what the page's story shows (it marks both on the page's performance timeline;
 * before the story is known only the items any page shows are painted).
 */
export function hasScanned(): boolean {
  return (
    performance.getEntriesByName('parallax:highlighted').length > 0 &&
    performance.getEntriesByName('parallax:story-known').length > 0
  );
}

/**
 * Whether the engine picked up the settings and page set-up the injected script had asked for while it
 * loaded (lib/content/early-start.ts); null before the engine has run.
 */
export function engineUsedEarlyStart(): boolean | null {
  const mark = performance.getEntriesByName('parallax:engine-loaded')[0] as PerformanceMark | undefined;
  if (!mark) return null;
  // lib/content/phase-marks.ts EARLY_START (this function runs in the page: no imports).
  return mark.detail === 'early-start';
}

/** Whether the content script has started at all (whatever the settings say). */
export function hasStarted(): boolean {
  return performance.getEntriesByName('parallax:start').length > 0;
}

export interface WordTarget {
  /** The exact text to point at, e.g. "Witkoff". */
  word: string;
  /** Only text inside elements matching this selector counts, e.g. "article p:not(.byline)". */
  within: string;
}

/**
 * Scrolls the first *highlighted* occurrence of `word` inside `within` to the
 * middle of the viewport and returns its centre in client coordinates, or null
 * when there is none. Uses the same TreeWalker + Range geometry a person's
 * pointer would hit.
 */
export function highlightedWordCentre({ word, within }: WordTarget): { x: number; y: number } | null {
  const ranges: AbstractRange[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('parallax') && name !== 'parallax-focus')
      highlight.forEach((range) => ranges.push(range));
  });
  for (const element of document.querySelectorAll(within)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
        const textNode = node;
        const offset = at;
        if (!ranges.some((range) => range instanceof Range && range.isPointInRange(textNode, offset)))
          continue;
        element.scrollIntoView({ block: 'center', behavior: 'instant' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
  }
  return null;
}

/** The item card as a reader sees it. */
export interface ShownCard {
  /** The item's name in the card's heading. */
  label: string;
  /** "Mentioned by N of M sources." (with "this page is …" on a corpus article). */
  summary: string;
  /** The other sources listed with passages, in order. */
  others: { sourceId: string; outlet: string; passages: number }[];
  /** The "Not mentioned by: …" line, or '' when every source mentions the item. */
  silent: string;
  /** Everything the card says. */
  text: string;
  /** Whether keyboard focus is in the card (the page sees the host as its active element). */
  focused: boolean;
}

/** Reads the open card from its open shadow root; null while there is none or it is still empty. */
export function readCard(): ShownCard | null {
  const host = document.querySelector('[data-parallax-card]');
  const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
  if (!host || !dialog) return null;
  const [label, summary, silent] = ['.card-label', '.card-summary', '.card-silent'].map(
    (selector) => dialog.querySelector(selector)?.textContent?.trim() ?? '',
  );
  return {
    label: label ?? '',
    summary: summary ?? '',
    others: [...dialog.querySelectorAll('li.card-source')].map((item) => ({
      sourceId: item.getAttribute('data-source-id') ?? '',
      outlet: item.querySelector('.source-outlet')?.textContent?.trim() ?? '',
      passages: item.querySelectorAll('li.card-passage').length,
    })),
    silent: silent ?? '',
    text: dialog.textContent?.trim() ?? '',
    focused: document.activeElement === host,
  };
}

/** True once the card shows its answer (not "Loading…"). */
export function isCardReady(): boolean {
  const dialog = document.querySelector('[data-parallax-card]')?.shadowRoot?.querySelector('[role="dialog"]');
  return !!dialog && dialog.getAttribute('aria-busy') === 'false' && !!dialog.querySelector('.card-summary');
}

/** Resolves once the card's opening animation (a short fade-in) has finished, so a screenshot shows it whole. */
export async function cardAnimationsFinished(): Promise<void> {
  const root = document.querySelector('[data-parallax-card]')?.shadowRoot;
  const animations = root ? root.getAnimations() : [];
  await Promise.all(animations.map((animation) => animation.finished));
}

/** The page's markup and text, to compare before, while and after Parallax runs. */
export function domSnapshot(): { html: string; text: string } {
  return { html: document.documentElement.outerHTML, text: document.body?.textContent ?? '' };
}
