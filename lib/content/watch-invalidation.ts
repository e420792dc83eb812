/**
 * How often an open page checks that its extension is still there. Chrome
 * does not tell an orphaned content script that the extension was reloaded,
 * updated or removed, and does not inject the new one into open tabs: until
 * the page is reloaded the old script is alone with its highlights, and every
 * card it opened would fail. A property read a second costs nothing; a
 * hidden tab's timers are throttled by the browser, and it is checked again
 * when it is shown.
 */
export const INVALIDATION_CHECK_MS = 1_000;

/** WXT's `ContentScriptContext` as far as this needs it: reading `isInvalid` fires its `onInvalidated` callbacks. */
export interface InvalidatableContext {
  readonly isInvalid: boolean;
}

/**
 * Reads `ctx.isInvalid` every `intervalMs` (WXT's getter notices a missing
 * `runtime.id` and invalidates the context, which runs the content script's
 * clean-up), and stops once it has. Returns a function that stops it sooner.
 */
export function watchInvalidation(
  ctx: InvalidatableContext,
  timers: Pick<Window, 'setInterval' | 'clearInterval'>,
  intervalMs = INVALIDATION_CHECK_MS,
): () => void {
  const timer = timers.setInterval(() => {
    if (ctx.isInvalid) timers.clearInterval(timer);
  }, intervalMs);
  return () => timers.clearInterval(timer);
}
