import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { PHASE_MARKS } from '../../../lib/content/phase-marks';
import {
  findMarkWindow,
  LONG_TASK_MS,
  topLevelTasks,
  type Span,
  type TraceEvent,
} from '../../../bench/sections/content/main-thread-tasks';

/**
 * The main-thread tasks Parallax ran on a page, from a Chromium trace. The
 * page's own `longtask` observer misses work done in a microtask checkpoint
 * (bench/sections/content/main-thread-tasks.ts says how that was found), so
 * only a trace sees all of it.
 *
 * A task is Parallax's when it runs on the page's main thread after
 * Parallax's start mark and holds a call into the content script (its
 * functions, timers, promise continuations, or the hit test and layout they
 * force) — not the page's own timers and parsing, and not the task that
 * evaluates content.js, which is the same on every page and reported apart
 * (the README's Performance section tracks it).
 *
 * A task's length is its thread time (the trace's `tdur`): the CPU the main
 * thread spent in it. On a shared two-core machine running other suites, wall
 * time also counts the stretches the thread waited for a core (seen: 30 ms of
 * work taking 150 ms at a load average of 19); both are reported.
 */

/** `toplevel` for tasks, `devtools.timeline` for whose script a task ran, `blink.user_timing` for the marks. */
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'];
/** Marks the end of what a test watched, from the page's own world. */
const END_MARK = 'parallax-test:end';
/** Where the content script comes from: its events carry this URL. */
const EXTENSION_URL = 'chrome-extension://';

export interface ParallaxTasks {
  /** Parallax's longest task, thread time (0 if it ran none over a millisecond of wall time). */
  longestMs: number;
  /** The same task's wall time. */
  longestWallMs: number;
  /** Parallax's tasks over LONG_TASK_MS of thread time. */
  longTasks: number;
  /** Evaluating content.js (null if the trace lacks it). */
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

/** Script events that say which script a task ran. */
function scriptUrl(event: TraceEvent): string | null {
  const data = event.args?.data;
  const url = data?.url;
  return typeof url === 'string' && url !== '' ? url : null;
}

function isKept(event: TraceEvent): boolean {
  if (event.cat.includes('user_timing')) return true;
  if (event.ph !== 'X' || event.dur === undefined) return false;
  if (event.cat.split(',').includes('toplevel')) return event.dur >= 1000;
  return scriptUrl(event) !== null;
}

/** Starts a trace of the whole browser (from a tab of its own) before the test loads its page. */
export async function traceParallaxTasks(context: BrowserContext): Promise<ParallaxTaskTrace> {
  const tab = await context.newPage();
  const session: CDPSession = await context.newCDPSession(tab);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (message) => {
    for (const event of message.value as unknown as TraceEvent[]) if (isKept(event)) events.push(event);
  });
  await session.send('Tracing.start', {
    traceConfig: {
      includedCategories: CATEGORIES,
      excludedCategories: ['*'],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
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
      const complete = new Promise<void>((resolve) =>
        session.once('Tracing.tracingComplete', () => resolve()),
      );
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      await tab.close();
      if (!times) throw new Error('hardening: trace: Parallax never marked its start on the page');
      const window = findMarkWindow(events, { start: PHASE_MARKS.start, done: END_MARK }, times);
      if (!window) throw new Error('hardening: trace: the page’s marks are not in the trace');
      return attribute(events, window);
    },
  };
}

function attribute(
  events: readonly TraceEvent[],
  window: Span & { pid: number; tid: number },
): ParallaxTasks {
  const onThread = events.filter((event) => event.pid === window.pid && event.tid === window.tid);
  const scripts = onThread.filter((event) => event.ph === 'X' && scriptUrl(event) !== null);
  /** Thread time of each top-level task, by its start (µs → ms). */
  const threadMs = new Map<number, number>();
  for (const event of onThread) {
    const tdur = (event as TraceEvent & { tdur?: number }).tdur;
    if (event.ph === 'X' && tdur !== undefined && event.cat.split(',').includes('toplevel'))
      threadMs.set(event.ts / 1000, Math.max(threadMs.get(event.ts / 1000) ?? 0, tdur / 1000));
  }
  const tasks = topLevelTasks(onThread, window).filter(
    (task) => task.start < window.end && task.end > window.start,
  );
  const inside = (task: Span, event: TraceEvent): boolean =>
    event.ts / 1000 >= task.start && event.ts / 1000 < task.end;
  let evaluationMs: number | null = null;
  let longestMs = 0;
  let longestWallMs = 0;
  let longTasks = 0;
  let allLongestMs = 0;
  let longestRan = '';
  for (const task of tasks) {
    const wallMs = task.end - task.start;
    const ms = threadMs.get(task.start) ?? wallMs;
    allLongestMs = Math.max(allLongestMs, ms);
    const ran = scripts.filter((event) => inside(task, event));
    const evaluation = ran.find(
      (event) => event.name === 'EvaluateScript' && scriptUrl(event)?.startsWith(EXTENSION_URL),
    );
    if (evaluation) {
      evaluationMs = (evaluation.dur ?? 0) / 1000;
      continue;
    }
    if (!ran.some((event) => scriptUrl(event)?.startsWith(EXTENSION_URL))) continue;
    if (ms > longestMs) {
      longestMs = ms;
      longestWallMs = wallMs;
      longestRan = describe(ran);
    }
    if (ms > LONG_TASK_MS) longTasks++;
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
      const from = scriptUrl(event)?.startsWith(EXTENSION_URL) ? 'parallax' : 'page';
      return `${event.name}${fn} (${from}) ${((event.dur ?? 0) / 1000).toFixed(1)} ms`;
    })
    .join(', ');
}
