import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, sortNumbers } from './stats';

/** Every timed result is folded into this sink, so the engine can never drop a measured call. */
let sink = 0;

export function consume(value: unknown): void {
  if (Array.isArray(value) || typeof value === 'string') sink += value.length;
  else if (typeof value === 'number') sink += value;
  else sink += value === undefined || value === null ? 0 : 1;
}

/** The sink's value; reading it anywhere keeps the sink (and the calls feeding it) alive. */
export function sinkChecksum(): number {
  return sink;
}

export interface RepeatOptions {
  /** Untimed runs first: JIT compilation and lazy initialisation are not what we measure. */
  warmup: number;
  /** Timed runs; the project rule is at least 5 (fewer only where a section says so). */
  repeats: number;
}

/** Median and spread of a repeated one-shot measurement, in milliseconds. */
export interface RepeatedTiming {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** (max − min) / median: how far to trust the median. */
  spread: number;
  repeats: number;
  warmup: number;
  samplesMs: number[];
}

let gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Lets `collectGarbage` work under plain `tsx`: the flag set at run time, `gc` from a fresh context. */
export function enableGarbageCollection(): void {
  if (gc) return;
  setFlagsFromString('--expose-gc');
  gc = runInNewContext('gc') as () => void;
}

/** Collects garbage between timed runs once enabled; otherwise a no-op. */
export function collectGarbage(): void {
  gc?.();
}

/** Median and spread of samples, timed here or elsewhere (in a browser page, say), in one shape. */
export function summariseSamples(samples: readonly number[], options: RepeatOptions): RepeatedTiming {
  if (samples.length === 0) throw new Error('bench: summariseSamples: no samples');
  const sorted = sortNumbers(samples);
  const mid = median(sorted);
  const min = sorted[0] as number;
  const max = sorted.at(-1) as number;
  return {
    medianMs: mid,
    minMs: min,
    maxMs: max,
    spread: mid > 0 ? (max - min) / mid : 0,
    repeats: options.repeats,
    warmup: options.warmup,
    samplesMs: [...samples],
  };
}

type Timed<T> = { timing: RepeatedTiming; result: T };

/**
 * Times one-shot runs side by side, interleaved and rotated (docs/bench.md,
 * "Timing in Node"), and returns the last repeat's results, so a measured
 * build can be used afterwards (keeping more copies of a large index would put
 * their collection inside a timed run). `prepare` runs untimed after each
 * collection, for state it may drop (a RegExp's compiled code).
 */
export function timeInterleaved<R extends Record<string, () => unknown>>(
  runs: R,
  options: RepeatOptions,
  prepare?: (name: keyof R) => void,
): { [K in keyof R]: Timed<ReturnType<R[K]>> } {
  if (options.repeats < 1) throw new Error('bench: timeInterleaved: repeats must be at least 1');
  const names: (keyof R)[] = Object.keys(runs);
  const run = (name: keyof R): unknown => (runs[name] as () => unknown)();
  for (const name of names) for (let i = 0; i < options.warmup; i++) consume(run(name));
  const samples = new Map(names.map((name) => [name, [] as number[]]));
  const last = new Map<keyof R, unknown>();
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(repeat + i) % names.length] as keyof R;
      collectGarbage();
      prepare?.(name);
      const start = performance.now();
      const value = run(name);
      samples.get(name)?.push(performance.now() - start);
      if (repeat === options.repeats - 1) last.set(name, value);
      else consume(value);
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      { timing: summariseSamples(samples.get(name) ?? [], options), result: last.get(name) },
    ]),
  ) as { [K in keyof R]: Timed<ReturnType<R[K]>> };
}

/** Times `run` `repeats` times after `warmup` untimed runs (see `timeInterleaved`). */
export function timeRepeated<T>(run: () => T, options: RepeatOptions): Timed<T> {
  return timeInterleaved({ run }, options).run;
}

/** Times one call; returns its result and the milliseconds it took. */
export function timeOnce<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}
