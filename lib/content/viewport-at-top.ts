interface AtTopWindow {
  location: { hash: string };
  performance: { getEntriesByType(type: string): PerformanceEntryList };
  addEventListener(type: 'scroll', listener: () => void, options: AddEventListenerOptions): void;
}

/**
 * Whether the viewport is still at the page's top, known without reading
 * layout: the page was opened by a plain navigation (a reload or a return
 * through history restores the reader's position) to no fragment (which
 * scrolls to its target), and nothing has scrolled since this was called. A
 * scan that knows it reads the page in order from the top and skips the
 * frame-long wait for the browser to say where the viewport is
 * (lib/highlight/viewport-start.ts). Call it early: from the start of the page.
 */
export function watchViewportAtTop(win: AtTopWindow, signal?: AbortSignal): () => boolean {
  const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const opened = navigation?.type === 'navigate' && win.location.hash === '';
  let scrolled = false;
  if (opened)
    win.addEventListener('scroll', () => (scrolled = true), {
      once: true,
      capture: true,
      passive: true,
      signal,
    });
  return () => opened && !scrolled;
}
