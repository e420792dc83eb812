import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineError, withDeadline } from '../../../lib/content/with-deadline';
import { deferred as pending } from '../../helpers/deferred';

const timers = {
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
  clearTimeout: (id: number | undefined) => clearTimeout(id),
} as Pick<Window, 'setTimeout' | 'clearTimeout'>;

describe('withDeadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the answer that comes in time, and leaves no timer behind', async () => {
    const answer = pending<string>();
    const result = withDeadline(answer.promise, 1_000, timers, 'item card x');
    vi.advanceTimersByTime(999);
    answer.resolve('card');
    await expect(result).resolves.toBe('card');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on a failure that comes in time, as it is', async () => {
    const answer = pending<string>();
    const result = withDeadline(answer.promise, 1_000, timers, 'item card x');
    const failure = new Error('messaging: no receiver');
    answer.reject(failure);
    await expect(result).rejects.toBe(failure);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails once the deadline passes with no answer, naming what went unanswered', async () => {
    const never = pending<string>();
    const result = withDeadline(never.promise, 1_000, timers, 'item card x');
    const settled = vi.fn();
    result.catch(settled);
    vi.advanceTimersByTime(999);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await expect(result).rejects.toThrow(DeadlineError);
    await expect(result).rejects.toThrow('content: item card x: no answer within 1000 ms');
  });

  it('drops an answer that comes after the deadline', async () => {
    const late = pending<string>();
    const result = withDeadline(late.promise, 1_000, timers, 'item card x');
    vi.advanceTimersByTime(1_000);
    late.resolve('card');
    await expect(result).rejects.toThrow(DeadlineError);
  });
});
