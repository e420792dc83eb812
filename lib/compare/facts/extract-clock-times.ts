import { findQualifierBefore, MINUTES_PER_DAY, qualifiedRange } from './qualifiers';
import { keepDisjoint } from './keep-disjoint';
import { SMALL_NUMBERS } from './number-words';
import type { Fact } from './types';

/** Time zones and labels written after a 24-hour time ("14:30 GMT"); longer names first. */
const ZONE =
  '(?:local time|Moscow time|Kyiv time|Kiev time|CEST|EEST|GMT|UTC|BST|CET|EET|MSK|EST|EDT|CST|CDT|PST|PDT|hrs|ET|PT|Z|h)';
const SPACE = '[ \\t\\u00a0]';
/** No letter, digit or part of a bigger number or address before a time. */
const BEFORE = '(?<![\\p{L}\\p{N}.,:/])';

/** "2.40pm", "2:40 pm", "10am", "10 a.m.". */
const MERIDIEM = new RegExp(
  `${BEFORE}(\\d{1,2})(?:[.:](\\d{2}))?${SPACE}?([ap])(?:\\.m\\.|m)(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "14:30", "14:30 GMT", "09:05". */
const COLON_24 = new RegExp(
  `${BEFORE}([01]?\\d|2[0-3]):([0-5]\\d)(?:${SPACE}?(${ZONE}))?(?![\\p{L}\\p{N}]|[.:,]\\d)`,
  'gu',
);
/** "14.30 GMT": with a dot, only a zone tells a time from a decimal. */
const DOT_24 = new RegExp(`${BEFORE}([01]?\\d|2[0-3])\\.([0-5]\\d)${SPACE}?${ZONE}(?![\\p{L}\\p{N}])`, 'gu');
/** "1430 GMT", "0800 hrs". */
const FOUR_DIGIT = new RegExp(`${BEFORE}([01]\\d|2[0-3])([0-5]\\d)${SPACE}?${ZONE}(?![\\p{L}\\p{N}])`, 'gu');
const NAMED = /(?<![\p{L}\p{N}])(midday|noon|midnight)(?![\p{L}\p{N}])/giu;
const O_CLOCK = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})${SPACE}?o['’]clock(?![\\p{L}\\p{N}])`,
  'giu',
);

const NAMED_MINUTES: Readonly<Record<string, number>> = { midday: 720, noon: 720, midnight: 0 };

interface Candidate {
  start: number;
  end: number;
  minutes: number;
}

function twelveHour(hour: number, minute: number, meridiem: string): number | null {
  if (hour < 1 || hour > 12 || minute > 59) return null;
  return ((hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)) * 60 + minute;
}

/**
 * Times of day, as minutes after midnight in the zone written (no zone
 * conversion): "2.40pm" → 880, "14:30 GMT" → 870, "midday" → 720. A hedge
 * before the time ("shortly before midday") becomes the qualifier and sets
 * the range, in half-hour steps (see `QUALIFIERS`). "o'clock" times are
 * read as written, without guessing morning or evening.
 */
export function extractClockTimes(text: string, sentence: string): Fact[] {
  const candidates: Candidate[] = [];
  const push = (start: number, length: number, minutes: number | null): void => {
    if (minutes !== null) candidates.push({ start, end: start + length, minutes });
  };
  for (const match of text.matchAll(MERIDIEM))
    push(match.index, match[0].length, twelveHour(Number(match[1]), Number(match[2] ?? 0), match[3] ?? 'a'));
  for (const pattern of [COLON_24, DOT_24, FOUR_DIGIT])
    for (const match of text.matchAll(pattern))
      push(match.index, match[0].length, Number(match[1]) * 60 + Number(match[2]));
  for (const match of text.matchAll(NAMED))
    push(match.index, match[0].length, NAMED_MINUTES[match[0].toLowerCase()] ?? null);
  for (const match of text.matchAll(O_CLOCK)) {
    const written = match[1]?.toLowerCase() ?? '';
    const hour = SMALL_NUMBERS[written] ?? Number(written);
    push(match.index, match[0].length, hour >= 1 && hour <= 12 ? hour * 60 : null);
  }
  return keepDisjoint(candidates).map(({ start, end, minutes }): Fact => {
    const qualifier = findQualifierBefore(text, start, 'clock');
    // Before midnight is the end of the day, not its start: 1440, so value and range agree.
    const pointsBack = qualifier?.shape === 'justBelow' || qualifier?.shape === 'atMost';
    const base = minutes === 0 && pointsBack ? MINUTES_PER_DAY : minutes;
    const from = qualifier?.at ?? start;
    return {
      kind: 'clock',
      start: from,
      end,
      text: sentence.slice(from, end),
      value: base,
      range: qualifiedRange(qualifier?.shape ?? null, [base, base], 'clock'),
      qualifier: qualifier?.phrase ?? null,
      unit: 'clock',
      subject: null,
    };
  });
}
