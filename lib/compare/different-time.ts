import type { SourceMeta } from '../corpus';

/**
 * A source dated this far from the corpus's median date reports another
 * moment (the March pause, not the August talks): its figures describe
 * something else and are not set against the others'.
 */
export const DIFFERENT_TIME_DAYS = 30;
const DAY_MS = 86_400_000;

/** Ids of the sources whose date is far from most others'. */
export function differentTimeSources(sources: readonly SourceMeta[]): Set<string> {
  const dated = sources
    .map((source) => ({ id: source.id, time: source.published ? Date.parse(source.published) : Number.NaN }))
    .filter((source) => !Number.isNaN(source.time));
  if (dated.length < 3) return new Set();
  const times = dated.map((source) => source.time).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return new Set(
    dated.filter((source) => Math.abs(source.time - median) > DIFFERENT_TIME_DAYS * DAY_MS).map((s) => s.id),
  );
}
