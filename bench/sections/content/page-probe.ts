/**
 * The code the benchmark runs inside a page's main world. Playwright sends
 * each function's source text, so they must be self-contained; and tsx
 * (esbuild with keepNames) wraps every named inner function or arrow
 * assigned to a variable in a `__name(…)` call that does not exist in the
 * page — hence no inner helpers below, only inline callbacks and loops.
 */

import { PHASE_MARKS } from '../../../lib/content/phase-marks';

/** The marks the content script makes (lib/content/phase-marks.ts). */
export const START_MARK = PHASE_MARKS.start;
export const DONE_MARK = PHASE_MARKS.highlighted;
/** Marks between the two, in order: the split of the setup. */
export const SETUP_MARKS = [
  PHASE_MARKS.engineLoaded,
  PHASE_MARKS.settingsRead,
  PHASE_MARKS.pageSetup,
  PHASE_MARKS.matcherCompiled,
];

export interface PageMarks {
  /** `performance.now()` times of the two marks. */
  start: number;
  done: number;
  /** The done mark's `detail` (the scan's statistics), unchecked. */
  detail: unknown;
  /** `performance.now()` of each setup mark, in the order asked for (NaN where missing). */
  setup: number[];
}

/**
 * Resolves once both marks exist (at once if they already do), or with
 * null after `timeoutMs`. An observer rather than polling, so the wait
 * adds no work to the main thread while Parallax runs.
 */
export function waitForMarks({
  start,
  done,
  setup,
  timeoutMs,
}: {
  start: string;
  done: string;
  setup: readonly string[];
  timeoutMs: number;
}): Promise<PageMarks | null> {
  return new Promise((resolve) => {
    let settled = false;
    const observer = new PerformanceObserver(() => {
      const startEntry = performance.getEntriesByName(start, 'mark')[0];
      const doneEntry = performance.getEntriesByName(done, 'mark')[0] as PerformanceMark | undefined;
      if (settled || !startEntry || !doneEntry) return;
      settled = true;
      observer.disconnect();
      resolve({
        start: startEntry.startTime,
        done: doneEntry.startTime,
        detail: doneEntry.detail,
        setup: setup.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN),
      });
    });
    // Buffered: marks made before this call are delivered at once.
    observer.observe({ type: 'mark', buffered: true });
    setTimeout(() => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
}

export interface FloorRun {
  /** The first pass alone, which also compiles the RegExp (ms). */
  firstMs: number;
  /** Passes timed together in each sample (see runFloor). */
  passesPerSample: number;
  /** Milliseconds per pass, one value per repeat. */
  samplesMs: number[];
  /** Length of the collected text (all text nodes under the body, script and style included). */
  chars: number;
  matches: number;
  /** Elements in the document, for the report (counted untimed). */
  elements: number;
}

/**
 * The floor: one TreeWalker pass collecting every text node under the body
 * into one string, then one combined RegExp of every alias over it
 * (`source` is built in Node, flags `gu`), counting matches. The RegExp is
 * constructed inside the pass, so the first pass also compiles it (V8
 * caches the compiled code for the later ones); that pass is timed alone.
 *
 * `performance.now()` ticks in 0.1 ms steps on a page that is not
 * cross-origin isolated, and on a small page a pass takes about that long;
 * so each of the `repeats` samples times as many passes in a row as make up
 * `minSampleMs` (doubling from one, decided once), and reports the time per
 * pass. On large pages that is one pass per sample.
 */
export function runFloor({
  source,
  repeats,
  minSampleMs,
}: {
  source: string;
  repeats: number;
  minSampleMs: number;
}): FloorRun {
  const root = document.body ?? document.documentElement;
  let chars = 0;
  let matches = 0;
  let firstMs = 0;
  let passesPerSample = 1;
  const samplesMs: number[] = [];
  // First the first pass alone, then doubling passes until a batch lasts minSampleMs, then the samples.
  let phase: 'first' | 'calibrate' | 'sample' = 'first';
  while (samplesMs.length < repeats) {
    const passes = phase === 'first' ? 1 : passesPerSample;
    const started = performance.now();
    for (let pass = 0; pass < passes; pass++) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
        parts.push(node.nodeValue ?? '');
      const text = parts.join('');
      const regExp = new RegExp(source, 'gu');
      let found = 0;
      while (regExp.exec(text) !== null) found++;
      chars = text.length;
      matches = found;
    }
    const elapsed = performance.now() - started;
    if (phase === 'first') {
      firstMs = elapsed;
      phase = 'calibrate';
    } else if (phase === 'calibrate') {
      // 4096 passes bound the calibration should a pass ever take no measurable time.
      if (elapsed < minSampleMs && passesPerSample < 4096) passesPerSample *= 2;
      else phase = 'sample';
    } else {
      samplesMs.push(elapsed / passes);
    }
  }
  return {
    firstMs,
    passesPerSample,
    samplesMs,
    chars,
    matches,
    elements: document.getElementsByTagName('*').length,
  };
}
