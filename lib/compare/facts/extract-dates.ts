import {
  casual,
  Chrono,
  ParsingComponents,
  ParsingResult,
  type ParsedResult,
  type Parser,
  type ParsingContext,
  type Refiner,
} from 'chrono-node';
import { dayNumber, firstOfMonth, isoOfDay, mondayOf, parseIsoDay, weekdayOf } from './calendar';
import { findTense } from './find-tense';
import { keepDisjoint } from './keep-disjoint';
import type { Fact, FactContext } from './types';
import { MONTH_PATTERN, WEEKDAY_NAMES as WEEKDAYS } from '../../lexicon/calendar-words';

const MS_PER_DAY = 86_400_000;

/**
 * Any day serves as chrono's reference when the date of publication is
 * unknown: whatever depends on it is then dropped to `iso: null`.
 */
const FALLBACK_REFERENCE = Date.UTC(2000, 0, 1, 12);

/** Words chrono takes into a date that the fact leaves out: "on Wednesday" states "Wednesday". */
const LEADING_WORDS = /^(?:[,(]\s*)?(?:(?:on|at|in|from|since|by|until)\s+)?/iu;
const TRAILING = /[\s,;:]+$/u;
const MONTH_WORD = new RegExp(`(?<![\\p{L}])${MONTH_PATTERN}(?![\\p{L}])`, 'giu');
const WEEKDAY_WORD = /(?<!\p{L})(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*/giu;
const WEEKDAY_MODIFIER = /^(last|next|this|past)\s/iu;
/** "last week", "this month": a period that resolves to its first day. */
const PERIOD = /^(last|this|next)\s+(week|month|year)$/iu;
/** Relative days that name a day of publication's own calendar, not a stretch of time. */
const CASUAL_DAY =
  /^(?:the day before yesterday|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))$/iu;
/** A count of days, weeks, months or years back: hours and minutes ago are page furniture, left to the noise. */
const UNITS_AGO =
  /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\p{L}-]+ty(?:-[\p{L}]+)?)\s+(?:days?|weeks?|months?|years?)\s+ago$/iu;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;

/**
 * True when chrono read a time of day ("at 10am", "morning" but not "this
 * morning"): times of day are their own kind of fact, read after dates.
 */
function isTimeOfDay(result: ReturnType<Parser['extract']>, words: string): boolean {
  const components =
    result instanceof ParsingResult ? result.start : result instanceof ParsingComponents ? result : null;
  if (components === null) return result !== null && typeof result === 'object' && 'hour' in result;
  if (components.isCertain('hour')) return true;
  return components.tags().has('parser/ENCasualTimeParser') && !/^\s*this\s/iu.test(words);
}

/** A parser that keeps only what `parser` reads as a calendar day, so no time of day merges into a date. */
const withoutTimes = (parser: Parser): Parser => ({
  pattern: (context) => parser.pattern(context),
  extract: (context, match) => {
    const result = parser.extract(context, match);
    return isTimeOfDay(result, match[0]) ? null : result;
  },
});

/** Marks a date read from a weekday, which depends on the day of publication. */
const WEEKDAY_TAG = 'parallax/weekday';

const referenceDay = (context: ParsingContext): number =>
  Math.floor(context.reference.instant.getTime() / MS_PER_DAY);

function setDay(components: ParsingComponents, day: number): void {
  const date = new Date(day * MS_PER_DAY);
  components.assign('year', date.getUTCFullYear());
  components.assign('month', date.getUTCMonth() + 1);
  components.assign('day', date.getUTCDate());
}

/** The tense of the clause around a date chrono read, from its own words (findTense). */
const tenseOf = (context: ParsingContext, result: ParsingResult): ReturnType<typeof findTense> =>
  findTense(context.text, result.index, result.index + result.text.replace(TRAILING, '').length);

