import { findSpeakers } from './find-speakers';
import { maskSpans } from './mask-spans';
import type { Fact, Span } from './types';

/** A quotation has at least this many words; one quoted word is a term or a scare quote (“successful”). */
const MIN_QUOTE_WORDS = 2;

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
}

/**
 * Curly quotations. A sentence splitter can cut a long quotation in two, so
 * an opening mark with no closing one runs to the end of the sentence, and a
 * closing mark before any opening one runs from its start.
 */
function curlyQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  let seenMark = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === OPEN) {
      open = i;
      seenMark = true;
    } else if (char === CLOSE) {
      if (open !== null) spans.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      else if (!seenMark) {
        const start = text.length - text.trimStart().length;
        spans.push({ start, end: i + 1, innerStart: start, innerEnd: i });
      }
      open = null;
      seenMark = true;
    }
  }
  if (open !== null) {
    const end = text.trimEnd().length;
    if (end > open + 1) spans.push({ start: open, end, innerStart: open + 1, innerEnd: end });
  }
  return spans;
}

/**
 * Straight quotations, paired in order. A straight mark right after a digit
 * is an inch sign (a 5" screen) and does not count; an odd mark left over
 * cannot say which side it is on and is ignored.
 */
function straightQuotes(text: string): QuoteSpan[] {
  const marks: number[] = [];
  for (let i = text.indexOf(STRAIGHT); i >= 0; i = text.indexOf(STRAIGHT, i + 1))
    if (!/\d/u.test(text.charAt(i - 1))) marks.push(i);
  const spans: QuoteSpan[] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const start = marks[i] ?? 0;
    const end = (marks[i + 1] ?? 0) + 1;
    spans.push({ start, end, innerStart: start + 1, innerEnd: end - 1 });
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

/**
 * Quotations of at least two words in curly or straight quotes, double or
 * single (a single-quoted phrase inside a double-quoted one is part of it), each
 * with the nearest speaker phrase outside any quotation in the same sentence
 * (see `findSpeakers`). `searchText` is the sentence with noise masked; its
 * offsets are the sentence's.
 */
export function extractQuotes(sentence: string, searchText: string = sentence): Fact[] {
  const curly = curlyQuotes(sentence);
  const double = [...curly, ...straightQuotes(sentence).filter(outside(curly))];
  const all = [...double, ...singleQuotes(sentence).filter(outside(double))];
  const speakers = findSpeakers(maskSpans(searchText, all));
  const facts: Fact[] = [];
  for (const span of all) {
    const quote = quotedWords(sentence, span);
    if (wordCount(quote) < MIN_QUOTE_WORDS) continue;
    let speaker: Span | null = null;
    for (const candidate of speakers)
      if (!speaker || distance(span, candidate) < distance(span, speaker)) speaker = candidate;
    facts.push({
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
    });
  }
  return facts.sort((a, b) => a.start - b.start);
}
