import { describe, expect, it } from 'vitest';
import { watchViewportAtTop } from '../../../lib/content/viewport-at-top';

/** A window opened by `type` navigation to `hash`, whose scroll listeners run when told. */
function fakeWindow(type: NavigationTimingType | null, hash = '') {
  const listeners: (() => void)[] = [];
  return {
    location: { hash },
    performance: {
      getEntriesByType: (entryType: string) =>
        (entryType === 'navigation' && type ? [{ type }] : []) as unknown as PerformanceEntryList,
    },
    addEventListener: (_type: 'scroll', listener: () => void) => void listeners.push(listener),
    scroll: () => listeners.forEach((listener) => listener()),
  };
}

describe('watchViewportAtTop', () => {
  it('is at the top of a page opened by a plain navigation, until something scrolls', () => {
    const win = fakeWindow('navigate');
    const atTop = watchViewportAtTop(win);
    expect(atTop()).toBe(true);
    win.scroll();
    expect(atTop()).toBe(false);
  });

  it.each([
    ['reloaded (the browser restores the position)', fakeWindow('reload')],
    ['returned to through history', fakeWindow('back_forward')],
    ['opened at a fragment', fakeWindow('navigate', '#section-3')],
    ['without navigation timing', fakeWindow(null)],
  ])('is not known to be at the top of a page %s', (_, win) => {
    expect(watchViewportAtTop(win)()).toBe(false);
  });
});