/**
 * A weekday resolves from publication in the direction its clause points
 * (findTense): "will meet on Wednesday" is the next Wednesday, "met on
 * Wednesday" the last; with no cue, news reports what happened, so it is
 * the day of publication or one of the six before. "last" excludes the day of
 * publication, "next" looks ahead, "this" names the day in publication week
 * (weeks start on Monday). Chrono picks the nearest such day instead.
 */
const weekdayByTense: Refiner = {
  refine: (context, results) => {
    const published = referenceDay(context);
    for (const result of results) {
      const { start } = result;
      const weekday = start.get('weekday');
      if (weekday === null || !start.isCertain('weekday') || start.isCertain('day')) continue;
      const modifier = WEEKDAY_MODIFIER.exec(result.text.replace(LEADING_WORDS, ''))?.[1]?.toLowerCase();
      const today = weekdayOf(published);
      const back = (today - weekday + 7) % 7;
      const ahead = (weekday - today + 7) % 7;
      start.addTag(WEEKDAY_TAG);
      if (modifier === 'next') setDay(start, published + (ahead || 7));
      else if (modifier === 'last' || modifier === 'past') setDay(start, published - (back || 7));
      else if (modifier === 'this') setDay(start, mondayOf(published) + ((weekday + 6) % 7));
      else if (tenseOf(context, result) === 'future') setDay(start, published + ahead);
      else setDay(start, published - back);
    }
    return results;
  },
};

/**
 * A month and day without a year fall in the year that puts them nearest
 * publication, so a January article's "Dec 28" is last December; in a clause
 * that points forward (findTense), the nearest on or after publication, so a
 * June article's "elections will be held on December 15" is this December.
 * A past cue changes nothing: it is often the reporting verb ("said that
 * sanctions take effect on Aug 8"), and the nearest day is already the past
 * one for any day more than half a year ahead. Chrono measures "nearest" in
 * its own way, which can differ by a year for a day about half a year away.
 */
