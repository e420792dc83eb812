import { describe, expect, it } from 'vitest';
import { handOverEarlyStart, takeEarlyStart } from '../../../lib/content/early-start';

describe('the early start handed from the injected script to the engine', () => {
  it('is taken once, with the answers as they came', async () => {
    const world = {} as typeof globalThis;
    handOverEarlyStart(
      {
        settings: Promise.resolve({ density: 'all' }),
        pageSetup: Promise.resolve(42),
        parsed: Promise.resolve(),
      },
      world,
    );
    const early = takeEarlyStart(world);
    expect(await early?.settings).toEqual({ density: 'all' });
    expect(await early?.pageSetup).toBe(42);
    expect(takeEarlyStart(world)).toBeNull();
  });

  it('is null where the injected script left nothing', () => {
    expect(takeEarlyStart({} as typeof globalThis)).toBeNull();
  });

  it('leaves no unhandled rejection when the engine never reads a failed answer', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      handOverEarlyStart(
        {
          settings: Promise.reject(new Error('storage')),
          pageSetup: Promise.reject(new Error('worker')),
          parsed: Promise.resolve(),
        },
        {} as typeof globalThis,
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('still rejects for the engine that reads it', async () => {
    const world = {} as typeof globalThis;
    handOverEarlyStart(
      {
        settings: Promise.resolve(undefined),
        pageSetup: Promise.reject(new Error('worker')),
        parsed: Promise.resolve(),
      },
      world,
    );
    await expect(takeEarlyStart(world)?.pageSetup).rejects.toThrow('worker');
  });
});
