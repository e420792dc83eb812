import { extractDates } from '../lib/compare/facts/extract-dates';
import {
  LOOSE_SCALES,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SMALL_NUMBERS,
} from '../lib/compare/facts/number-words';
import { foldText } from '../lib/search/normalize';

/**
 * Which gold pairs a reader finds by a shared anchor rather than by reading
 * for meaning: the two passages give one figure in one unit, name one
 * calendar day, or quote one run of words. The rest are paraphrase or world
 * knowledge ("a 23 percent cut" / "77 percent of promised benefits"), the
 * goal of a semantic layer, not of a lexical engine; recall is reported over
 * each apart. The rule reads only the two passages' text (and each source's
 * date, to resolve a weekday), never the engine's output, so the split does
 * not move when the engine does.
 */

/**
 * Words two quotations must share in a row. Four-word runs are phrases two
 * reporters write alike on their own ("a bunch of malarkey", "the middle
 * class"); five words inside quotation marks on both sides are the same remark.
 */
const QUOTED_RUN = 5;
/** Years a bare four-digit number is read as: the corpora's range with room on both sides. */
const YEARS: readonly [number, number] = [1800, 2100];

export type Reach = 'figure' | 'day' | 'quotation';

export interface PairSide {
  /** The gold side's passage text (its sentence, or sentences). */
  text: string;
  /** The source's date, ISO, to resolve a weekday; null if unknown. */
  published: string | null;
}

/** The scales a figure is read with: the engine's words, "bn" and a loose "m" (no "hundred": a count, not a scale, here). */
const SCALES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries({ ...SCALE_WORDS, bn: SCALE_ABBREVIATIONS['bn']!, m: LOOSE_SCALES['m']! })
    .filter(([word]) => word !== 'hundred')
    .map(([word, power]) => [word, 10 ** power]),
);
/** The engine's number words from two to twelve ("one" is a pronoun as often as a count). */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(SMALL_NUMBERS).filter(([, value]) => value >= 2 && value <= 12),
);
/** Words between a number and its noun that say nothing about what is counted. */
const SKIPPED = new Set(['more', 'other', 'new', 'additional']);
/** Words after a number that show it counts nothing named ("from 16 to 22", "Oct. 16 and", "two of them"). */
const NOT_NOUNS = new Set(
  'and or to until in on at for from by with that as is was were are be he she it they we i than of the a an them those these which who'.split(
    ' ',
  ),
);

/**
 * A number as written with its currency or scale, then what it counts: "$8 billion",
 * "44 percent", "90-minute", "2000" (a year), "three hours".
 */
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\d.,])([$€£])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${Object.keys(NUMBER_WORDS).join('|')})(?!\p{L}))` +
    String.raw`(?:\s?(%|percent|per cent))?(?:\s?(thousand|million|billion|trillion|bn|m)\b)?(?![\d,]*\d)` +
    String.raw`((?:[-\s]+[\p{L}'’]+){0,3})`,
  'giu',
);

const singular = (word: string): string =>
  word.replace(/(?<=\p{L}{3})(?:ies|s)$/u, (end) => (end === 'ies' ? 'y' : ''));

/** "value unit" keys of the figures a passage gives, e.g. "8000000000 $", "44 percent", "2006 year", "90 minute". */
export function figuresOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(FIGURE)) {
    const [, currency, digits = '', percent, scale, after = ''] = match;
    const word = NUMBER_WORDS[digits.toLowerCase()];
    const value = (word ?? Number(digits.replace(/,/gu, ''))) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    if (!Number.isFinite(value)) continue;
    if (currency) keys.add(`${value} ${currency}`);
    else if (percent) keys.add(`${value} percent`);
    else if (word === undefined && /^\d{4}$/u.test(digits) && value >= YEARS[0] && value <= YEARS[1])
      keys.add(`${value} year`);
    else {
      const noun = after
        .toLowerCase()
        .split(/[-\s]+/u)
        .find((part) => part !== '' && !SKIPPED.has(part));
      // A number word counts only with its noun: "two of them" is no figure, "two states" is.
      if (noun !== undefined && /^\p{L}/u.test(noun) && !NOT_NOUNS.has(noun))
        keys.add(`${value} ${singular(noun.replace(/['’]s?$/u, ''))}`);
    }
  }
  return keys;
}

