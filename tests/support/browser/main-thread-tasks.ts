/**
 * Long tasks from a Chromium trace, and which of them fall inside Parallax's
 * work. Pure: it reads trace events and spans, nothing else, so it is
 * unit-tested without a browser.
 *
 * Why a trace at all: the page's `longtask` PerformanceObserver does not
 * see most of the content script's work. Tried on a page of 50,000 elements: a 280 ms stretch of text
 * extraction, run in a microtask checkpoint after the background's answer
 * arrived, produced no `longtask` entry, while a busy loop of the page's own
 * produced one. The trace records every top-level task of the renderer's
 * main thread, whoever's code ran in it.
 */

/** The long-task line of the RAIL model and of the Long Tasks API. */
export const LONG_TASK_MS = 50;

/** One Chrome trace event, as far as this module reads it (timestamps and durations in µs). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time, µs (complete events only). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: unknown; startTime?: unknown }; worldId?: unknown };
}

/** A stretch of time, in milliseconds on one clock. */
export interface Span {
  start: number;
  end: number;
}

/** Parallax's work in a trace: between its two marks, on the thread that made them. */
export interface TraceWindow extends Span {
  pid: number;
  tid: number;
}

/**
 * Trace events worth keeping while a trace streams in (a round of loads
 * yields hundreds of thousands, almost all tiny tasks on other threads):
 * user-timing marks, script evaluations, the events of Parallax's own code
 * (to tell its tasks apart, attributeTasks), and top-level tasks of at least
 * `minTaskMs`. Dropping the short tasks cannot change which long task is
 * top-level: a task is only ever nested in a longer one.
 */
export function keepTraceEvent(event: TraceEvent, minTaskMs = 1): boolean {
  if (event.cat.includes('user_timing') || event.name === 'EvaluateScript' || isExtensionScript(event))
    return true;
  if (event.ph !== 'X' || (event.dur ?? 0) < minTaskMs * 1000) return false;
  return event.cat.split(',').includes('toplevel') || RENDERING_EVENTS.has(event.name);
}

/**
 * The renderer's style and layout passes. Outside any script event they are
 * the page's own rendering (its first layout after parsing), which may share
 * a task with Parallax's code; inside one of Parallax's script events they
 * were forced by it and stay Parallax's.
 */
const RENDERING_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);

/** Chromium's trace event for running an ES module's top-level code. */
const MODULE_EVALUATION = 'v8.evaluateModule';

/** The extension's scripts in trace events: the injected script's URL and its timers', listeners' and callbacks' frames. */
const EXTENSION_URL = 'chrome-extension://';

/** The URL of the script an event ran, if it names one. */
export function scriptUrl(event: TraceEvent): string | null {
  const url = event.args?.data?.url;
  return typeof url === 'string' && url !== '' ? url : null;
}

/**
 * Whether an event ran Parallax's code: a script event (evaluation, function
 * call, timer, callback) of an extension URL, or a module's evaluation in an
 * isolated world (the engine module; Chromium names no URL on it, and the
 * page's own modules run in world 0).
 */
export function isExtensionScript(event: TraceEvent): boolean {
  if (event.ph !== 'X') return false;
  if (event.name === MODULE_EVALUATION)
    return typeof event.args?.worldId === 'number' && event.args.worldId !== 0;
  return scriptUrl(event)?.startsWith(EXTENSION_URL) ?? false;
}

/** Page-clock times of two marks, as `performance.getEntriesByName` gave them (ms). */
export interface MarkTimes {
  start: number;
  done: number;
}

/**
 * The trace's marks equal to a known page-clock time: the trace prints it
 * with a digit less, hence the tolerance (a thousandth of a microsecond).
 */
function sameTime(event: TraceEvent, time: number): boolean {
  const startTime = event.args?.data?.startTime;
  return typeof startTime === 'number' && Math.abs(startTime - time) < 1e-6;
}

/**
 * Where one load's two marks are in a trace that may hold many loads
 * (µs → ms on the trace's clock), found by their page-clock times on one
 * thread; null if either is missing.
 */
export function findMarkWindow(
  events: readonly TraceEvent[],
  names: { start: string; done: string },
  times: MarkTimes,
): TraceWindow | null {
  for (const start of events) {
    if (start.name !== names.start || !start.cat.includes('user_timing') || !sameTime(start, times.start)) {
      continue;
    }
    const done = events.find(
      (event) =>
        event.name === names.done &&
        event.cat.includes('user_timing') &&
        event.pid === start.pid &&
        event.tid === start.tid &&
        sameTime(event, times.done),
    );
    if (done) return { pid: start.pid, tid: start.tid, start: start.ts / 1000, end: done.ts / 1000 };
  }
  return null;
}

/**
 * The top-level tasks of one thread, in ms: complete events of the
 * `toplevel` category not nested in another (Chromium nests e.g. a mojo
 * message inside the task that dispatched it; a microtask checkpoint run
 * outside any task is top-level on its own).
 */
export function topLevelTasks(events: readonly TraceEvent[], thread: { pid: number; tid: number }): Span[] {
  const candidates = events
    .filter(
      (event) =>
        event.pid === thread.pid &&
        event.tid === thread.tid &&
        event.ph === 'X' &&
        event.dur !== undefined &&
        event.cat.split(',').includes('toplevel'),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Span[] = [];
  let coveredTo = Number.NEGATIVE_INFINITY;
  for (const event of candidates) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts < coveredTo) continue;
    tasks.push({ start: event.ts / 1000, end: end / 1000 });
    coveredTo = end;
  }
  return tasks;
}

