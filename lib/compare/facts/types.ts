/**
 * The kinds of checkable detail a sentence can state, declared once: the
 * type below and the comparison's zod enum are derived from this tuple.
 */
export const FACT_KINDS = ['quantity', 'percent', 'money', 'duration', 'clock', 'date', 'quote'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** A stretch of a sentence: UTF-16 offsets, end exclusive, and the text between them. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * One figure, time, date or quotation as a sentence states it, with what it
 * would take to compare it against another source's wording.
 */
export interface Fact extends Span {
  kind: FactKind;
  /**
   * The number as written, normalised: 141000 for "141,000", 852e9 for
   * "$852 bn", 3.5 for "three and a half", 40 for "40%". Durations are in
   * minutes, clock times in minutes after midnight (1440 for a midnight
   * something happens shortly before). null for quotes and dates, and for
   * figures that name no single number ("dozens", "10-15"), whose range
   * still says what they cover.
   */
  value: number | null;
  /**
   * The range the wording implies, [low, high] (Infinity allowed): "about
   * 40%" → [36, 44], "more than 6700" → [6700, Infinity], "dozens" → [24,
   * 99]; exact figures give [v, v]. Widths are in `QUALIFIERS`. null for
   * quotes and dates.
   */
  range: [number, number] | null;
  /** The hedge before or after the figure as written, lower-cased: "about", "more than", "or more". */
  qualifier: string | null;
  /**
   * 'percent' (or 'percentage point'), a currency code, 'minute' for
   * durations, 'clock' for times of day, or for a plain quantity the singular
   * lower-case noun it counts ("tanker", "square mile", "times"); null when
   * nothing is counted.
   */
  unit: string | null;
  /** What the figure counts or applies to, as written ("Ukrainian civilians", "a barrel"); null if none. */
  subject: string | null;
  /** Dates: ISO 'YYYY-MM-DD' when resolvable ("last week" gives its Monday), else null. */
  iso?: string | null;
  /** Quotes: the quoted words without the quote marks. */
  quote?: string;
  /** Quotes: the likely speaker phrase ("Dmitriev", "President Trump", "he"), or null. */
  speaker?: Span | null;
}

export interface FactContext {
  /** The article's date, ISO, to resolve weekdays and "last week"; null if unknown. */
  published: string | null;
}
