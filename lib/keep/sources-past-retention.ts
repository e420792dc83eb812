import type { RetentionSettings } from '../settings/retention-settings-schema';

/** What the rule reads of a source: the reader's sources only (the caller never passes a bundled one). */
export interface RetainedSource {
  id: string;
  /** ISO day, or null when unknown. */
  published: string | null;
}

/** The ISO day `months` calendar months before `today` (ISO), the day clamped to the month's end. */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/**
 * The ids the retention settings remove, given the reader's sources and
 * today's date: every source published before `months` months ago, then,
 * past the newest `maxSources`, the oldest of the rest. A source without a
 * date is never "older than" a day, but for the count it ranks below every
 * dated one (nothing says it is recent); ties keep id order.
 */
export function sourcesPastRetention(
  sources: readonly RetainedSource[],
  retention: RetentionSettings,
  today: string,
): string[] {
  const cutoff = retention.months === null ? null : monthsBefore(today, retention.months);
  const tooOld = (source: RetainedSource): boolean =>
    cutoff !== null && source.published !== null && source.published < cutoff;
  const removed = sources.filter(tooOld).map((source) => source.id);
  if (retention.maxSources === null) return removed;
  const rest = sources
    .filter((source) => !tooOld(source))
    .sort((a, b) => {
      if (a.published !== b.published) {
        if (a.published === null) return 1;
        if (b.published === null) return -1;
        return a.published < b.published ? 1 : -1;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  return [...removed, ...rest.slice(retention.maxSources).map((source) => source.id)];
}
