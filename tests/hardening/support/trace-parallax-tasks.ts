import type { BrowserContext, Page } from 'playwright-core';
import { PHASE_MARKS } from '../../../lib/content/phase-marks';
import {
  attributeTasks,
  findMarkWindow,
  isExtensionScript,
  keepTraceEvent,
  LONG_TASK_MS,
  scriptUrl,
  type TraceEvent,
  type TraceWindow,
} from '../../support/browser/main-thread-tasks';
import { openTracer } from '../../support/browser/tracer';

/**
 * The main-thread tasks Parallax ran on a page, from a Chromium trace. The
 * page's own `longtask` observer misses work done in a microtask checkpoint
 * (tests/support/browser/main-thread-tasks.ts says how that was found), so
 * only a trace sees all of it.
 *
 * A task is Parallax's when it runs on the page's main thread after
 * Parallax's start mark and holds a call into the content script (its
 * functions, timers, promise continuations, the engine module's evaluation,
 * or the hit test and layout they force) — not the page's own timers and
 * parsing. The task that evaluates the injected script counts too; its
 * evaluation is also reported apart.
 *
 * A task's length is its thread time (the trace's `tdur`): the CPU the main
 * thread spent in it. On a shared two-core machine running other suites, wall
 * time also counts the stretches the thread waited for a core (seen: 30 ms of
 * work taking 150 ms at a load average of 19); both are reported.
 */

/** Marks the end of what a test watched, from the page's own world. */
const END_MARK = 'parallax-test:end';

export interface ParallaxTasks {
  /** Parallax's longest task, thread time less the page's own rendering in it (AttributedTask.chargedMs; 0 if it ran none over a millisecond of wall time). */
  longestMs: number;
  /** The same task's wall time. */
  longestWallMs: number;
  /** Parallax's tasks over LONG_TASK_MS of charged thread time. */
  longTasks: number;
  /** Evaluating the injected content.js, thread time (null if the trace lacks it). */
  evaluationMs: number | null;
  /** Every top-level task of the page's thread in the window, Parallax's or not: for the figures printed on failure. */
  allLongestMs: number;
  /** What ran in Parallax's longest task: its script events, longest first (name, function, ms). */
  longestRan: string;
}

export interface ParallaxTaskTrace {
  /** Stops the trace and attributes the tasks between Parallax's start and now. */
  stop(page: Page): Promise<ParallaxTasks>;
}

/** Marks, top-level tasks of a millisecond or more, and every script event (to say what a task ran). */
function isKept(event: TraceEvent): boolean {
  return keepTraceEvent(event) || (event.ph === 'X' && scriptUrl(event) !== null);
}

/** Starts a trace of the whole browser (from a tab of its own) before the test loads its page. */
export async function traceParallaxTasks(context: BrowserContext): Promise<ParallaxTaskTrace> {
  const tracer = await openTracer(context, isKept);
  await tracer.start();
  return {
    async stop(page) {
      const times = await page.evaluate(
        ({ start, end }) => {
          performance.mark(end);
          const first = performance.getEntriesByName(start)[0];
          const last = performance.getEntriesByName(end).at(-1);
          return first && last ? { start: first.startTime, done: last.startTime } : null;
        },
        { start: PHASE_MARKS.start, end: END_MARK },
      );
      const { events } = await tracer.stop();
      await tracer.close();
      if (!times) throw new Error('hardening: trace: Parallax never marked its start on the page');
      const window = findMarkWindow(events, { start: PHASE_MARKS.start, done: END_MARK }, times);
      if (!window) throw new Error('hardening: trace: the page’s marks are not in the trace');
      return attribute(events, window);
    },
  };
}

function attribute(events: readonly TraceEvent[], window: TraceWindow): ParallaxTasks {
  let evaluationMs: number | null = null;
  let longestMs = 0;
  let longestWallMs = 0;
  let longTasks = 0;
  let allLongestMs = 0;
  let longestRan = '';
  for (const task of attributeTasks(events, window)) {
    allLongestMs = Math.max(allLongestMs, task.threadMs);
    if (!task.parallax) continue;
    const evaluation = task.ran.find((event) => event.name === 'EvaluateScript' && isExtensionScript(event));
    if (evaluation) evaluationMs = (evaluation.tdur ?? evaluation.dur ?? 0) / 1000;
    if (task.chargedMs > longestMs) {
      longestMs = task.chargedMs;
      longestWallMs = task.end - task.start;
      longestRan = describe(task.ran);
    }
    if (task.chargedMs > LONG_TASK_MS) longTasks++;
  }
  return { longestMs, longestWallMs, longTasks, evaluationMs, allLongestMs, longestRan };
}

/** The three longest script events of a task, for the figures printed with each case. */
function describe(ran: readonly TraceEvent[]): string {
  return [...ran]
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 3)
    .map((event) => {
      const data = event.args?.data as { functionName?: unknown } | undefined;
      const fn =
        typeof data?.functionName === 'string' && data.functionName !== '' ? ` ${data.functionName}` : '';
      const from = isExtensionScript(event) ? 'parallax' : 'page';
      return `${event.name}${fn} (${from}) ${((event.dur ?? 0) / 1000).toFixed(1)} ms`;
    })
    .join(', ');
}
