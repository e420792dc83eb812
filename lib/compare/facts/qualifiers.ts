import type { FactKind } from './types';

/**
 * How a hedge word widens a figure. "About 40%" and "42%" may report the same
 * thing; "more than 6,700" and "6,900" certainly can. Each qualifier maps the
 * figure (or the range a vague figure already spans) to the range the writer
 * committed to, so two sources agree when their ranges meet.
 */

/**
 * Which figures a qualifier can hedge: an amount (the quantity, percent and
 * money kinds, which hedges widen alike), a duration or a time of day.
 */
export type QualifiedKind = 'amount' | Extract<FactKind, 'duration' | 'clock'>;

type Shape = 'exact' | 'around' | 'justBelow' | 'justAbove' | 'atLeast' | 'atMost';

export interface QualifierRule {
  phrases: readonly string[];
  /** Written after the figure ("40 or more") rather than before it. */
  after?: true;
  shape: Shape;
  kinds: readonly QualifiedKind[];
  /** Where the qualifier puts the figure, and why that wide. */
  reason: string;
}

/**
 * How far "about" reaches on an amount: a writer rounding 4,380 says "about
 * 4,400" or "about 4,000", so a tenth either way covers honest rounding
 * without letting 40% meet 50%.
 */
export const RELATIVE_SLACK = 0.1;

/** How far "around" or "shortly before" reaches on a clock: reports round times to the half hour. */
export const CLOCK_SLACK_MINUTES = 30;

/** Minutes in a day: the ceiling of "after 10pm" and the value of a midnight something happens before. */
export const MINUTES_PER_DAY = 1440;

const AMOUNTS: readonly QualifiedKind[] = ['amount', 'duration'];
const ALL: readonly QualifiedKind[] = ['amount', 'duration', 'clock'];

export const QUALIFIERS: readonly QualifierRule[] = [
  {
    phrases: ['a total of', 'exactly', 'precisely', 'just', 'only'],
    shape: 'exact',
    kinds: AMOUNTS,
    reason: 'The writer vouches for the figure itself: [v, v].',
  },
  {
    phrases: ['exactly', 'precisely'],
    shape: 'exact',
    kinds: ['clock'],
    reason: 'The writer vouches for the minute: [v, v].',
  },
  {
    phrases: [
      'about',
      'around',
      'roughly',
      'approximately',
      'approx.',
      'some',
      'an estimated',
      'estimated',
      'circa',
      'an average of',
      'on average',
      'in the region of',
      'of the order of',
      'on the order of',
    ],
    shape: 'around',
    kinds: ALL,
    reason: `A rounded figure: ±${RELATIVE_SLACK * 100}% of an amount, ±${CLOCK_SLACK_MINUTES} minutes of a time.`,
  },
  {
    phrases: [
      'nearly',
      'almost',
      'close to',
      'just under',
      'just below',
      'just shy of',
      'just short of',
      'not quite',
    ],
    shape: 'justBelow',
    kinds: ALL,
    reason: `Short of the figure but near it: the last ${RELATIVE_SLACK * 100}% below an amount, the half hour before a time.`,
  },
  {
    phrases: ['shortly before', 'just before', 'moments before', 'minutes before'],
    shape: 'justBelow',
    kinds: ['clock'],
    reason: `The ${CLOCK_SLACK_MINUTES} minutes before the time.`,
  },
  {
    phrases: [
      'just over',
      'just above',
      'just more than',
      'slightly more than',
      'slightly over',
      'a little over',
      'a little more than',
    ],
    shape: 'justAbove',
    kinds: AMOUNTS,
    reason: `Past the figure but near it: up to ${RELATIVE_SLACK * 100}% above.`,
  },
  {
    phrases: ['shortly after', 'just after', 'soon after', 'moments after', 'minutes after'],
    shape: 'justAbove',
    kinds: ['clock'],
    reason: `The ${CLOCK_SLACK_MINUTES} minutes after the time.`,
  },
  {
    phrases: [
      'more than',
      'at least',
      'upwards of',
      'in excess of',
      'no fewer than',
      'no less than',
      'not less than',
      'a minimum of',
      'well over',
      'well above',
      'greater than',
      'higher than',
      'exceeding',
      'above',
    ],
    shape: 'atLeast',
    kinds: AMOUNTS,
    reason:
      'A floor with no ceiling: [v, Infinity]. "More than" is strictly above; a range cannot say so and need not.',
  },
  {
    phrases: ['over'],
    shape: 'atLeast',
    kinds: ['amount'],
    reason: 'A floor with no ceiling; not for durations, where "over two days" means "during".',
  },
  {
    phrases: ['after', 'later than', 'from'],
    shape: 'atLeast',
    kinds: ['clock'],
    reason: `Some time after, within the day: [v, ${MINUTES_PER_DAY}].`,
  },
  {
    phrases: [
      'up to',
      'as many as',
      'as much as',
      'as high as',
      'as long as',
      'as large as',
      'at most',
      'no more than',
      'not more than',
      'a maximum of',
      'less than',
      'fewer than',
      'lower than',
      'under',
      'below',
    ],
    shape: 'atMost',
    kinds: AMOUNTS,
    reason: 'A ceiling: [0, v]. "As high as 25%" gives the top of what was reported, not its only value.',
  },
  {
    phrases: ['before', 'by', 'until', 'till', 'no later than'],
    shape: 'atMost',
    kinds: ['clock'],
    reason: 'Some time before, within the day: [0, v].',
  },
  {
    phrases: ['or more', 'or above', 'and above', 'or over'],
    after: true,
    shape: 'atLeast',
    kinds: AMOUNTS,
    reason: 'A floor written after the figure: [v, Infinity].',
  },
  {
    phrases: ['or less', 'or fewer', 'or under'],
    after: true,
    shape: 'atMost',
    kinds: AMOUNTS,
    reason: 'A ceiling written after the figure: [0, v].',
  },
  {
    phrases: ['or so'],
    after: true,
    shape: 'around',
    kinds: AMOUNTS,
    reason: `A rounded figure: ±${RELATIVE_SLACK * 100}%.`,
  },
];

