import { describe, expect, it } from 'vitest';
import { quickSubset, type BenchPage } from '../../../bench/sections/content/bench-pages';
import {
  findMarkWindow,
  keepTraceEvent,
  overlapping,
  scriptEvaluationMs,
  moduleEvaluationMs,
  attributeTasks,
  isExtensionScript,
  summariseLongTasks,
  topLevelTasks,
  type TraceEvent,
} from '../../support/browser/main-thread-tasks';
import { parseScanStats, type LoadSample } from '../../../bench/sections/content/measure-load';
import { longArticleHtml, manyElementsHtml } from '../../support/browser/stress-pages';
import { summarisePage, summariseValues } from '../../../bench/sections/content/summarise-page';

/** A complete event on the main thread of renderer 7, times in ms (the trace holds µs). */
function task(startMs: number, durationMs: number, extra: Partial<TraceEvent> = {}): TraceEvent {
  return {
    name: 'ThreadControllerImpl::RunTask',
    cat: 'toplevel',
    ph: 'X',
    ts: startMs * 1000,
    dur: durationMs * 1000,
    pid: 7,
    tid: 7,
    ...extra,
  };
}

function mark(name: string, traceMs: number, pageMs: number, pid = 7): TraceEvent {
  return {
    name,
    cat: 'blink.user_timing',
    ph: 'I',
    ts: traceMs * 1000,
    pid,
    tid: pid,
    args: { data: { startTime: pageMs } },
  };
}

const STATS = {
  extractMs: 4,
  matchMs: 3,
  paintMs: 1,
  longestSliceMs: 6,
  slices: 2,
  characters: 1000,
  found: 3,
  painted: 2,
};

describe('main-thread tasks from a trace', () => {
  it('keeps only top-level tasks of the thread, not the events nested in them', () => {
    const events = [
      task(100, 80),
      task(110, 30, { name: 'Receive mojo message', cat: 'toplevel,mojom' }),
      task(200, 10),
      task(120, 70, { pid: 9, tid: 9 }),
      task(130, 60, { name: 'Layout', cat: 'devtools.timeline' }),
    ];
    expect(topLevelTasks(events, { pid: 7, tid: 7 })).toEqual([
      { start: 100, end: 180 },
      { start: 200, end: 210 },
    ]);
  });

  it('counts a task overlapping the window, even one that began before the start mark', () => {
    const window = { start: 150, end: 300 };
    const spans = [
      { start: 100, end: 160 }, // evaluates content.js, makes the start mark
      { start: 200, end: 230 },
      { start: 300, end: 400 }, // begins as the window closes: not Parallax's
      { start: 50, end: 150 }, // ends as it opens
    ];
    expect(overlapping(spans, window)).toEqual([spans[0], spans[1]]);
  });

  it('counts tasks over 50 ms as long and reports the longest', () => {
    expect(summariseLongTasks([])).toEqual({ count: 0, longestMs: 0 });
    expect(
      summariseLongTasks([
        { start: 0, end: 50 },
        { start: 60, end: 111 },
        { start: 200, end: 230 },
      ]),
    ).toEqual({ count: 1, longestMs: 51 });
  });

  it("finds one load's marks among several loads by their page-clock times", () => {
    const events = [
      mark('parallax:start', 1000, 40.1, 5),
      mark('parallax:highlighted', 1100, 90.2, 5),
      mark('parallax:start', 2000, 40.1, 6),
      mark('parallax:highlighted', 2070, 75.5, 6),
    ];
    const names = { start: 'parallax:start', done: 'parallax:highlighted' };
    expect(findMarkWindow(events, names, { start: 40.1, done: 75.5 })).toEqual({
      pid: 6,
      tid: 6,
      start: 2000,
      end: 2070,
    });
    expect(findMarkWindow(events, names, { start: 40.1, done: 99 })).toBeNull();
  });

  it("takes the content script's last evaluation before the start mark on that thread", () => {
    const evaluate = (startMs: number, durationMs: number, url: string): TraceEvent =>
      task(startMs, durationMs, {
        name: 'EvaluateScript',
        cat: 'devtools.timeline',
        args: { data: { url } },
      });
    const script = 'chrome-extension://abc/content-scripts/content.js';
    const events = [
      evaluate(100, 60, script), // an earlier load in the same renderer
      evaluate(900, 5, 'http://127.0.0.1/page.js'),
      evaluate(1000, 70, script),
      evaluate(3000, 80, script), // a later load
    ];
    const window = { pid: 7, tid: 7, start: 1065, end: 1200 };
    expect(scriptEvaluationMs(events, window, 'chrome-extension://abc/content-scripts/')).toBe(70);
    expect(scriptEvaluationMs(events, { ...window, pid: 8 }, 'chrome-extension://abc/')).toBeNull();
  });

  it("takes the engine module's first evaluation in an isolated world inside the window", () => {
    const evaluate = (startMs: number, durationMs: number, worldId: number): TraceEvent => ({
      ...task(startMs, durationMs, { name: 'v8.evaluateModule', cat: 'v8,devtools.timeline' }),
      args: { worldId },
    });
    const events = [
      evaluate(900, 40, 3), // an earlier load in the same renderer
      evaluate(1080, 9, 0), // the page's own module
      evaluate(1100, 14, 3),
      evaluate(1150, 30, 3), // a later import in the same load
      evaluate(3000, 20, 3), // a later load
    ];
    const window = { pid: 7, tid: 7, start: 1065, end: 1200 };
    expect(moduleEvaluationMs(events, window)).toBe(14);
    expect(moduleEvaluationMs(events, { ...window, tid: 8 })).toBeNull();
    expect(keepTraceEvent(evaluate(1100, 0.5, 3))).toBe(true);
  });

  it("marks a task Parallax's when it ran an extension script or the engine module, by thread time", () => {
    const call = (startMs: number, url: string): TraceEvent =>
      task(startMs, 1, { name: 'FunctionCall', cat: 'devtools.timeline', args: { data: { url } } });
    const engine: TraceEvent = {
      ...task(1300, 10, { name: 'v8.evaluateModule', cat: 'v8,devtools.timeline' }),
      args: { worldId: 3 },
    };
    const pageModule: TraceEvent = {
      ...task(1500, 10, { name: 'v8.evaluateModule', cat: 'v8,devtools.timeline' }),
      args: { worldId: 0 },
    };
    const events = [
      { ...task(1000, 60), tdur: 20_000 }, // a slow wall clock, little CPU: Parallax's timer
      call(1010, 'chrome-extension://abc/content-engine.js'),
      task(1100, 120), // the browser's first layout: no script at all
      task(1290, 30),
      engine,
      task(1400, 70), // the page's own script
      call(1410, 'http://127.0.0.1/app.js'),
      task(1495, 20),
      pageModule,
    ];
    const window = { pid: 7, tid: 7, start: 1005, end: 1600 };
    const tasks = attributeTasks(events, window);
    expect(tasks.map((t) => [t.start, t.parallax, t.threadMs])).toEqual([
      [1000, true, 20],
      [1100, false, 120],
      [1290, true, 30],
      [1400, false, 70],
      [1495, false, 20],
    ]);
    expect(isExtensionScript(engine)).toBe(true);
    expect(isExtensionScript(pageModule)).toBe(false);
    expect(keepTraceEvent(call(1010, 'chrome-extension://abc/content-engine.js'))).toBe(true);
  });

  it('keeps marks, evaluations and top-level tasks of a millisecond or more while streaming', () => {
    expect(keepTraceEvent(mark('parallax:start', 1, 1))).toBe(true);
    expect(keepTraceEvent(task(0, 2))).toBe(true);
    expect(keepTraceEvent(task(0, 0.5))).toBe(false);
    expect(keepTraceEvent(task(0, 20, { cat: 'devtools.timeline', name: 'Layout' }))).toBe(true);
    expect(keepTraceEvent(task(0, 0.5, { cat: 'devtools.timeline', name: 'Layout' }))).toBe(false);
    expect(keepTraceEvent(task(0, 20, { cat: 'devtools.timeline', name: 'Paint' }))).toBe(false);
  });
});

