import type { BrowserContext } from 'playwright-core';
import { z } from 'zod';
import { PHASE_MARKS } from '../../../lib/content/phase-marks';
import type { ScanStats } from '../../../lib/highlight';
import {
  attributeTasks,
  findMarkWindow,
  moduleEvaluationMs,
  scriptEvaluationMs,
  summariseLongTasks,
  type TraceEvent,
} from '../../../tests/support/browser/main-thread-tasks';
import { firstLine } from '../../support/extension-run';
import type { ContentBenchConfig } from '../content';

/**
 * One measured page load in a fresh tab (docs/bench.md#content): Parallax's
 * marks, then the floor in the same load; its main-thread tasks come from
 * the round's trace afterwards (`withTrace`).
 *
 * `waitForMarks` and `runFloor` run in the page's main world. Playwright
 * sends each function's source text, so they must be self-contained; and tsx
 * (esbuild with keepNames) wraps every named inner function or arrow in a
 * `__name(…)` call that does not exist in the page: hence no inner helpers in
 * them (nor in hover/hover-probe.ts), only inline callbacks and loops.
 */

/** Shortest floor sample: 50 ticks of the page's 0.1 ms clock, so rounding moves a sample by 2% at most. */
const FLOOR_MIN_SAMPLE_MS = 5;
/** The content script's marks from start to highlighted, in order (lib/content/phase-marks.ts). */
const MARKS = [
  PHASE_MARKS.start,
  PHASE_MARKS.engineLoaded,
  PHASE_MARKS.settingsRead,
  PHASE_MARKS.pageSetup,
  PHASE_MARKS.matcherCompiled,
  PHASE_MARKS.highlighted,
];

/**
 * Resolves with each mark's time (NaN where missing) and the last one's
 * `detail` once the first and the last exist, or with null after
 * `timeoutMs`. An observer rather than polling, so the wait adds no work to
 * the main thread while Parallax runs.
 */
export function waitForMarks({
  names,
  timeoutMs,
}: {
  names: readonly string[];
  timeoutMs: number;
}): Promise<{ times: number[]; detail: unknown } | null> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      const marks = names.map(
        (name) => performance.getEntriesByName(name, 'mark')[0] as PerformanceMark | undefined,
      );
      const done = marks.at(-1);
      if (!marks[0] || !done) return;
      observer.disconnect();
      resolve({ times: marks.map((mark) => mark?.startTime ?? Number.NaN), detail: done.detail });
    });
    // Buffered: marks made before this call are delivered at once.
    observer.observe({ type: 'mark', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
}

/**
 * The floor: a TreeWalker joining every text node under the body, then one
 * RegExp of every alias (`source`, flags `gu`) over it, counting matches.
 * The first pass, which also compiles the RegExp, is timed alone; then each
 * of the `repeats` samples times as many passes as last `minSampleMs`
 * (doubling from one, decided once) and reports the time per pass.
 */
export function runFloor({
  source,
  repeats,
  minSampleMs,
}: {
  source: string;
  repeats: number;
  minSampleMs: number;
}) {
  const root = document.body ?? document.documentElement;
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
  // Elements in the document, for the report (counted untimed).
  return { firstMs, samplesMs, matches, elements: document.getElementsByTagName('*').length };
}

const scanStatsSchema = z.object({
  extractMs: z.number(),
  matchMs: z.number(),
  paintMs: z.number(),
  longestSliceMs: z.number(),
  slices: z.number(),
  characters: z.number(),
  found: z.number(),
  painted: z.number(),
}) satisfies z.ZodType<ScanStats>;

/**
 * The `detail` of the `parallax:highlighted` mark, checked: it crosses from
 * the content script's world through the page, so a change on either side
 * should fail loudly here rather than print NaN.
 */
export function parseScanStats(detail: unknown): ScanStats {
  const parsed = scanStatsSchema.safeParse(detail);
  if (!parsed.success) {
    const why = z.prettifyError(parsed.error);
    throw new Error(`bench: content: parallax:highlighted detail ${JSON.stringify(detail)}: ${why}`);
  }
  return parsed.data;
}

/** What the page tells about one load: its marks' times (page clock), the scan's statistics, the floor. */
export interface PageLoad {
  times: number[];
  stats: ScanStats;
  floor: ReturnType<typeof runFloor>;
}

/** One load of `url` in a fresh tab and the floor after Parallax's scan, or why it failed. */
export async function measureLoad(
  context: BrowserContext,
  url: string,
  floorSource: string,
  config: Pick<ContentBenchConfig, 'floorRepeats' | 'markTimeoutMs'>,
): Promise<PageLoad | string> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: config.markTimeoutMs });
    const marks = await page.evaluate(waitForMarks, { names: MARKS, timeoutMs: config.markTimeoutMs });
    if (!marks) return `no ${PHASE_MARKS.highlighted} mark within ${config.markTimeoutMs} ms`;
    const floor = await page.evaluate(runFloor, {
      source: floorSource,
      repeats: config.floorRepeats,
      minSampleMs: FLOOR_MIN_SAMPLE_MS,
    });
    return { times: marks.times, stats: parseScanStats(marks.detail), floor };
  } catch (error) {
    return firstLine(error);
  } finally {
    await page.close();
  }
}

export type LoadSample = ReturnType<typeof withTrace>;

/** One load's sample, its main-thread tasks read from the round's trace. */
export function withTrace(load: PageLoad, events: readonly TraceEvent[], extensionOrigin: string) {
  const time = (i: number): number => load.times[i] ?? Number.NaN;
  // The set-up runs while the page is parsed, before the start (lib/content/document-parsed.ts): a
  // phase counts only what it adds after the start, so a phase done before it shows 0.
  const step = (i: number): number => Math.max(time(i + 1), time(0)) - Math.max(time(i), time(0));
  const marks = { start: time(0), done: time(MARKS.length - 1) };
  const window = findMarkWindow(events, { start: PHASE_MARKS.start, done: PHASE_MARKS.highlighted }, marks);
  // Top-level tasks overlapping Parallax's window (null: not in the trace), and those running its code.
  const tasks = window && attributeTasks(events, window);
  const ours = tasks && tasks.filter((task) => task.parallax);
  return {
    totalMs: marks.done - marks.start,
    // Each setup phase ends at the next mark: engine running, settings read, page-setup answer, compiled.
    setup: { engineMs: step(0), settingsMs: step(1), requestMs: step(2), compileMs: step(3) },
    stats: load.stats,
    floor: load.floor,
    traceTasks: tasks && summariseLongTasks(tasks),
    parallaxTasks: ours && summariseLongTasks(ours),
    // By CPU time: a span as long as the thread time, i.e. wall time less waiting for a core.
    parallaxCpuTasks: ours && summariseLongTasks(ours.map((task) => ({ start: 0, end: task.threadMs }))),
    // content.js evaluation before the start mark, and the engine module's after it.
    scriptEvalMs: window && scriptEvaluationMs(events, window, `${extensionOrigin}content-scripts/`),
    engineEvalMs: window && moduleEvaluationMs(events, window),
  };
}
