import { dayNumber, firstOfMonth, isoOfDay, mondayOf, parseIsoDay, weekdayOf, yearOf } from './calendar';
import { keepDisjoint } from './keep-disjoint';
import type { Fact, FactContext } from './types';
import { MONTH_PATTERN, monthIndex, WEEKDAY_NAMES as WEEKDAYS } from '../../lexicon/calendar-words';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const SPACE = '[ \\t\\u00a0]';
const ORDINAL = '(?:st|nd|rd|th)?';
/** A year after a day, not the start of a bigger number. */
const YEAR_AFTER = `(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d)`;

/** "Aug 6", "August 6th", "Aug. 6, 2025", "Wednesday, August 6". Month names must be capitalised ("may 5" is a verb). */
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WEEKDAY},?${SPACE}+)?(${MONTH_PATTERN})\\.?${SPACE}+(\\d{1,2})${ORDINAL}(?:(?:,${SPACE}*|${SPACE}+)${YEAR_AFTER})?(?![\\p{L}\\p{N}]|[.,:]\\d)`,
  'gu',
);
/** "6 August", "6th of August 2025", "Wednesday 6 August". */
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:${WEEKDAY},?${SPACE}+)?(\\d{1,2})${ORDINAL}${SPACE}+(?:of${SPACE}+)?(${MONTH_PATTERN})(?![\\p{L}])\\.?(?:,?${SPACE}+${YEAR_AFTER})?`,
  'gu',
);
const ISO_DATE = /(?<![\p{L}\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/gu;
/** "March 2022": a month, not a day, so it resolves to no ISO date. */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})\\.?,?${SPACE}+${YEAR_AFTER}`, 'gu');
const NAMED_WEEKDAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(last|next|this)${SPACE}+)?(${WEEKDAY})(?![\\p{L}\\p{N}])`,
  'giu',
);
const RELATIVE_DAY =
  /(?<![\p{L}\p{N}])(the day before yesterday|yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening)(?![\p{L}\p{N}])/giu;
const RELATIVE_PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}])(last|this|next)${SPACE}+(week|month|year)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Days from publication for each relative day. */
const RELATIVE_OFFSETS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2,
  yesterday: -1,
  'last night': -1,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  tomorrow: 1,
};

/**
 * The year a month and day without one most likely fall in: the one that
 * puts the date nearest publication, so a January article's "Dec 28" is last
 * December.
 */
function nearestYear(month: number, date: number, published: number | null): number | null {
  if (published === null) return null;
  const year = yearOf(published);
  let best: number | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const day = dayNumber(candidate, month, date);
    if (day !== null && (best === null || Math.abs(day - published) < Math.abs(best - published))) best = day;
  }
  return best;
}

/** A calendar date's ISO form, or undefined when there is no such day (31 June) and so no date at all. */
function calendarIso(
  year: string | undefined,
  month: number,
  date: number,
  published: number | null,
): string | null | undefined {
  if (year !== undefined) {
    const day = dayNumber(Number(year), month, date);
    return day === null ? undefined : isoOfDay(day);
  }
  if (dayNumber(2000, month, date) === null) return undefined;
  const day = nearestYear(month, date, published);
  return day === null ? null : isoOfDay(day);
}

/** A weekday's date: the same day or one of the six before publication; "last" excludes the same day, "next" looks ahead. */
function weekdayDay(name: string, modifier: string | undefined, published: number): number {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = weekdayOf(published);
  const back = (today - target + 7) % 7;
  if (modifier === 'next') return published + ((target - today + 7) % 7 || 7);
  if (modifier === 'last') return published - (back || 7);
  return published - back;
}

function periodDay(modifier: string, period: string, published: number): number | null {
  const offset = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
  if (period === 'week') return mondayOf(published + offset * 7);
  if (period === 'month') return firstOfMonth(published, offset);
  return null;
}

/** Whether a capitalised match stands where a sentence starts, not inside a name ("USA Today"). */
const atSentenceStart = (text: string, index: number): boolean => !/[\p{L}\p{N}]/u.test(text.slice(0, index));

/**
 * Dates: calendar dates in the usual English orders, ISO dates, month and
 * year, weekdays, relative days ("yesterday", "last night") and periods
 * ("last week"). Dates without a year, weekdays and relative words resolve
 * against `context.published`; a weekday is that day of publication week or
 * one of the six days before it; a week or month resolves to its first day
 * (Monday for weeks). Unresolvable dates keep `iso: null`.
 */
export function extractDates(text: string, sentence: string, context: FactContext): Fact[] {
  const published = parseIsoDay(context.published);
  const found: Fact[] = [];
  const add = (start: number, end: number, iso: string | null): void => {
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
      iso,
    });
  };
  for (const match of text.matchAll(MONTH_DAY)) {
    const iso = calendarIso(match[3], monthIndex(match[1] ?? ''), Number(match[2]), published);
    if (iso !== undefined) add(match.index, match.index + match[0].length, iso);
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const iso = calendarIso(match[3], monthIndex(match[2] ?? ''), Number(match[1]), published);
    if (iso !== undefined) add(match.index, match.index + match[0].length, iso);
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const day = dayNumber(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (day !== null) add(match.index, match.index + match[0].length, isoOfDay(day));
  }
  for (const match of text.matchAll(MONTH_YEAR)) add(match.index, match.index + match[0].length, null);
  for (const match of text.matchAll(NAMED_WEEKDAY)) {
    const [whole, modifier, name = ''] = match;
    if (!/^\p{Lu}/u.test(name)) continue;
    const day = published === null ? null : weekdayDay(name, modifier?.toLowerCase(), published);
    add(match.index, match.index + whole.length, day === null ? null : isoOfDay(day));
  }
  for (const match of text.matchAll(RELATIVE_DAY)) {
    if (/^\p{Lu}/u.test(match[0]) && !atSentenceStart(text, match.index)) continue;
    const offset = RELATIVE_OFFSETS[match[0].toLowerCase().replace(/\s+/gu, ' ')];
    const day = published === null || offset === undefined ? null : published + offset;
    add(match.index, match.index + match[0].length, day === null ? null : isoOfDay(day));
  }
  for (const match of text.matchAll(RELATIVE_PERIOD)) {
    const [whole, modifier = '', period = ''] = match;
    const day =
      published === null ? null : periodDay(modifier.toLowerCase(), period.toLowerCase(), published);
    add(match.index, match.index + whole.length, day === null ? null : isoOfDay(day));
  }
  return keepDisjoint(found);
}
