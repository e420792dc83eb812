import { findSpeakers } from './find-speakers';
import { maskSpans } from './mask-spans';
import type { Fact, Span } from './types';

/**
 * A quotation has at least this many words. One is enough: “successful” and
 * “signals” are a speaker's words as much as a sentence is; a term nobody says
 * (the “air truce”) stays a quote and gets no speaker (see `attributeQuotes`).
 */
const MIN_QUOTE_WORDS = 1;

const OPEN = '“';
const CLOSE = '”';
const STRAIGHT = '"';

interface QuoteSpan {
  /** The quotation with its marks. */
  start: number;
  end: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** It closes with no opening mark: the rest of a quotation the sentence before opened. */
  opensBefore?: boolean;
  /** It opens with no closing mark: it runs on into the next sentence. */
  runsOn?: boolean;
}

/** What may stand before a straight mark that opens a quotation. */
const BEFORE_OPEN = /^$|[\s([{\u2014\u2013]/u;
/** What may follow a straight mark that closes one. */
const AFTER_CLOSE = /^$|[\s)\]},.;:!?\u2014\u2013-]/u;

/** A straight mark at `i` that can only close a quotation: after a word or its punctuation, before a space, punctuation or the end. */
const closesStraight = (text: string, i: number): boolean =>
  text.charAt(i) === STRAIGHT &&
  !BEFORE_OPEN.test(text.charAt(i - 1)) &&
  AFTER_CLOSE.test(text.charAt(i + 1));

/** A straight mark at `i` that can only open one. */
const opensStraight = (text: string, i: number): boolean =>
  text.charAt(i) === STRAIGHT &&
  BEFORE_OPEN.test(text.charAt(i - 1)) &&
  text.charAt(i + 1) !== '' &&
  !/\s/u.test(text.charAt(i + 1));

/**
 * Curly quotations. A sentence splitter can cut a long quotation in two, so
 * an opening mark with no closing one runs to the end of the sentence, and a
 * closing mark before any opening one runs from its start. Typesetting mixes
 * shapes ("“… this action," Suthers said"): a curly mark left unpaired pairs
 * with a straight one of the other side in the same sentence.
 */
function curlyQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  let seenMark = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === OPEN) {
      const next = text.indexOf(CLOSE, i + 1);
      const reopen = text.indexOf(OPEN, i + 1);
      const paired = next >= 0 && (reopen < 0 || next < reopen);
      if (!paired) {
        // No curly mark closes it: a straight one may.
        let straight = -1;
        for (let j = i + 1; j < (reopen < 0 ? text.length : reopen); j++)
          if (closesStraight(text, j)) {
            straight = j;
            break;
          }
        if (straight >= 0) {
          spans.push({ start: i, end: straight + 1, innerStart: i + 1, innerEnd: straight });
          i = straight;
          open = null;
          seenMark = true;
          continue;
        }
      }
      open = i;
      seenMark = true;
    } else if (char === CLOSE) {
      if (open !== null) spans.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      else if (!seenMark) {
        // A straight mark that opens before it: the quotation began there ("\"prohibited from …”").
        let straight = -1;
        for (let j = 0; j < i; j++)
          if (opensStraight(text, j)) {
            straight = j;
            break;
          }
        if (straight >= 0) spans.push({ start: straight, end: i + 1, innerStart: straight + 1, innerEnd: i });
        else {
          const start = text.length - text.trimStart().length;
          spans.push({ start, end: i + 1, innerStart: start, innerEnd: i, opensBefore: true });
        }
      }
      open = null;
      seenMark = true;
    }
  }
  if (open !== null) {
    const end = text.trimEnd().length;
    if (end > open + 1) spans.push({ start: open, end, innerStart: open + 1, innerEnd: end, runsOn: true });
  }
  return spans;
}

/**
 * Straight quotations. Each mark is read as opening or closing from the
 * characters around it, as curly ones are by their shape; a mark right after a
 * digit is an inch sign (a 5" screen) and does not count. A mark that could be
 * either pairs in order with its neighbour. As with curly marks, a quotation the
 * sentence splitter cut runs to the sentence's end or from its start.
 */
function straightQuotes(text: string): QuoteSpan[] {
  const marks: { at: number; side: 'open' | 'close' | 'either' }[] = [];
  for (let i = text.indexOf(STRAIGHT); i >= 0; i = text.indexOf(STRAIGHT, i + 1)) {
    if (/\d/u.test(text.charAt(i - 1))) continue;
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const opens = BEFORE_OPEN.test(before) && after !== '' && !/\s/u.test(after);
    const closes = !BEFORE_OPEN.test(before) && AFTER_CLOSE.test(after);
    marks.push({ at: i, side: opens && !closes ? 'open' : closes && !opens ? 'close' : 'either' });
  }
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (const [index, mark] of marks.entries()) {
    if (open === null && mark.side === 'close' && index === 0) {
      const start = text.length - text.trimStart().length;
      spans.push({ start, end: mark.at + 1, innerStart: start, innerEnd: mark.at, opensBefore: true });
    } else if (open === null) {
      if (mark.side !== 'close') open = mark.at;
    } else {
      spans.push({ start: open, end: mark.at + 1, innerStart: open + 1, innerEnd: mark.at });
      open = null;
    }
  }
  if (open !== null && marks.at(-1)?.side === 'open') {
    const end = text.trimEnd().length;
    if (end > open + 1) spans.push({ start: open, end, innerStart: open + 1, innerEnd: end, runsOn: true });
  }
  return spans;
}