const nearestYear: Refiner = {
  refine: (context, results) => {
    const published = referenceDay(context);
    const year = new Date(published * MS_PER_DAY).getUTCFullYear();
    for (const result of results) {
      const { start } = result;
      const month = start.get('month');
      const date = start.get('day');
      if (start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      if (month === null || date === null) continue;
      const candidates = [year - 1, year, year + 1]
        .map((candidate) => dayNumber(candidate, month - 1, date))
        .filter((day): day is number => day !== null);
      const ahead = candidates.filter((day) => day >= published);
      const pool = ahead.length > 0 && tenseOf(context, result) === 'future' ? ahead : candidates;
      let best: number | null = null;
      for (const day of pool)
        if (best === null || Math.abs(day - published) < Math.abs(best - published)) best = day;
      if (best !== null) start.imply('year', new Date(best * MS_PER_DAY).getUTCFullYear());
    }
    return results;
  },
};

/** "last week" is the Monday of the week before publication, "this month" its first day: the period's start. */
const periodStarts: Refiner = {
  refine: (context, results) => {
    const published = referenceDay(context);
    for (const result of results) {
      const [, modifier = '', period = ''] = PERIOD.exec(result.text) ?? [];
      const offset = modifier.toLowerCase() === 'last' ? -1 : modifier.toLowerCase() === 'next' ? 1 : 0;
      if (period.toLowerCase() === 'week') setDay(result.start, mondayOf(published + offset * 7));
      if (period.toLowerCase() === 'month') setDay(result.start, firstOfMonth(published, offset));
    }
    return results;
  },
};

let reader: Chrono | undefined;

/** Built on first use, so a bundle that imports this folder without reading dates leaves chrono out. */
const dateReader = (): Chrono =>
  (reader ??= new Chrono({
    parsers: casual.parsers.map(withoutTimes),
    refiners: [...casual.refiners, nearestYear, weekdayByTense, periodStarts],
  }));

/** Whether a capitalised match stands where a sentence starts, not inside a name ("USA Today"). */
const atSentenceStart = (text: string, index: number): boolean => !/[\p{L}\p{N}]/u.test(text.slice(0, index));

/** Whether chrono's reading depends on the day it was read from ("yesterday", "Dec 28"), not the words alone. */
function isRelative(result: ParsedResult): boolean {
  const tags = result.tags();
  return (
    !result.start.isCertain('year') ||
    tags.has('result/relativeDate') ||
    tags.has(WEEKDAY_TAG) ||
    tags.has('parser/ENCasualDateParser') ||
    [...tags].some((tag) => tag.startsWith('casualReference/'))
  );
}

/**
 * The kinds of wording a date fact may be: a day of the calendar with its
 * month or weekday written out (capitalised, in full for weekdays, so "may"
 * and "Sun" stay words), a month with its year, a full slashed or ISO date,
 * a relative day, a period, or days to years ago. Everything else chrono
 * reads ("for two weeks", "in 3 days", "now", a bare "March") is a
 * duration or no date at all.
 */
function isDateWording(text: string, result: ParsedResult, sentence: string, index: number): boolean {
  if (CASUAL_DAY.test(text)) return !/^\p{Lu}/u.test(text) || atSentenceStart(sentence, index);
  if (PERIOD.test(text) || UNITS_AGO.test(text)) return true;
  if (result.tags().has('result/relativeDate')) return false;
  for (const [word] of text.matchAll(MONTH_WORD)) if (!/^\p{Lu}/u.test(word)) return false;
  for (const [word] of text.matchAll(WEEKDAY_WORD))
    if (!WEEKDAYS.includes(word.toLowerCase()) || !/^\p{Lu}/u.test(word)) return false;
  const { start } = result;
  return start.isCertain('day') || start.isCertain('weekday') || start.isCertain('year');
}

/**
 * A slashed date's ISO day, or null when both numbers could be the month
 * (6/8/2025 is June 8 in Washington and 6 August in London).
 */
function slashedIso(text: string): string | null | undefined {
  const match = SLASHED.exec(text);
  if (!match) return undefined;
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (first <= 12 && second <= 12 && first !== second) return null;
  const day = first > 12 ? dayNumber(year, second - 1, first) : dayNumber(year, first - 1, second);
  return day === null ? null : isoOfDay(day);
}

function isoOf(result: ParsedResult, text: string, published: number | null): string | null {
  const slashed = slashedIso(text);
  if (slashed !== undefined) return slashed;
  const { start } = result;
  const named = start.isCertain('day') || start.isCertain('weekday');
  if (!named && !PERIOD.test(text) && !CASUAL_DAY.test(text) && !UNITS_AGO.test(text)) return null;
  if (published === null && isRelative(result)) return null;
  const day = dayNumber(start.get('year') ?? NaN, (start.get('month') ?? NaN) - 1, start.get('day') ?? NaN);
  return day === null ? null : isoOfDay(day);
}

/**
 * Dates, read by chrono: calendar dates in the usual English orders (and
 * ranges of days, "Aug. 6-8", from their first day), ISO and slashed
 * dates, month and year, weekdays, relative days ("yesterday", "last
 * night"), periods ("last week") and days to years ago. Dates without a
 * year, weekdays and relative words resolve against `context.published`, in
 * the direction their clause's tense points (see weekdayByTense, nearestYear);
 * a week or month resolves to its first day (Monday for weeks).
 * Unresolvable dates keep `iso: null`.
 */
export function extractDates(text: string, sentence: string, context: FactContext): Fact[] {
  const published = parseIsoDay(context.published);
  const instant = published === null ? FALLBACK_REFERENCE : published * MS_PER_DAY + MS_PER_DAY / 2;
  const found: Fact[] = [];
  for (const result of dateReader().parse(text, { instant: new Date(instant), timezone: 0 })) {
    const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.replace(TRAILING, '').length;
    const wording = text.slice(start, end);
    if (end <= start || !isDateWording(wording, result, text, start)) continue;
    found.push({
      kind: 'date',
      start,
      end,
      text: sentence.slice(start, end),
      value: null,
      range: null,
      qualifier: null,
      unit: null,
      subject: null,
      iso: isoOf(result, wording, published),
    });
  }
  return keepDisjoint(found);
}
