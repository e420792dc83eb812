/**
 * How long a test waits on a condition before it calls the wait a hang. A
 * guard, never a speed check: functional tests wait on conditions, and speed
 * lives in the benchmark (`npm run bench`), so a loaded machine makes a test
 * slower, not red.
 */
export const HANG_GUARD_MS = 20_000;

/** A quiet stretch is never shorter than this, however fast the control case was. */
const MIN_QUIET_MS = 300;

/**
 * How long to watch for something that must not happen: three times as long
 * as the same thing took to happen in the test's control case, on this
 * machine, at this load. A check that waited less could pass without having
 * looked long enough.
 */
export function quietPeriodMs(controlMs: number): number {
  return Math.max(MIN_QUIET_MS, 3 * controlMs);
}
