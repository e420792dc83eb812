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
  type LongTaskSummary,
  type MarkTimes,
  type TraceEvent,
} from '../../../tests/support/browser/main-thread-tasks';

/**
 * One measured page load in a fresh tab: Parallax's marks, then the floor
 * in the same load; its main-thread tasks come from the batch's trace
 * afterwards (`withTrace`).
 *
 * `waitForMarks` and `runFloor` run inside the page's main world. Playwright
 * sends each function's source text, so they must be self-contained; and tsx
 * (esbuild with keepNames) wraps every named inner function or arrow
 * assigned to a variable in a `__name(…)` call that does not exist in the
 * page — hence no inner helpers in them, only inline callbacks and loops.
 */

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
  /** Milliseconds per pass, one value per repeat. */
  samplesMs: number[];
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

export interface LoadOptions {
  url: string;
  /** The floor's RegExp source (all aliases). */
  floorSource: string;
  floorRepeats: number;
  /** Shortest floor sample: several passes are timed together on small pages (see runFloor). */
  floorMinSampleMs: number;
  markTimeoutMs: number;
}

/** What the page itself tells about one load. */
export interface PageLoad {
  marks: MarkTimes;
  /** Times of the setup marks (SETUP_MARKS order), page clock. */
  setupMarks: number[];
  stats: ScanStats;
  floor: FloorRun;
}

/** The setup before the scan, from the marks between start and highlighted. */
export interface SetupSplit {
  /** start → the engine module imported and running. */
  engineMs: number;
  /** engine → settings read from storage. */
  settingsMs: number;
  /** settings → the background's page-setup answer (the catalogue's aliases). */
  requestMs: number;
  /** answer → matcher compiled. */
  compileMs: number;
}

export interface LoadSample {
  /** parallax:start → parallax:highlighted, ms. */
  totalMs: number;
  setup: SetupSplit;
  stats: ScanStats;
  floor: FloorRun;
  /** Top-level main-thread tasks overlapping Parallax's window, from the trace (null: not in the trace). */
  traceTasks: LongTaskSummary | null;
  /** Of those, the tasks that ran Parallax's code (attributeTasks), wall time. */
  parallaxTasks: LongTaskSummary | null;
  /** The same tasks by the CPU time the main thread spent in them (wall time less waiting for a core). */
  parallaxCpuTasks: LongTaskSummary | null;
  /** EvaluateScript of content.js, before parallax:start (null if the trace has none). */
  scriptEvalMs: number | null;
  /** The engine module's evaluation after parallax:start (null if the trace has none). */
  engineEvalMs: number | null;
}

export type LoadOutcome = { ok: true; load: PageLoad } | { ok: false; reason: string };

export async function measureLoad(context: BrowserContext, options: LoadOptions): Promise<LoadOutcome> {
  const page = await context.newPage();
  try {
    await page.goto(options.url, { waitUntil: 'domcontentloaded', timeout: options.markTimeoutMs });
    const marks = await page.evaluate(waitForMarks, {
      start: START_MARK,
      done: DONE_MARK,
      setup: SETUP_MARKS,
      timeoutMs: options.markTimeoutMs,
    });
    if (!marks) return { ok: false, reason: `no ${DONE_MARK} mark within ${options.markTimeoutMs} ms` };
    const floor = await page.evaluate(runFloor, {
      source: options.floorSource,
      repeats: options.floorRepeats,
      minSampleMs: options.floorMinSampleMs,
    });
    return {
      ok: true,
      load: {
        marks: { start: marks.start, done: marks.done },
        setupMarks: marks.setup,
        stats: parseScanStats(marks.detail),
        floor,
      },
    };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] ?? 'unknown error' };
  } finally {
    await page.close();
  }
}

/** One load's sample, its main-thread tasks read from the batch's trace. */
export function withTrace(
  load: PageLoad,
  events: readonly TraceEvent[],
  extensionOrigin: string,
): LoadSample {
  const window = findMarkWindow(events, { start: START_MARK, done: DONE_MARK }, load.marks);
  const [engine = Number.NaN, settings = Number.NaN, answered = Number.NaN, compiled = Number.NaN] =
    load.setupMarks;
  return {
    totalMs: load.marks.done - load.marks.start,
    setup: {
      engineMs: engine - load.marks.start,
      settingsMs: settings - engine,
      requestMs: answered - settings,
      compileMs: compiled - answered,
    },
    stats: load.stats,
    floor: load.floor,
    ...taskSummaries(events, window),
    scriptEvalMs: window ? scriptEvaluationMs(events, window, `${extensionOrigin}content-scripts/`) : null,
    engineEvalMs: window ? moduleEvaluationMs(events, window) : null,
  };
}

/** The window's tasks: everyone's, and Parallax's by wall and by CPU time (a span as long as its thread time). */
function taskSummaries(
  events: readonly TraceEvent[],
  window: ReturnType<typeof findMarkWindow>,
): Pick<LoadSample, 'traceTasks' | 'parallaxTasks' | 'parallaxCpuTasks'> {
  if (!window) return { traceTasks: null, parallaxTasks: null, parallaxCpuTasks: null };
  const tasks = attributeTasks(events, window);
  const ours = tasks.filter((task) => task.parallax);
  return {
    traceTasks: summariseLongTasks(tasks),
    parallaxTasks: summariseLongTasks(ours),
    parallaxCpuTasks: summariseLongTasks(ours.map((task) => ({ start: 0, end: task.threadMs }))),
  };
}
