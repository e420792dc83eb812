import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanUnits, extractPageText } from '@/lib/highlight';
import { VIEWPORT_WAIT_MS, viewportStart } from '@/lib/highlight/viewport-start';

/** 200 paragraphs, laid out 20 px apart; the viewport's top is at `scrolled` px. */
function page(scrolled: number) {
  const { document } = parseHTML(
    `<html><body>${Array.from({ length: 200 }, (_, i) => `<p>paragraph ${i}</p>`).join('')}</body></html>`,
  );
  const units = scanUnits(extractPageText(document.body).chunks);
  const paragraphs = [...document.querySelectorAll('p')];
  const observed: Element[] = [];
  let notify: ((entries: IntersectionObserverEntry[]) => void) | undefined;
  class FakeObserver {
    constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
      notify = callback;
    }
    observe(element: Element) {
      observed.push(element);
    }
    disconnect() {}
  }
  /** What the browser reports after its next frame: each observed paragraph's box. */
  const renderFrame = () =>
    notify?.(
      observed.map((target) => {
        const top = paragraphs.indexOf(target as HTMLParagraphElement) * 20 - scrolled;
        return {
          target,
          boundingClientRect: { top, bottom: top + 20 },
        } as unknown as IntersectionObserverEntry;
      }),
    );
  const win = {
    IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver,
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
    clearTimeout: (handle: number) => clearTimeout(handle),
  };
  return { units, win, observed, renderFrame };
}

describe('viewportStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts one sample above the first sampled block in the viewport, without reading layout itself', async () => {
    const { units, win, observed, renderFrame } = page(2000); // paragraph 100 is at the top
    const start = viewportStart(units, win);
    expect(observed.length).toBeGreaterThan(10);
    expect(observed.length).toBeLessThanOrEqual(64);
    renderFrame();
    const index = await start;
    expect(index).toBeLessThanOrEqual(100);
    expect(index).toBeGreaterThan(90);
  });

  it('starts at the top of a page read from the top', async () => {
    const { units, win, renderFrame } = page(0);
    const start = viewportStart(units, win);
    renderFrame();
    expect(await start).toBe(0);
  });

  it('gives up on a page that renders no frame, and starts at the top', async () => {
    const { units, win } = page(2000);
    let index: number | undefined;
    void viewportStart(units, win).then((found) => (index = found));
    await vi.advanceTimersByTimeAsync(VIEWPORT_WAIT_MS - 1);
    expect(index).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(index).toBe(0);
  });

  it('starts at the top where there is no IntersectionObserver', async () => {
    const { units } = page(2000);
    expect(await viewportStart(units, { setTimeout, clearTimeout })).toBe(0);
  });
});
