import { MINUTES_PER_DAY, tidy } from './qualifiers';
import type { Fact } from './types';

/**
 * What may stand between the two times of a range, after a zone the reader of
 * times left out ("midday Moscow time"): "to", "until", a dash, "and" (only
 * after "between"), or a verb that ends the span ("and ended around 2.40pm",
 * "and lasted until 3pm"). Anything else ("at 9am and 3pm", two moments)
 * keeps the times apart.
 */
const ZONE_AFTER = String.raw`(?:\s+(?:local|\p{Lu}\p{L}+)\s+time|\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT))?`;
const END_VERB = String.raw`(?:lasted|ran|continued|went\s+on|ended|finished|broke\s+up|concluded|closed|wrapped\s+up)(?:\s+(?:at|on))?`;
const CONNECTOR = new RegExp(
  String.raw`^${ZONE_AFTER}\s*,?\s*(?:until|till|to|through|[-–—]|(?:and\s+)?${END_VERB})\s*$`,
  'u',
);
/** Nothing but a zone between: the second time's own "until" joins them ("from 9am until 3pm"). */
const BARE = new RegExp(String.raw`^${ZONE_AFTER}\s*,?\s*$`, 'u');
const UNTIL = new Set(['until', 'till']);
/** "and" joins a range only after "between": "between 2pm and 5pm". */
const AND_CONNECTOR = new RegExp(String.raw`^${ZONE_AFTER}\s+and\s*$`, 'u');
const BETWEEN_BEFORE = /(?<![\p{L}\p{N}])between\s+$/iu;

/**
 * Qualifiers that, in a range, say which end a time is rather than hedge it:
 * "from 9am until noon" runs from exactly 9 to exactly 12.
 */
const ENDPOINT_WORDS = new Set([
  'from',
  'after',
  'later than',
  'until',
  'till',
  'by',
  'before',
  'no later than',
]);

/** The span a time of day covers, as the writer hedged it; an endpoint word is no hedge. */
function spanOf(clock: Fact): [number, number] {
  const value = clock.value ?? 0;
  if (clock.qualifier !== null && ENDPOINT_WORDS.has(clock.qualifier)) return [value, value];
  return clock.range ?? [value, value];
}

const hedge = (clock: Fact): string | null =>
  clock.qualifier !== null && !ENDPOINT_WORDS.has(clock.qualifier) ? clock.qualifier : null;

/** The length of the range from `first` to `second` as a duration fact, or null if the words between join no range. */
function rangeDuration(first: Fact, second: Fact, text: string, sentence: string): Fact | null {
  if (first.value === null || second.value === null) return null;
  const between = text.slice(first.end, second.start);
  const joined =
    CONNECTOR.test(between) ||
    (BARE.test(between) && UNTIL.has(second.qualifier ?? '')) ||
    (AND_CONNECTOR.test(between) && BETWEEN_BEFORE.test(text.slice(0, first.start)));
  if (!joined) return null;
  // Past midnight, the end is on the next day ("from 10pm until 2am" is four hours).
  const overnight = second.value < first.value ? MINUTES_PER_DAY : 0;
  const [startLow, startHigh] = spanOf(first);
  const [endLow, endHigh] = spanOf(second);
  const value = second.value + overnight - first.value;
  if (value <= 0) return null;
  const hedges = [hedge(first), hedge(second)].filter((phrase): phrase is string => phrase !== null);
  return {
    kind: 'duration',
    start: first.start,
    end: second.end,
    text: sentence.slice(first.start, second.end),
    value,
    range: [tidy(Math.max(0, endLow + overnight - startHigh)), tidy(endHigh + overnight - startLow)],
    qualifier: hedges.length > 0 ? hedges.join(' … ') : null,
    unit: 'minute',
    subject: null,
  };
}

/**
 * Times of day that bound one stretch ("the talks ran from 9am until just
 * after noon", "began shortly before midday Moscow time, and ended around
 * 2.40pm", "between 2pm and 5pm") become one duration in minutes, so it can
 * be set beside a stated one ("about three hours"). Its range is the widest
 * and narrowest the hedged ends allow: just after noon is up to half an
 * hour after it (see `QUALIFIERS`), so 9am until just after noon is
 * [180, 210] and meets "about three hours" ([162, 198]) but not "two hours".
 * The two times are replaced by the duration (facts never overlap); times not
 * joined into a range are returned as they were. `clocks` are in text order.
 */
export function clockRangesToDurations(clocks: readonly Fact[], text: string, sentence: string): Fact[] {
  const result: Fact[] = [];
  for (let i = 0; i < clocks.length; i++) {
    const first = clocks[i];
    const second = clocks[i + 1];
    if (!first) continue;
    const duration = second ? rangeDuration(first, second, text, sentence) : null;
    if (duration) {
      result.push(duration);
      i++;
    } else result.push(first);
  }
  return result;
}
