/** Longest wait for a frame: a hidden or throttled tab may not render one for a long while. */
export const FRAME_WAIT_MS = 100;

interface RenderingWindow {
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

/**
 * Resolves once the browser has rendered its next frame, so layout is clean:
 * reading a position then costs nothing, where reading it earlier would force
 * the page's first layout into Parallax's own task (about 200 ms for a page
 * of one 10 MB text node, 85 ms for 200,000 text nodes). Where no frame comes
 * (a hidden tab, a DOM without rendering) it resolves after `FRAME_WAIT_MS`
 * or at once.
 */
export function afterRendering(win: RenderingWindow): Promise<void> {
  const request = win.requestAnimationFrame;
  if (typeof request !== 'function') return new Promise((resolve) => win.setTimeout(resolve, 0));
  return new Promise((resolve) => {
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      win.clearTimeout(fallback);
      resolve();
    };
    const fallback = win.setTimeout(() => {
      win.cancelAnimationFrame?.(frame);
      settle();
    }, FRAME_WAIT_MS);
    // A frame's layout runs right after its animation-frame callbacks: a task posted from one runs after it.
    const frame = request.call(win, () => win.setTimeout(settle, 0));
  });
}