const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const rulesFor = (kind: QualifiedKind, after: boolean): QualifierRule[] =>
  QUALIFIERS.filter((rule) => rule.kinds.includes(kind) && (rule.after ?? false) === after);

function alternation(kind: QualifiedKind, after: boolean): string {
  const phrases = rulesFor(kind, after).flatMap((rule) => rule.phrases);
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

const BEFORE: Record<QualifiedKind, RegExp> = {
  amount: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation('amount', false)})\\s+$`, 'iu'),
  duration: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation('duration', false)})\\s+$`, 'iu'),
  clock: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation('clock', false)})\\s+$`, 'iu'),
};
const AFTER = new RegExp(`^\\s+(${alternation('amount', true)})(?![\\p{L}\\p{N}])`, 'iu');

/** How many characters before a figure a qualifier can start; the longest phrase is shorter. */
const LOOK_BEHIND = 40;

export interface FoundQualifier {
  phrase: string;
  /** Where the qualifier starts (before the figure) or ends (after it). */
  at: number;
  shape: Shape;
}

function shapeOf(phrase: string, kind: QualifiedKind, after: boolean): Shape {
  return rulesFor(kind, after).find((rule) => rule.phrases.includes(phrase))?.shape ?? 'exact';
}

/** The qualifier written just before `index`, if any. */
export function findQualifierBefore(text: string, index: number, kind: QualifiedKind): FoundQualifier | null {
  const before = text.slice(Math.max(0, index - LOOK_BEHIND), index);
  const match = BEFORE[kind].exec(before);
  if (!match?.[1]) return null;
  const phrase = match[1].toLowerCase();
  return { phrase, at: index - before.length + match.index, shape: shapeOf(phrase, kind, false) };
}

/** The qualifier written just after `index` ("or more"), if any. */
export function findQualifierAfter(text: string, index: number): FoundQualifier | null {
  const match = AFTER.exec(text.slice(index, index + LOOK_BEHIND));
  if (!match?.[1]) return null;
  const phrase = match[1].toLowerCase();
  return { phrase, at: index + match[0].length, shape: shapeOf(phrase, 'amount', true) };
}

/** Rounds away binary noise (40 × 1.1 = 44.000000000000004) without touching real digits. */
export function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/** The range `shape` gives a figure already spanning [low, high]. */
export function qualifiedRange(
  shape: Shape | null,
  [low, high]: [number, number],
  kind: QualifiedKind,
): [number, number] {
  const clock = kind === 'clock';
  const below = (v: number): number => (clock ? v - CLOCK_SLACK_MINUTES : v * (1 - RELATIVE_SLACK));
  const above = (v: number): number => (clock ? v + CLOCK_SLACK_MINUTES : v * (1 + RELATIVE_SLACK));
  const ceiling = clock ? MINUTES_PER_DAY : Infinity;
  let range: [number, number];
  switch (shape) {
    case 'around':
      range = [below(low), above(high)];
      break;
    case 'justBelow':
      range = [below(low), high];
      break;
    case 'justAbove':
      range = [low, above(high)];
      break;
    case 'atLeast':
      range = [low, ceiling];
      break;
    case 'atMost':
      range = [0, high];
      break;
    default:
      range = [low, high];
  }
  return [tidy(range[0]), tidy(range[1])];
}
