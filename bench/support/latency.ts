import type { Random } from './prng';
import { consume } from './timing';

/** Something answering inputs one call at a time, e.g. a search engine answering queries. */
export interface Contender<I> {
  name: string;
  run(input: I): unknown;
}

export interface LatencyOptions {
  /** Untimed full rounds before sampling, per contender. */
  warmupRounds: number;
  /** Every contender runs every input at least this many times… */
  minRounds: number;
  /** …and sampling stops after this many rounds… */
  maxRounds: number;
  /** …or as soon as minRounds are done and this much time has passed. */
  budgetMs: number;
  /** Shuffles the inputs each round, so no input always follows the same neighbour. */
  random: Random;
}

export interface LatencySamples {
  rounds: number;
  /** Milliseconds per call, by contender name, then by input index. */
  samplesMs: Map<string, number[][]>;
}

/**
 * Per-call latencies of several contenders on the same inputs, interleaved
 * round by round, the contender order rotated (docs/bench.md#search). No
 * collection between calls: it made the tails worse (concurrent sweeping
 * overlapped the next calls).
 */
export function sampleLatencies<I>(
  contenders: readonly Contender<I>[],
  inputs: readonly I[],
  options: LatencyOptions,
): LatencySamples {
  const samplesMs = new Map(contenders.map((contender) => [contender.name, inputs.map((): number[] => [])]));

  for (const contender of contenders) {
    for (let round = 0; round < options.warmupRounds; round++) {
      for (const input of inputs) consume(contender.run(input));
    }
  }

  const started = performance.now();
  let rounds = 0;
  while (
    rounds < options.maxRounds &&
    (rounds < options.minRounds || performance.now() - started < options.budgetMs)
  ) {
    const order = options.random.shuffle(inputs.map((_, index) => index));
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(rounds + i) % contenders.length] as Contender<I>;
      const samples = samplesMs.get(contender.name) as number[][];
      for (const index of order) {
        const input = inputs[index] as I;
        const start = performance.now();
        const result = contender.run(input);
        const elapsed = performance.now() - start;
        (samples[index] as number[]).push(elapsed);
        consume(result);
      }
    }
    rounds++;
  }
  return { rounds, samplesMs };
}
