import { median } from '../../support/stats';
import { summariseSamples } from '../../support/timing';
import type { BenchPage } from './bench-pages';
import type { LoadSample } from './measure-load';
import type { PeerRun } from './peer-markjs';

/**
 * One page's loads folded into medians. Every ratio is taken per load
 * (Parallax and the floor of the same load), then the median of those is
 * reported: the load's own conditions cancel out.
 */

/** Median and spread ((max − min) / median) of a dimensionless per-load value (a ratio, a count). */
export function summariseValues(samples: readonly number[]) {
  if (samples.length === 0) throw new Error('bench: content: summariseValues: no samples');
  const mid = median(samples);
  const min = Math.min(...samples);
  const max = Math.max(...samples);
  return { median: mid, min, max, spread: mid > 0 ? (max - min) / mid : 0, samples: [...samples] };
}

export type ValueSummary = ReturnType<typeof summariseValues>;
export type PeerSummary = ReturnType<typeof summarisePeer>;
export type PageMeasures = ReturnType<typeof measurePage>;

export interface PageResult {
  page: BenchPage;
  /** Why the other loads failed (a missing mark, a timeout). */
  failures: string[];
  /** mark.js on the same page (null when not run). */
  peer: PeerSummary | null;
  /** null when no load reached the mark. */
  measured: PageMeasures | null;
}

/**
 * mark.js's loads of one page: its median time counts a run past the cap as
 * endless (null when that median is past the cap); matches are the median
 * of the finished runs.
 */
export function summarisePeer(runs: readonly PeerRun[], failures: readonly string[], capMs: number) {
  const times = runs.map((run) => run.ms ?? Number.POSITIVE_INFINITY);
  const finished = runs.flatMap((run) => (run.matches === null ? [] : [run.matches]));
  const mid = times.length > 0 ? median(times) : Number.POSITIVE_INFINITY;
  return {
    runs: runs.length,
    overCap: runs.filter((run) => run.ms === null).length,
    capMs,
    markjsMs: Number.isFinite(mid) ? mid : null,
    matches: finished.length > 0 ? median(finished) : null,
    failures: [...failures],
  };
}

function measurePage(samples: readonly LoadSample[], warmup: number) {
  const repeat = { warmup, repeats: samples.length };
  const of = (pick: (sample: LoadSample) => number): number => median(samples.map(pick));
  /** The loads that have a value (a trace may miss some) summarised, or null when none has. */
  const some = (pick: (sample: LoadSample) => number | null | undefined): ValueSummary | null => {
    const values = samples.flatMap((sample) => pick(sample) ?? []);
    return values.length > 0 ? summariseValues(values) : null;
  };
  const work = (sample: LoadSample): number =>
    sample.stats.extractMs + sample.stats.matchMs + sample.stats.paintMs;
  const setup = ({ setup }: LoadSample): number =>
    setup.engineMs + setup.settingsMs + setup.requestMs + setup.compileMs;
  const floorMs = (sample: LoadSample): number => median(sample.floor.samplesMs);
  return {
    elements: of((sample) => sample.floor.elements),
    // Parallax's extracted characters (median: a page with live parts may differ by a few).
    characters: of((sample) => sample.stats.characters),
    found: of((sample) => sample.stats.found),
    painted: of((sample) => sample.stats.painted),
    total: summariseSamples(
      samples.map((sample) => sample.totalMs),
      repeat,
    ),
    // The setup's phases from the marks, the scan's own split, and what is left: yields between slices.
    split: {
      engineMs: of((sample) => sample.setup.engineMs),
      settingsMs: of((sample) => sample.setup.settingsMs),
      requestMs: of((sample) => sample.setup.requestMs),
      compileMs: of((sample) => sample.setup.compileMs),
      extractMs: of((sample) => sample.stats.extractMs),
      matchMs: of((sample) => sample.stats.matchMs),
      paintMs: of((sample) => sample.stats.paintMs),
      restMs: of((sample) => sample.totalMs - setup(sample) - work(sample)),
    },
    // Per load, the median of the floor's in-page samples; its first pass apart (it compiles the RegExp).
    floor: summariseSamples(samples.map(floorMs), repeat),
    floorFirstMs: of((sample) => sample.floor.firstMs),
    floorMatches: of((sample) => sample.floor.matches),
    ratio: summariseValues(samples.map((sample) => sample.totalMs / floorMs(sample))),
    // Against the floor's first, cold pass: what a naive content script costs on this page (issue 20).
    coldRatio: summariseValues(samples.map((sample) => sample.totalMs / sample.floor.firstMs)),
    workRatio: summariseValues(samples.map((sample) => work(sample) / floorMs(sample))),
    longestSlice: summariseValues(samples.map((sample) => sample.stats.longestSliceMs)),
    traceLongest: some((sample) => sample.traceTasks?.longestMs),
    traceLongCount: some((sample) => sample.traceTasks?.count),
    parallaxLongest: some((sample) => sample.parallaxTasks?.longestMs),
    parallaxLongCount: some((sample) => sample.parallaxTasks?.count),
    parallaxCpuLongest: some((sample) => sample.parallaxCpuTasks?.longestMs),
    parallaxCpuLongCount: some((sample) => sample.parallaxCpuTasks?.count),
    // Loads whose marks the trace did not hold (a trace buffer overflow).
    untraced: samples.filter((sample) => !sample.traceTasks).length,
    scriptEvalMs: some((sample) => sample.scriptEvalMs)?.median ?? null,
    engineEvalMs: some((sample) => sample.engineEvalMs)?.median ?? null,
  };
}

export function summarisePage(
  page: BenchPage,
  samples: readonly LoadSample[],
  failures: readonly string[],
  warmup: number,
): PageResult {
  const measured = samples.length > 0 ? measurePage(samples, warmup) : null;
  return { page, failures: [...failures], peer: null, measured };
}
