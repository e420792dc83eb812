import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVALIDATION_CHECK_MS, watchInvalidation } from '../../../lib/content/watch-invalidation';

/** A context like WXT's: reading `isInvalid` is what notices the extension is gone. */
function fakeContext() {
  const context = {
    gone: false,
    reads: 0,
    get isInvalid() {
      context.reads++;
      return context.gone;
    },
  };
  return context;
}

const timers = {
  setInterval: (handler: () => void, ms: number) => setInterval(handler, ms) as unknown as number,
  clearInterval: (id: number | undefined) => clearInterval(id),
} as Pick<Window, 'setInterval' | 'clearInterval'>;

describe('watchInvalidation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks the context once per interval while the extension is there', () => {
    const context = fakeContext();
    const stop = watchInvalidation(context, timers);
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 3);
    expect(context.reads).toBe(3);
    stop();
  });

  it('notices within one interval that the extension is gone, and then stops asking', () => {
    const context = fakeContext();
    watchInvalidation(context, timers);
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS);
    context.gone = true;
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS);
    const readsWhenNoticed = context.reads;
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 5);
    expect(readsWhenNoticed).toBe(2);
    expect(context.reads).toBe(readsWhenNoticed);
  });

  it('asks no more once stopped (the content script stopped for another reason)', () => {
    const context = fakeContext();
    const stop = watchInvalidation(context, timers);
    stop();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 5);
    expect(context.reads).toBe(0);
  });
});
