import type { ScanUnit } from './scan-chunks';

/**
 * Blocks sampled to find the viewport: the scan then starts within
 * 1/VIEWPORT_SAMPLES of the page above what the reader sees, which is close
 * enough to paint the visible part first.
 */
export const VIEWPORT_SAMPLES = 64;
/** Longest wait for the browser to say where the samples are: a hidden tab renders nothing. */
export const VIEWPORT_WAIT_MS = 100;

interface ViewportWindow {
  IntersectionObserver?: typeof IntersectionObserver;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

/**
 * Index of the unit to scan first: the first sampled block in or below the
 * viewport, stepped back one sample. Reading positions directly
 * (`getBoundingClientRect`) forces any pending layout inside Parallax's own
 * task, and the first layout of a huge page makes that a long task. An
 * IntersectionObserver learns the same positions from the layout
 * the browser does anyway, and reports them in a task of its own.
 */
export function viewportStart(units: readonly ScanUnit[], win: ViewportWindow): Promise<number> {
  const Observer = win.IntersectionObserver;
  if (units.length <= 1 || typeof Observer !== 'function') return Promise.resolve(0);
  const step = Math.ceil(units.length / VIEWPORT_SAMPLES);
  const sampleAt = new Map<Element, number>();
  for (let index = 0; index < units.length; index += step) {
    const element = units[index]?.chunks[0]?.node?.parentElement;
    if (element && !sampleAt.has(element)) sampleAt.set(element, index);
  }
  if (sampleAt.size === 0) return Promise.resolve(0);
  return new Promise((resolve) => {
    const bottoms = new Map<number, number>();
    const finish = (): void => {
      observer.disconnect();
      win.clearTimeout(fallback);
      const indices = [...bottoms.keys()].sort((a, b) => a - b);
      const below = indices.findIndex((index) => (bottoms.get(index) as number) >= 0);
      const at = below === -1 ? indices.length - 1 : Math.max(0, below - 1);
      resolve(indices[at] ?? 0);
    };
    const observer = new Observer((entries) => {
      for (const entry of entries) {
        const index = sampleAt.get(entry.target);
        if (index !== undefined) bottoms.set(index, entry.boundingClientRect.bottom);
      }
      // The first notification holds every target observed in the same frame.
      if (bottoms.size >= sampleAt.size) finish();
    });
    const fallback = win.setTimeout(finish, VIEWPORT_WAIT_MS);
    for (const element of sampleAt.keys()) observer.observe(element);
  });
}