/**
 * Where a single quotation mark opens: at the start of a word, after white
 * space, an opening bracket, a dash or a double quote. Inside a word (don't,
 * country's) it is an apostrophe.
 */
const SINGLE_OPEN = /(?<=^|[\s([{\u2014\u2013"“])['‘](?=[\p{L}\p{N}])/gu;
/** Where one closes: after a word or its punctuation, before white space, punctuation or the end. */
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,;:!?…])['’](?![\p{L}\p{N}])/gu;

/**
 * Single quotations ('…' and ‘…’), each opening mark paired with the first
 * closing mark after it. Apostrophes inside a word never open or close one;
 * one after a plural ("the workers' union") only closes a quotation that is
 * open.
 */
function singleQuotes(text: string): QuoteSpan[] {
  const closes = [...text.matchAll(SINGLE_CLOSE)].map((match) => match.index);
  const spans: QuoteSpan[] = [];
  let after = -1;
  for (const { index: start } of text.matchAll(SINGLE_OPEN)) {
    if (start < after) continue;
    const close = closes.find((index) => index > start + 1);
    if (close === undefined) break;
    spans.push({ start, end: close + 1, innerStart: start + 1, innerEnd: close });
    after = close + 1;
  }
  return spans;
}

const outside =
  (spans: readonly QuoteSpan[]) =>
  (quote: QuoteSpan): boolean =>
    spans.every((other) => quote.end <= other.start || quote.start >= other.end);

/** The quoted words, without surrounding spaces or the comma that hands over to "he said". */
function quotedWords(text: string, span: QuoteSpan): string {
  return text
    .slice(span.innerStart, span.innerEnd)
    .trim()
    .replace(/[,;:]+$/u, '')
    .trimEnd();
}

const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

function distance(a: Span | QuoteSpan, b: Span): number {
  if (b.end <= a.start) return a.start - b.end;
  if (b.start >= a.end) return b.start - a.end;
  return 0;
}

/** A quotation as one sentence shows it, with what paragraph-level attribution needs. */
export interface QuoteReading {
  fact: Fact;
  /** It closes with no opening mark: the rest of a quotation the sentence before opened. */
  opensBefore: boolean;
  /** It opens with no closing mark: it runs on into the next sentence. */
  runsOn: boolean;
}

/** A sentence read for its quotations: them, the sentence with them masked, and its speaker phrases. */
export interface QuotedSentence {
  quotes: QuoteReading[];
  /** The sentence (noise masked, if it was) with every quotation masked. */
  masked: string;
  /** Every speaker phrase outside the quotations (`findSpeakers`). */
  speakers: Span[];
}

/**
 * Quotations in curly or straight quotes, double or single (a single-quoted
 * phrase inside a double-quoted one is part of it), each with the nearest
 * speaker phrase outside any quotation in the same sentence (see
 * `findSpeakers`). `searchText` is the sentence with noise masked; its offsets
 * are the sentence's.
 */
export function readSentence(sentence: string, searchText: string = sentence): QuotedSentence {
  const curly = curlyQuotes(sentence);
  const double = [...curly, ...straightQuotes(sentence).filter(outside(curly))];
  const all = [...double, ...singleQuotes(sentence).filter(outside(double))];
  const masked = maskSpans(searchText, all);
  const speakers = findSpeakers(masked);
  const readings: QuoteReading[] = [];
  for (const span of all) {
    const quote = quotedWords(sentence, span);
    if (wordCount(quote) < MIN_QUOTE_WORDS) continue;
    let speaker: Span | null = null;
    for (const candidate of speakers)
      if (!speaker || distance(span, candidate) < distance(span, speaker)) speaker = candidate;
    readings.push({
      fact: {
        kind: 'quote',
        start: span.start,
        end: span.end,
        text: sentence.slice(span.start, span.end),
        value: null,
        range: null,
        qualifier: null,
        unit: null,
        subject: null,
        quote,
        speaker: speaker ? { ...speaker, text: sentence.slice(speaker.start, speaker.end) } : null,
      },
      opensBefore: span.opensBefore === true,
      runsOn: span.runsOn === true,
    });
  }
  return { quotes: readings.sort((a, b) => a.fact.start - b.fact.start), masked, speakers };
}

/** The quotations of one sentence with what paragraph-level attribution needs (see `readSentence`). */
export function readQuotes(sentence: string, searchText: string = sentence): QuoteReading[] {
  return readSentence(sentence, searchText).quotes;
}

/** The quotations of one sentence as facts (see `readQuotes`); their speakers are the sentence's own. */
export function extractQuotes(sentence: string, searchText: string = sentence): Fact[] {
  return readQuotes(sentence, searchText).map((reading) => reading.fact);
}
