/**
 * The calendar's words, in one place: the sentence splitter treats their
 * abbreviations as abbreviations, the name finders never take them for names,
 * and the date readers resolve them.
 */

/** Months, January first. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month abbreviations written with a full stop in news prose ("Aug. 6"); "may" needs none. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Weekdays in `Date.getUTCDay()` order, Sunday first. */
export const WEEKDAY_NAMES: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

/** Every spelling of a month, lower-case: full names and abbreviations. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/**
 * A month written in full or abbreviated, as it opens a date ("Aug. 6", "6
 * August", "Sept 3"); a regular-expression source without a capture group.
 */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Month index (0–11) from any spelling `MONTH_PATTERN` accepts, -1 for anything else. */
export function monthIndex(name: string): number {
  const start = name.slice(0, 3).toLowerCase();
  return start.length === 3 ? MONTH_NAMES.findIndex((month) => month.startsWith(start)) : -1;
}

/** Whether a word (any case) names a month or a weekday in full, or a month abbreviated. */
export function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTH_WORDS.has(lower) || WEEKDAY_NAMES.includes(lower);
}
