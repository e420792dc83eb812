/**
 * Calls `reposition` at most once a frame while the page, or anything in it,
 * scrolls: the card is fixed-position beside its mention and must follow it.
 * Capturing, so a scrolling element inside the page counts too. Ends, with a
 * pending frame, when `signal` aborts.
 */
export function followScroll(
  win: Pick<Window, 'addEventListener' | 'requestAnimationFrame' | 'cancelAnimationFrame'>,
  reposition: () => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let frame: number | undefined;
  win.addEventListener(
    'scroll',
    () => {
      if (frame !== undefined) return;
      frame = win.requestAnimationFrame(() => {
        frame = undefined;
        reposition();
      });
    },
    { signal, passive: true, capture: true },
  );
  signal.addEventListener(
    'abort',
    () => {
      if (frame !== undefined) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
