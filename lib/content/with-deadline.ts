/**
 * How long one attempt at a card's answer may take before it counts as lost.
 * A healthy background answers in tens of milliseconds; one woken from
 * stopped starts its worker and reloads the corpus first, which took up to
 * about a second here and two to three on a loaded two-core runner
 * (tests/hardening/faults.spec.ts allows 3 s). A paused or hung worker never
 * answers, and Chromium's `runtime.sendMessage` to it never settles: without a
 * deadline the card would say "Loading…" for as long as the page is open.
 */
export const CARD_ATTEMPT_MS = 4_000;

/** An attempt that got no answer in time. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/**
 * Settles as `attempt` does, or rejects with a DeadlineError once `ms` have
 * passed without it (the attempt itself cannot be cancelled; its late answer
 * is dropped). The timers are the page's window, so the clock stays a
 * parameter.
 */
export function withDeadline<T>(
  attempt: Promise<T>,
  ms: number,
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>,
  what: string,
): Promise<T> {
  let timer: number | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(
      () => reject(new DeadlineError(`content: ${what}: no answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([attempt, deadline]).finally(() => timers.clearTimeout(timer));
}
