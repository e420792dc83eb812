import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterRendering, FRAME_WAIT_MS } from '@/lib/highlight/after-rendering';

function fakeWindow(frames: 'render' | 'never' | 'none') {
  const callbacks: (() => void)[] = [];
  return {
    win: {
      requestAnimationFrame:
        frames === 'none'
          ? undefined
          : (callback: () => void) => {
              if (frames === 'render') callbacks.push(callback);
              return callbacks.length;
            },
      cancelAnimationFrame: () => undefined,
      setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
      clearTimeout: (handle: number) => clearTimeout(handle),
    },
    renderFrame: () => callbacks.splice(0).forEach((callback) => callback()),
  };
}

describe('afterRendering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves in a task after the next frame, not before it', async () => {
    const { win, renderFrame } = fakeWindow('render');
    let done = false;
    void afterRendering(win).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    renderFrame();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting for a frame that never comes (a hidden tab)', async () => {
    const { win } = fakeWindow('never');
    let done = false;
    void afterRendering(win).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FRAME_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('yields once where there is no rendering at all', async () => {
    const { win } = fakeWindow('none');
    let done = false;
    void afterRendering(win).then(() => (done = true));
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
