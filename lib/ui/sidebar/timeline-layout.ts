/**
 * Where the dates of a comparison sit on a small horizontal timeline: a
 * linear scale from the earliest to the latest day, a few ticks on round
 * dates, and marks that would overlap pushed into lanes. Pure arithmetic on
 * ISO dates, so it is tested in Node; the SVG is drawn by SourceTimeline.
 */

/** Ticks closer than this (in the drawing's units) would make their labels collide. */
const MIN_TICK_SPACING = 72;
/**
 * Two marks closer than this go into different lanes (same-day marks too:
 * three sources published on one day read as three dots, not one).
 */
const MIN_MARK_SPACING = 12;
/** More lanes than this make the picture taller than it is useful: further marks overlap in the last lane. */
const MAX_LANES = 4;
/** A span of one day still needs a width: marks then sit at the middle. */
const DAY_MS = 86_400_000;

export type TimelineMarkKind = 'published' | 'reported';

export interface TimelinePoint {
  id: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the first of the month or year); anything else is left out. */
  date: string;
  /** When a source was published (above the axis) or a date its facts refer to (below). */
  kind: TimelineMarkKind;
}

export interface PlacedMark<P extends TimelinePoint> {
  point: P;
  /** The day, as `YYYY-MM-DD`. */
  day: string;
  x: number;
  /** 0 next to the axis; marks that would overlap go further out. */
  lane: number;
}

export type TickUnit = 'day' | 'month' | 'year';

export interface TimelineTick {
  x: number;
  /** The tick's day, `YYYY-MM-DD`. */
  day: string;
  /** How to label it: the day, the month or the year. */
  unit: TickUnit;
}

export interface TimelineLayout<P extends TimelinePoint> {
  marks: PlacedMark<P>[];
  ticks: TimelineTick[];
  /** The lanes used on each side of the axis (at least 1 when a side has a mark, else 0). */
  lanes: Record<TimelineMarkKind, number>;
  /** The first and last day shown, `YYYY-MM-DD`; null when no point had a date. */
  from: string | null;
  to: string | null;
}

/** Day steps tried in order for spans of days and weeks. */
const DAY_STEPS = [1, 2, 7, 14];
/** Month steps tried for spans of months. */
const MONTH_STEPS = [1, 2, 3, 6];
/** Year steps tried for spans of years. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/** Milliseconds at 00:00 UTC of an ISO date (or its month or year), or null when it is none. */
export function dayOf(date: string): number | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/u.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  // 31 February rolls over into March: not a date.
  if (new Date(time).getUTCDate() !== day) return null;
  return time;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Round days between `from` and `to` (inclusive) in steps of `unit`, at most `max` of them; null if more. */
function roundDays(from: number, to: number, unit: TickUnit, step: number, max: number): number[] | null {
  const start = new Date(from);
  let cursor: Date;
  if (unit === 'day') cursor = new Date(from);
  else if (unit === 'month') {
    const month = start.getUTCMonth();
    cursor = new Date(Date.UTC(start.getUTCFullYear(), month - (month % step), 1));
  } else {
    const year = start.getUTCFullYear();
    cursor = new Date(Date.UTC(year - (year % step), 0, 1));
  }
  const days: number[] = [];
  while (cursor.getTime() <= to) {
    if (cursor.getTime() >= from) {
      days.push(cursor.getTime());
      if (days.length > max) return null;
    }
    if (unit === 'day') cursor = new Date(cursor.getTime() + step * DAY_MS);
    else if (unit === 'month')
      cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 1));
    else cursor = new Date(Date.UTC(cursor.getUTCFullYear() + step, 0, 1));
  }
  return days;
}

/** The finest round ticks that fit `max` between two days: days, then months, then years. */
function chooseTicks(from: number, to: number, max: number): { days: number[]; unit: TickUnit } {
  const candidates: [TickUnit, number[]][] = [
    ['day', DAY_STEPS],
    ['month', MONTH_STEPS],
    ['year', YEAR_STEPS],
  ];
  for (const [unit, steps] of candidates) {
    for (const step of steps) {
      const days = roundDays(from, to, unit, step, max);
      // At least one tick, or the reader has nothing to read the marks against.
      if (days !== null && days.length > 0) return { days, unit };
    }
  }
  return { days: [from], unit: 'year' };
}

/**
 * Lays out `points` across `width` units, keeping `inset` clear at each end
 * (for the end labels and the marks' radius). Points without a readable date
 * are left out; the marks come back in date order.
 */
export function timelineLayout<P extends TimelinePoint>(
  points: readonly P[],
  width: number,
  inset: number,
): TimelineLayout<P> {
  const dated = points
    .map((point) => ({ point, time: dayOf(point.date) }))
    .filter((entry): entry is { point: P; time: number } => entry.time !== null)
    .sort((a, b) => a.time - b.time);
  const first = dated[0];
  const last = dated.at(-1);
  if (first === undefined || last === undefined)
    return { marks: [], ticks: [], lanes: { published: 0, reported: 0 }, from: null, to: null };

  const from = first.time;
  const to = last.time;
  const inner = Math.max(0, width - 2 * inset);
  const x = (time: number) => (to === from ? width / 2 : inset + ((time - from) / (to - from)) * inner);

  const lastInLane: Record<TimelineMarkKind, number[]> = { published: [], reported: [] };
  const marks = dated.map(({ point, time }): PlacedMark<P> => {
    const position = x(time);
    const lanes = lastInLane[point.kind];
    let lane = lanes.findIndex((end) => position - end >= MIN_MARK_SPACING);
    if (lane === -1) lane = lanes.length < MAX_LANES ? lanes.length : MAX_LANES - 1;
    lanes[lane] = position;
    return { point, day: isoDay(time), x: position, lane };
  });

  const maxTicks = Math.max(1, Math.floor(inner / MIN_TICK_SPACING) + 1);
  const { days, unit } =
    to === from ? { days: [from], unit: 'day' as const } : chooseTicks(from, to, maxTicks);
  return {
    marks,
    ticks: days.map((day) => ({ x: x(day), day: isoDay(day), unit })),
    lanes: { published: lastInLane.published.length, reported: lastInLane.reported.length },
    from: isoDay(from),
    to: isoDay(to),
  };
}
