import { hasBeenRead } from '../keep';

/** Visible time is counted in steps of this: fine enough for dwell times of tens of seconds. */
const TICK_MS = 1000;
/** Characters per word of English prose with its spaces, to turn a page's length into words cheaply. */
const CHARS_PER_WORD = 6;

export interface ReadingWatch {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** Called once, when the reader has read the page (lib/keep/has-been-read.ts). */
  onRead: () => void;
}

/** How far the viewport's bottom has come through the document, 0–1. */
function scrolledFraction(doc: Document, win: Window): number {
  const height = doc.documentElement.scrollHeight;
  return height <= 0 ? 1 : Math.min(1, (win.scrollY + win.innerHeight) / height);
}

/**
 * Watches the reader with the page: time with the page visible (a hidden
 * tab's time does not count) and the furthest scroll, until the page counts
 * as read; then calls `onRead` once and stops. Everything is tied to `signal`.
 */
export function watchReading({ doc, win, signal, onRead }: ReadingWatch): void {
  const words = (doc.body?.textContent ?? '').length / CHARS_PER_WORD;
  let visibleMs = 0;
  let scrolled = scrolledFraction(doc, win);
  const onScroll = (): void => {
    scrolled = Math.max(scrolled, scrolledFraction(doc, win));
  };
  win.addEventListener('scroll', onScroll, { passive: true, signal });
  const timer = win.setInterval(() => {
    if (doc.visibilityState !== 'visible') return;
    visibleMs += TICK_MS;
    onScroll();
    if (hasBeenRead({ visibleMs, scrolled, words })) {
      win.clearInterval(timer);
      if (!signal.aborted) onRead();
    }
  }, TICK_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
