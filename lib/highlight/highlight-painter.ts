import type { EntityKind } from '../entities';

/** Every highlight Parallax registers starts with this, one per kind plus the focused mention. */
export const HIGHLIGHT_PREFIX = 'parallax';
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-focus`;

export function highlightName(kind: EntityKind): string {
  return `${HIGHLIGHT_PREFIX}-${kind}`;
}

/** The part of `window` the painter needs (the CSS Custom Highlight API). */
export interface HighlightWindow {
  CSS: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
}

export interface HighlightPainter {
  add(range: AbstractRange, kind: EntityKind): void;
  remove(range: AbstractRange, kind: EntityKind): void;
  /** Marks one range as the focused mention (keyboard or sidebar), or none. */
  focus(range: AbstractRange | null): void;
  /** Unregisters every Parallax highlight: the page looks exactly as before. */
  dispose(): void;
}

/**
 * Paints mentions with the CSS Custom Highlight API, which leaves the page's
 * DOM untouched (wrapping text in elements breaks React pages, react#11538).
 * Returns null where the API is missing: then Parallax simply shows nothing.
 */
export function createHighlightPainter(win: HighlightWindow): HighlightPainter | null {
  const registry = win.CSS.highlights;
  const HighlightClass = win.Highlight;
  if (!registry || !HighlightClass) return null;
  const highlights = new Map<string, Highlight>();
  const get = (name: string): Highlight => {
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = new HighlightClass();
      highlights.set(name, highlight);
      registry.set(name, highlight);
    }
    return highlight;
  };
  return {
    add: (range, kind) => void get(highlightName(kind)).add(range),
    remove: (range, kind) => void highlights.get(highlightName(kind))?.delete(range),
    focus: (range) => {
      const focus = get(FOCUS_HIGHLIGHT);
      focus.clear();
      if (range) focus.add(range);
    },
    dispose: () => {
      for (const name of highlights.keys()) registry.delete(name);
      highlights.clear();
    },
  };
}
