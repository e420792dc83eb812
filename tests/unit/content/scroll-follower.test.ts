import { describe, expect, it } from 'vitest';
import { followScroll } from '../../../lib/content/scroll-follower';

/** A window whose frames run when the test says so. */
function fakeWindow() {
  const target = new EventTarget();
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  const win = {
    addEventListener: target.addEventListener.bind(target),
    requestAnimationFrame: (callback: () => void) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => void frames.delete(id),
  } as unknown as Window;
  const runFrames = (): void => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback();
  };
  return { win, scroll: () => void target.dispatchEvent(new Event('scroll')), runFrames, frames };
}

describe('the scroll follower', () => {
  it('repositions once a frame however many scroll events came', () => {
    const { win, scroll, runFrames } = fakeWindow();
    let repositions = 0;
    followScroll(win, () => repositions++, new AbortController().signal);
    scroll();
    scroll();
    scroll();
    expect(repositions).toBe(0);
    runFrames();
    expect(repositions).toBe(1);
    scroll();
    runFrames();
    expect(repositions).toBe(2);
  });

  it('stops following, with the frame it asked for, when its signal aborts', () => {
    const { win, scroll, runFrames, frames } = fakeWindow();
    let repositions = 0;
    const abort = new AbortController();
    followScroll(win, () => repositions++, abort.signal);
    scroll();
    abort.abort();
    expect(frames.size).toBe(0);
    scroll();
    runFrames();
    expect(repositions).toBe(0);
  });
});