/**
 * Spans that share some time with `window` (touching ends do not count).
 * A task that began before Parallax's first mark still counts: the task
 * that evaluates the content script makes that mark.
 */
export function overlapping(spans: readonly Span[], window: Span): Span[] {
  return spans.filter((span) => span.start < window.end && span.end > window.start);
}

export interface LongTaskSummary {
  /** Tasks longer than LONG_TASK_MS. */
  count: number;
  /** The longest task at all (0 if none), long or not. */
  longestMs: number;
}

/** How many of the spans are long tasks, and the longest of them. */
export function summariseLongTasks(spans: readonly Span[]): LongTaskSummary {
  let count = 0;
  let longestMs = 0;
  for (const span of spans) {
    const ms = span.end - span.start;
    if (ms > LONG_TASK_MS) count++;
    longestMs = Math.max(longestMs, ms);
  }
  return { count, longestMs };
}

/**
 * How long the content script's evaluation took (`EvaluateScript` of a URL
 * under `urlPrefix`, in ms): the bundle's top-level code runs before its
 * `main()` marks `parallax:start`, so the marks leave it out. Of the
 * evaluations on the window's thread, the last to begin by the start mark
 * (the mark is normally inside it); a reused renderer holds earlier loads'.
 */
export function scriptEvaluationMs(
  events: readonly TraceEvent[],
  window: TraceWindow,
  urlPrefix: string,
): number | null {
  let found: TraceEvent | null = null;
  for (const event of events) {
    const url = event.args?.data?.url;
    if (
      event.name === 'EvaluateScript' &&
      event.pid === window.pid &&
      event.tid === window.tid &&
      event.dur !== undefined &&
      typeof url === 'string' &&
      url.startsWith(urlPrefix) &&
      event.ts / 1000 <= window.start &&
      (!found || event.ts > found.ts)
    ) {
      found = event;
    }
  }
  return found?.dur === undefined ? null : found.dur / 1000;
}

/**
 * How long the content script's engine module ran its top-level code (the
 * first `v8.evaluateModule` in an isolated world inside the window, on its
 * thread, in ms): the injected script imports it after the start mark, and
 * Chromium compiles it off the main thread, so this is its whole main-thread
 * evaluation. Null if the trace has none.
 */
export function moduleEvaluationMs(events: readonly TraceEvent[], window: TraceWindow): number | null {
  let found: TraceEvent | null = null;
  for (const event of events) {
    const world = event.args?.worldId;
    if (
      event.name === MODULE_EVALUATION &&
      event.pid === window.pid &&
      event.tid === window.tid &&
      event.dur !== undefined &&
      typeof world === 'number' &&
      world !== 0 &&
      event.ts / 1000 >= window.start &&
      event.ts / 1000 < window.end &&
      (!found || event.ts < found.ts)
    ) {
      found = event;
    }
  }
  return found?.dur === undefined ? null : found.dur / 1000;
}

/** A top-level task of the window's thread, and whose it was. */
export interface AttributedTask extends Span {
  /** The CPU time the thread spent in it (`tdur`), ms; its wall time where the trace lacks it. */
  threadMs: number;
  /** It ran Parallax's code (isExtensionScript), or a hit test or layout that code forced. */
  parallax: boolean;
  /**
   * Of `threadMs`, what is not the page's own rendering (RENDERING_EVENTS
   * outside any script event): the share a task of Parallax's is charged to
   * it. Anything unattributed stays in, so it can only over-count Parallax.
   */
  chargedMs: number;
  /** The script events inside it, for saying what ran. */
  ran: TraceEvent[];
}

/**
 * Every top-level task overlapping `window` on its thread, each marked
 * Parallax's when it holds an event of Parallax's code; the rest are the
 * page's and the browser's own (parsing, the page's scripts, the first layout
 * of a long page), which Parallax's work happens to share the window with.
 */
export function attributeTasks(events: readonly TraceEvent[], window: TraceWindow): AttributedTask[] {
  const onThread = events.filter((event) => event.pid === window.pid && event.tid === window.tid);
  const scripts = onThread
    .filter((event) => event.ph === 'X' && (scriptUrl(event) !== null || isExtensionScript(event)))
    .sort((a, b) => a.ts - b.ts);
  const threadMs = new Map<number, number>();
  for (const event of onThread) {
    if (event.ph === 'X' && event.tdur !== undefined && event.cat.split(',').includes('toplevel'))
      threadMs.set(event.ts / 1000, Math.max(threadMs.get(event.ts / 1000) ?? 0, event.tdur / 1000));
  }
  const rendering = onThread.filter((event) => event.ph === 'X' && RENDERING_EVENTS.has(event.name));
  return overlapping(topLevelTasks(onThread, window), window).map((task) => {
    const within = (event: TraceEvent) => event.ts / 1000 >= task.start && event.ts / 1000 < task.end;
    const ran = scripts.filter(within);
    const taskMs = threadMs.get(task.start) ?? task.end - task.start;
    const pageRenderingMs = outermost(rendering.filter(within))
      .filter((pass) => !ran.some((script) => contains(script, pass)))
      .reduce((total, pass) => total + (pass.tdur ?? pass.dur ?? 0) / 1000, 0);
    return {
      ...task,
      threadMs: taskMs,
      parallax: ran.some(isExtensionScript),
      chargedMs: Math.max(0, taskMs - pageRenderingMs),
      ran,
    };
  });
}

function contains(outer: TraceEvent, inner: TraceEvent): boolean {
  return outer.ts <= inner.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
}

/** The events not nested in another of the list (a style pass may run inside a layout). */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((event) => !events.some((other) => other !== event && contains(other, event)));
}
