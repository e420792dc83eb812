/*
 * Functions that run inside a page (Playwright's `evaluate`), each serialised
 * on its own: none may use anything from this module or name a helper inside
 * (see tests/support/browser/in-page.ts).
 */

/** When the card first showed each state, in ms after the content script marked the card's opening. */
export interface CardTimeline {
  loading?: number;
  ready?: number;
  error?: number;
}

/**
 * Watches the card on every frame from now on and notes when it first shows
 * "Loading…", its answer, or its error. A frame is what a person sees, so a
 * state is timed at the frame that shows it (a frame is ≈ 16 ms).
 */
export function watchCardStates(): void {
  const seen: Record<string, number> = {};
  Object.assign(window, { __parallaxCardStates: seen });
  const look = (): void => {
    if ((window as unknown as { __parallaxCardStates: unknown }).__parallaxCardStates !== seen) return;
    const dialog = document
      .querySelector('[data-parallax-card]')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    const status = !dialog
      ? null
      : dialog.querySelector('.card-error')
        ? 'error'
        : dialog.getAttribute('aria-busy') === 'true'
          ? 'loading'
          : dialog.querySelector('.card-summary')
            ? 'ready'
            : null;
    if (status && seen[status] === undefined) seen[status] = performance.now();
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** The states `watchCardStates` saw, timed from the latest `parallax:card-open` mark; null before any card opened. */
export function cardTimeline(): Record<string, number> | null {
  const open = performance.getEntriesByName('parallax:card-open').at(-1);
  const seen = (window as unknown as { __parallaxCardStates?: Record<string, number> }).__parallaxCardStates;
  if (!open || !seen) return null;
  const timeline: Record<string, number> = {};
  for (const [status, at] of Object.entries(seen)) timeline[status] = Math.round(at - open.startTime);
  return timeline;
}
