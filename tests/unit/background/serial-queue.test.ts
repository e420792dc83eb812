import { describe, expect, it } from 'vitest';
import { serialQueue } from '@/lib/background/serial-queue';

describe('serialQueue', () => {
  it('starts a step only once the one before it has settled', async () => {
    const run = serialQueue();
    const log: string[] = [];
    let release = (): void => undefined;
    const first = run(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (release = resolve));
      log.push('first ends');
      return 1;
    });
    const second = run(() => {
      log.push('second starts');
      return Promise.resolve(2);
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('passes a failure to its own caller and still runs the next step', async () => {
    const run = serialQueue();
    const failed = run(() => Promise.reject(new Error('step: refused')));
    const next = run(() => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('step: refused');
    expect(await next).toBe('ran');
  });
});