/** The days (YYYY-MM-DD) a passage names: a calendar date or a weekday resolved against the source's date. */
export function daysOf(side: PairSide): Set<string> {
  return new Set(
    extractDates(side.text, side.text, { published: side.published })
      .filter((fact) => fact.iso && !/\b(?:week|month|year|weekend)\b/iu.test(fact.text))
      .map((fact) => fact.iso!),
  );
}

const QUOTE_MARK = /["“”]/gu;

/**
 * The quoted stretches of a passage, as word lists. A mark is read as opening or
 * closing from its neighbours (straight marks go both ways); a closing mark
 * with none open ends a quotation the previous sentence opened, and one left
 * open runs to the passage's end.
 */
export function quotedWords(text: string): string[][] {
  const spans: string[] = [];
  let open: number | null = null;
  let first = true;
  for (const match of text.matchAll(QUOTE_MARK)) {
    const at = match.index;
    const before = text[at - 1] ?? ' ';
    const after = text[at + 1] ?? ' ';
    const closing = match[0] === '”' || (match[0] === '"' && /\S/u.test(before) && !/[\p{L}\d]/u.test(after));
    if (closing && open !== null) {
      spans.push(text.slice(open, at));
      open = null;
    } else if (closing && first) spans.push(text.slice(0, at));
    else if (!closing) open = at + 1;
    first = false;
  }
  if (open !== null) spans.push(text.slice(open));
  return spans.map((span) =>
    foldText(span)
      .replace(/['’]/gu, '')
      .split(/[^\p{L}\d]+/u)
      .filter((word) => word !== ''),
  );
}

/**
 * Both passages quote a run of QUOTED_RUN words alike, or quote one whole short
 * quotation alike ("useful and constructive", "disgusting"): a short one is the
 * same remark only when neither side cuts it from something longer.
 */
function shareQuotation(a: string, b: string): boolean {
  const [quotesA, quotesB] = [quotedWords(a), quotedWords(b)];
  const wholeA = new Set(quotesA.map((words) => words.join(' ')));
  if (quotesB.some((words) => words.length > 0 && wholeA.has(words.join(' ')))) return true;
  const runs = new Set<string>();
  for (const words of quotesA)
    for (let i = 0; i + QUOTED_RUN <= words.length; i++) runs.add(words.slice(i, i + QUOTED_RUN).join(' '));
  return quotesB.some((words) =>
    words.some(
      (_, i) => i + QUOTED_RUN <= words.length && runs.has(words.slice(i, i + QUOTED_RUN).join(' ')),
    ),
  );
}

const unitOf = (key: string): string => key.slice(key.indexOf(' ') + 1);

/**
 * The anchor a reader finds a gold pair by, or null for paraphrase. An
 * agreement is reachable when both passages give the same figure in the same
 * unit, name the same day, or quote the same words (five in a row, or a
 * whole short quotation); a difference when
 * both give a figure in the same unit, or a day, and the values differ (the
 * anchor is shared, the value is not).
 */
export function reachableBy(a: PairSide, b: PairSide, status: 'agree' | 'differ'): Reach | null {
  const [figuresA, figuresB] = [figuresOf(a.text), figuresOf(b.text)];
  const [daysA, daysB] = [daysOf(a), daysOf(b)];
  if (status === 'agree') {
    if ([...figuresA].some((key) => figuresB.has(key))) return 'figure';
    if ([...daysA].some((day) => daysB.has(day))) return 'day';
    return shareQuotation(a.text, b.text) ? 'quotation' : null;
  }
  const unitsB = new Set([...figuresB].map(unitOf));
  if ([...figuresA].some((key) => unitsB.has(unitOf(key)) && !figuresB.has(key))) return 'figure';
  if (daysA.size > 0 && daysB.size > 0 && [...daysA].some((day) => !daysB.has(day))) return 'day';
  return null;
}