describe('content section helpers', () => {
  it('reads the scan statistics from the mark detail and rejects a changed shape', () => {
    expect(parseScanStats({ ...STATS, extra: true })).toEqual(STATS);
    expect(() => parseScanStats({ ...STATS, paintMs: '1' })).toThrow(/paintMs/);
    expect(() => parseScanStats(null)).toThrow(/expected object/);
  });

  it('takes ratios per load before the median, so each load is compared with its own floor', () => {
    const sample = (totalMs: number, floorMs: number): LoadSample => ({
      totalMs,
      setup: { engineMs: 4, settingsMs: 2, requestMs: 5, compileMs: 3 },
      stats: STATS,
      floor: {
        firstMs: floorMs * 3,
        samplesMs: [floorMs * 2, floorMs, floorMs],
        matches: 3,
        elements: 10,
      },
      traceTasks: { count: 0, longestMs: 20 },
      parallaxTasks: { count: 0, longestMs: 12 },
      parallaxCpuTasks: { count: 0, longestMs: 9 },
      scriptEvalMs: 30,
      engineEvalMs: 12,
    });
    const page: BenchPage = { name: 'p', kind: 'seed', path: '/generated/p.html', bytes: 100 };
    const result = summarisePage(page, [sample(40, 10), sample(90, 30), sample(60, 10)], [], 1);
    expect(result.measured?.ratio.median).toBe(4);
    expect(result.measured?.floor.medianMs).toBe(10);
    // 60 ms total − 14 ms setup − 8 ms of scan work (the median load).
    expect(result.measured?.split.restMs).toBe(38);
    expect(result.measured?.split.requestMs).toBe(5);
    expect(result.measured?.workRatio.samples).toEqual([0.8, 8 / 30, 0.8]);
    expect(summarisePage(page, [], ['timeout'], 1).measured).toBeNull();
    expect(summariseValues([1, 2, 3]).spread).toBeCloseTo(1);
  });

  it('generates a long article of about a megabyte and a page of 50,000 elements', () => {
    const paragraphs = ['Donald Trump met Vladimir Putin.', 'Kyiv said <no> & more.'];
    const article = longArticleHtml(paragraphs);
    const texts = [...article.matchAll(/<p>([^<]*)<\/p>/gu)].map((match) => match[1] ?? '');
    const chars = texts.join('').replace(/&#\d+;/gu, 'x').length;
    expect(chars).toBeGreaterThanOrEqual(1_000_000);
    expect(chars).toBeLessThan(1_000_100);
    const many = manyElementsHtml(paragraphs);
    const body = many.slice(many.indexOf('</h1>'));
    expect((body.match(/<(?:p|span)>/gu) ?? []).length).toBe(50_000);
    expect(many).not.toContain('<no>');
  });

  it('picks the smallest, median and largest saved page for --quick', () => {
    const pages = [5, 1, 9, 3, 7].map((bytes): BenchPage => ({
      name: `p${bytes}`,
      kind: 'saved',
      path: `/saved/p${bytes}`,
      bytes,
    }));
    expect(quickSubset(pages).map((page) => page.name)).toEqual(['p5', 'p1', 'p9']);
  });
});
