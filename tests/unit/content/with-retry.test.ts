import { describe, expect, it } from 'vitest';
import { SETUP_RETRY_PAUSES_MS, withRetry } from '@/lib/content/with-retry';

/** A step that refuses as a starting worker does, `refusals` times, then answers. */
function startingWorker(refusals: number): { step: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    step: () =>
      ++calls <= refusals
        ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
        : Promise.resolve('set-up'),
    calls: () => calls,
  };
}

/** Timers that resume at once and record each pause asked for. */
function recordingTimers(): { timers: Pick<Window, 'setTimeout'>; pauses: number[] } {
  const pauses: number[] = [];
  const timers = {
    setTimeout: ((resume: () => void, ms: number) => {
      pauses.push(ms);
      resume();
      return 0;
    }) as Window['setTimeout'],
  };
  return { timers, pauses };
}

describe('withRetry', () => {
  it('tries once more at once by default, and gives up on a second refusal', async () => {
    await expect(withRetry(startingWorker(1).step)).resolves.toBe('set-up');
    const twice = startingWorker(2);
    await expect(withRetry(twice.step)).rejects.toThrow('Receiving end does not exist');
    expect(twice.calls()).toBe(2);
  });

  it('waits out a worker that refuses three times with the set-up pauses', async () => {
    const worker = startingWorker(3);
    const { timers, pauses } = recordingTimers();
    await expect(withRetry(worker.step, { pausesMs: SETUP_RETRY_PAUSES_MS, timers })).resolves.toBe('set-up');
    expect(pauses).toEqual(SETUP_RETRY_PAUSES_MS);
    expect(worker.calls()).toBe(4);
  });

  it('does not pause after an answer', async () => {
    const { timers, pauses } = recordingTimers();
    await withRetry(startingWorker(0).step, { pausesMs: SETUP_RETRY_PAUSES_MS, timers });
    expect(pauses).toEqual([]);
  });
});
