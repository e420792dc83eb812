import { describe, expect, it, vi } from 'vitest';
import { lazy } from '@/lib/background/lazy';

describe('lazy', () => {
  it('does not load until first asked', () => {
    const load = vi.fn(() => Promise.resolve('index'));
    lazy(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once and shares the result with every caller, including concurrent ones', async () => {
    const load = vi.fn(() => Promise.resolve({ passages: 3 }));
    const get = lazy(load);
    const [first, second] = await Promise.all([get(), get()]);
    const third = await get();
    expect(load).toHaveBeenCalledTimes(1);
    expect(first).toBe(second);
    expect(third).toBe(first);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('worker restarted'))
      .mockResolvedValue('index');
    const get = lazy(load);
    await expect(get()).rejects.toThrow('worker restarted');
    await expect(get()).resolves.toBe('index');
    await expect(get()).resolves.toBe('index');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives callers waiting on a failing load the same failure', async () => {
    let fail: (error: Error) => void = () => {};
    const load = vi.fn(
      () =>
        new Promise<string>((_resolve, reject) => {
          fail = reject;
        }),
    );
    const get = lazy(load);
    const waiting = [get(), get()];
    fail(new Error('fetch failed'));
    for (const result of await Promise.allSettled(waiting)) {
      expect(result).toMatchObject({ status: 'rejected', reason: new Error('fetch failed') });
    }
    expect(load).toHaveBeenCalledTimes(1);
  });
});
