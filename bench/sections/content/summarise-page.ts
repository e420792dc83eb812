import { median } from '../../support/stats';
import { summariseSamples, type RepeatedTiming } from '../../support/timing';
import type { BenchPage } from './bench-pages';
import type { LoadSample } from './measure-load';
import type { PeerRun } from './peer-markjs';

/**
 * One page's loads folded into medians. Pure, so it is unit-tested. Every
 * ratio is taken per load (Parallax and the floor of the same load), then
 * the median of those is reported: the load's own conditions cancel out.
 */

/** Median and spread of a dimensionless per-load value (a ratio, a count). */
export interface ValueSummary {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median, as for the timings. */
  spread: number;
  samples: number[];
}

export function summariseValues(samples: readonly number[]): ValueSummary {
  if (samples.length === 0) throw new Error('bench: content: summariseValues: no samples');
  const mid = median(samples);
  const min = Math.min(...samples);
  const max = Math.max(...samples);
  return { median: mid, min, max, spread: mid > 0 ? (max - min) / mid : 0, samples: [...samples] };
}

export interface PageResult {
  page: BenchPage;
  /** Why the other loads failed (a missing mark, a timeout). */
  failures: string[];
  /** null when no load reached the mark. */
  measured: PageMeasures | null;
  /** mark.js on the same page (null when not run). */
  peer: PeerSummary | null;
}

/** mark.js's loads of one page, folded. */
export interface PeerSummary {
  /** Loads that finished or hit the cap. */
  runs: number;
  overCap: number;
  capMs: number;
  /** Median time, a run past the cap counting as endless; null when that median is past the cap. */
  markjsMs: number | null;
  /** Matches mark.js wrapped (median of the finished runs). */
  matches: number | null;
  failures: string[];
}

export function summarisePeer(
  runs: readonly PeerRun[],
  failures: readonly string[],
  capMs: number,
): PeerSummary {
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

export interface PageMeasures {
  elements: number;
  /** Parallax's extracted characters (median: a page with live parts may differ by a few). */
  characters: number;
  found: number;
  painted: number;
  /** parallax:start → parallax:highlighted. */
  total: RepeatedTiming;
  /**
   * Medians of the setup (from the marks) and of the scan's own split;
   * `rest` is what is left of each load's total: the yields between slices.
   */
  split: {
    engineMs: number;
    settingsMs: number;
    requestMs: number;
    compileMs: number;
    extractMs: number;
    matchMs: number;
    paintMs: number;
    restMs: number;
  };
  /** The floor: per load, the median of its in-page samples; `floorFirstMs` is its first pass (compiles the RegExp). */
  floor: RepeatedTiming;
  floorFirstMs: number;
  floorMatches: number;
  /** Per load: Parallax start→highlighted ÷ floor, and extract+match+paint ÷ floor. */
  ratio: ValueSummary;
  workRatio: ValueSummary;
  /** Parallax's own longest stretch without yielding. */
  longestSlice: ValueSummary;
  /** Top-level main-thread tasks overlapping Parallax's window (trace); null if no load was found in it. */
  traceLongest: ValueSummary | null;
  traceLongCount: ValueSummary | null;
  /** The same for the tasks that ran Parallax's code. */
  parallaxLongest: ValueSummary | null;
  parallaxLongCount: ValueSummary | null;
  /** Parallax's longest task by CPU time, and its tasks over the line by CPU time. */
  parallaxCpuLongest: ValueSummary | null;
  parallaxCpuLongCount: ValueSummary | null;
  /** Loads whose marks the trace did not hold (a trace buffer overflow). */
  untraced: number;
  /** content.js evaluation before parallax:start (null if no trace had it). */
  scriptEvalMs: number | null;
  /** The engine module's evaluation after parallax:start (null if no trace had it). */
  engineEvalMs: number | null;
}

export function summarisePage(
  page: BenchPage,
  samples: readonly LoadSample[],
  failures: readonly string[],
  warmup: number,
): PageResult {
  const base = { page, failures: [...failures], peer: null };
  if (samples.length === 0) return { ...base, measured: null };
  const repeat = { warmup, repeats: samples.length };
  const of = (pick: (sample: LoadSample) => number): number => median(samples.map(pick));
  const work = (sample: LoadSample): number =>
    sample.stats.extractMs + sample.stats.matchMs + sample.stats.paintMs;
  const setup = (sample: LoadSample): number =>
    sample.setup.engineMs + sample.setup.settingsMs + sample.setup.requestMs + sample.setup.compileMs;
  const floorMs = (sample: LoadSample): number => median(sample.floor.samplesMs);
  const evals = samples.flatMap((sample) => (sample.scriptEvalMs === null ? [] : [sample.scriptEvalMs]));
  const engineEvals = samples.flatMap((sample) =>
    sample.engineEvalMs === null ? [] : [sample.engineEvalMs],
  );
  const traced = samples.flatMap((sample) => (sample.traceTasks ? [sample.traceTasks] : []));
  const ours = samples.flatMap((sample) => (sample.parallaxTasks ? [sample.parallaxTasks] : []));
  const oursCpu = samples.flatMap((sample) => (sample.parallaxCpuTasks ? [sample.parallaxCpuTasks] : []));
  return {
    ...base,
    measured: {
      elements: of((sample) => sample.floor.elements),
      characters: of((sample) => sample.stats.characters),
      found: of((sample) => sample.stats.found),
      painted: of((sample) => sample.stats.painted),
      total: summariseSamples(
        samples.map((sample) => sample.totalMs),
        repeat,
      ),
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
      floor: summariseSamples(samples.map(floorMs), repeat),
      floorFirstMs: of((sample) => sample.floor.firstMs),
      floorMatches: of((sample) => sample.floor.matches),
      ratio: summariseValues(samples.map((sample) => sample.totalMs / floorMs(sample))),
      workRatio: summariseValues(samples.map((sample) => work(sample) / floorMs(sample))),
      longestSlice: summariseValues(samples.map((sample) => sample.stats.longestSliceMs)),
      traceLongest: traced.length > 0 ? summariseValues(traced.map((tasks) => tasks.longestMs)) : null,
      traceLongCount: traced.length > 0 ? summariseValues(traced.map((tasks) => tasks.count)) : null,
      parallaxLongest: ours.length > 0 ? summariseValues(ours.map((tasks) => tasks.longestMs)) : null,
      parallaxLongCount: ours.length > 0 ? summariseValues(ours.map((tasks) => tasks.count)) : null,
      parallaxCpuLongest:
        oursCpu.length > 0 ? summariseValues(oursCpu.map((tasks) => tasks.longestMs)) : null,
      parallaxCpuLongCount: oursCpu.length > 0 ? summariseValues(oursCpu.map((tasks) => tasks.count)) : null,
      untraced: samples.length - traced.length,
      scriptEvalMs: evals.length > 0 ? median(evals) : null,
      engineEvalMs: engineEvals.length > 0 ? median(engineEvals) : null,
    },
  };
}
