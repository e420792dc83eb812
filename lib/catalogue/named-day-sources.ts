import type { Candidate } from './extract-candidates';

/**
 * How far apart (in days) the publication dates of two articles may be for
 * the same weekday-named day to be one calendar day: a weekday names a day
 * of its article's week, so two articles of one week that resolve a weekday
 * to one month and day mean one date, where a year apart they do not.
 */
const SAME_WEEK_DAYS = 7;
const MS_PER_DAY = 86_400_000;

/** Where an article stands in time: its id and its date of publication (ISO), when known. */
export interface DatedArticle {
  id: string;
  published: string | null;
}

function dayNumber(published: string | null): number | null {
  if (published === null) return null;
  const time = Date.parse(published.slice(0, 10));
  return Number.isNaN(time) ? null : Math.round(time / MS_PER_DAY);
}

/** The articles of `named` published within a week of another of them: they name one date. */
function sameWeekArticles(named: readonly string[], dayOf: ReadonlyMap<string, number | null>): string[] {
  return named.filter((article) => {
    const day = dayOf.get(article) ?? null;
    return (
      day !== null &&
      named.some((other) => {
        const otherDay = dayOf.get(other) ?? null;
        return other !== article && otherDay !== null && Math.abs(otherDay - day) <= SAME_WEEK_DAYS;
      })
    );
  });
}

/**
 * Counts an article as a source of a calendar day it names only relatively
 * ("next Tuesday's debate" in an article of Thursday 11 October is October
 * 16): a day written out by one outlet and told as a weekday by another is
 * shared, and so worth comparing, like one both write out. A day that no
 * article writes out is a candidate too when two articles of one week name
 * it so ("a statement Monday", "an apology on Monday"): reports that agree
 * on when something happened share that day. `daysByArticle` holds each
 * article's relatively named days (`MM-DD`).
 */
export function addNamedDaySources(
  candidates: Candidate[],
  daysByArticle: ReadonlyMap<string, ReadonlySet<string>>,
  articles: readonly DatedArticle[] = [],
): void {
  const dates = new Map(candidates.filter((c) => c.kind === 'date').map((c) => [c.key, c]));
  const namedBy = new Map<string, string[]>();
  for (const [article, days] of daysByArticle)
    for (const day of days) {
      namedBy.set(day, [...(namedBy.get(day) ?? []), article]);
      const candidate = dates.get(day);
      if (candidate && !candidate.sources.has(article)) candidate.sources.set(article, 1);
    }
  const dayOf = new Map(articles.map((article) => [article.id, dayNumber(article.published)]));
  for (const [day, named] of namedBy) {
    if (dates.has(day)) continue;
    const sources = sameWeekArticles(named, dayOf);
    if (sources.length < 2) continue;
    candidates.push({
      key: day,
      kind: 'date',
      forms: new Map(),
      titledForms: new Set(),
      kindVotes: new Map(),
      sources: new Map(sources.map((article) => [article, 1])),
      onlySentenceInitial: false,
      words: 2,
      beforeName: 0,
      beforeComplement: 0,
      afterName: 0,
      afterPossessive: 0,
    });
  }
}
