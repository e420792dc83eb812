/**
 * Runs inside the popup page (Playwright's or Puppeteer's `waitForFunction`,
 * so it must not use anything from its module): true once the search panel
 * is not busy and has not changed for `quietMs`.
 *
 * There is no event for "the answer to the last keystroke is on screen": the
 * popup debounces typing and may show a loading state later, so the panel
 * has to stay unchanged for longer than both delays. Each wait passes a new
 * `token`, so a panel that merely looks as it did at the last wait has not
 * settled yet.
 */
export function isPanelSettled({ quietMs, token }: { quietMs: number; token: number }): boolean {
  const tracker = window as unknown as { __pxSettle?: { token: number; last: string; since: number } };
  const panel = document.querySelector('main');
  const box = panel?.querySelector('input');
  // textContent leaves out what is typed into the box, so add it.
  const snapshot = `${box?.value ?? ''}|${panel?.getAttribute('aria-busy')}|${panel?.textContent ?? ''}`;
  const now = performance.now();
  const state = tracker.__pxSettle;
  if (state?.token !== token || state.last !== snapshot) {
    tracker.__pxSettle = { token, last: snapshot, since: now };
    return false;
  }
  return panel?.getAttribute('aria-busy') === 'false' && now - state.since >= quietMs;
}
