import type { Candidate } from './extract-candidates';

/**
 * Counts an article as a source of a calendar day it names only relatively
 * ("next Tuesday's debate" in an article of Thursday 11 October is October
 * 16): a day written out by one outlet and told as a weekday by another is
 * shared, and so worth comparing, like one both write out. Only days that
 * some article writes out become items; `daysByArticle` holds each
 * article's relatively named days (`MM-DD`).
 */
export function addNamedDaySources(
  candidates: readonly Candidate[],
  daysByArticle: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  const dates = new Map(candidates.filter((c) => c.kind === 'date').map((c) => [c.key, c]));
  for (const [article, days] of daysByArticle)
    for (const day of days) {
      const candidate = dates.get(day);
      if (candidate && !candidate.sources.has(article)) candidate.sources.set(article, 1);
    }
}
