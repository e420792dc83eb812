import type { BrowserContext } from 'playwright-core';
import type { ScanStats } from '../../../lib/highlight';
import {
  findMarkWindow,
  scriptEvaluationMs,
  attributeTasks,
  moduleEvaluationMs,
  summariseLongTasks,
  type LongTaskSummary,
  type MarkTimes,
  type TraceEvent,
} from '../../../tests/support/browser/main-thread-tasks';
import { DONE_MARK, runFloor, SETUP_MARKS, START_MARK, waitForMarks, type FloorRun } from './page-probe';
import { parseScanStats } from './parse-scan-stats';
import { heapAfterGc } from './peer-markjs';

/**
 * One measured page load in a fresh tab: Parallax's marks, then the floor
 * in the same load, then the JS heap. The main-thread
 * tasks come from the batch's trace afterwards (`withTrace`).
 */

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
  /** JS heap in use after highlighting and a garbage collection (bytes; the renderer's isolate). */
  heapBytes: number;
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
  heapBytes: number;
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
    const heapBytes = await heapAfterGc(await context.newCDPSession(page));
    return {
      ok: true,
      load: {
        marks: { start: marks.start, done: marks.done },
        setupMarks: marks.setup,
        stats: parseScanStats(marks.detail),
        floor,
        heapBytes,
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
    heapBytes: load.heapBytes,
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
