/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC), so resolving
 * "last Wednesday" is integer arithmetic. Nothing here reads the clock.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date, or null if there is no such date (30 February). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day)
    return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The day number of an ISO date or timestamp ("2025-08-06", "2025-08-06T10:00:00Z"), or null. */
export function parseIsoDay(iso: string | null): number | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!match) return null;
  return dayNumber(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function parts(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: d.getUTCDay() };
}

/**
 * "YYYY-MM-DD" for a day number, or null for a day outside years 0–9999,
 * which that form cannot write: "29 February" near a date of publication of
 * 9999-12-31 resolved to "10000-02-29", and "last Monday" near 0000-01-02
 * to "00-1-12-27" (found by fuzzing).
 */
export function isoOfDay(day: number): string | null {
  const { year, month, date } = parts(day);
  if (year < 0 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** 0 for Sunday … 6 for Saturday. */
export const weekdayOf = (day: number): number => parts(day).weekday;

export const yearOf = (day: number): number => parts(day).year;

/** The Monday of the week holding `day` (weeks start on Monday, as in ISO 8601). */
export const mondayOf = (day: number): number => day - ((weekdayOf(day) + 6) % 7);

/** The first day of the month `offset` months from the one holding `day`. */
export function firstOfMonth(day: number, offset: number): number {
  const { year, month } = parts(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month + offset, 1);
  return Math.round(date.getTime() / MS_PER_DAY);
}
