/**
 * Pauses before each further attempt at the page set-up. A worker Chromium is
 * still starting can refuse a message ("Receiving end does not exist") for a
 * moment, and an immediate second try then fails the same way: seen under
 * load when the worker's start was held by a debugger, and the page was left
 * unscanned. Three pauses give a starting worker about four seconds.
 */
export const SETUP_RETRY_PAUSES_MS: readonly number[] = [250, 1_000, 3_000];

export interface RetryOptions {
  /** Before each further attempt: an immediate one by default. */
  pausesMs?: readonly number[];
  timers?: Pick<Window, 'setTimeout'>;
}

/** Runs an async step; on failure tries again after each pause (the MV3 service worker may have been stopped). */
export async function withRetry<T>(step: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { pausesMs = [0], timers } = options;
  for (const pause of pausesMs) {
    try {
      return await step();
    } catch {
      if (pause > 0 && timers) await new Promise<void>((resume) => timers.setTimeout(resume, pause));
    }
  }
  return step();
}
