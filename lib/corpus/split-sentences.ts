import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from '../lexicon/calendar-words';
import type { Span } from './types';

/**
 * Abbreviations after which a full stop does not end a sentence. Titles and
 * month abbreviations are the cases news text is full of ("Mr Putin",
 * "Aug. 8"); the list is deliberately small so real sentence ends still split.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rep',
  'sen',
  'gov',
  'pres',
  'rev',
  'hon',
  'amb',
  'no',
  'nos',
  'vs',
  'approx',
  'est',
  'fig',
  'vol',
  'pp',
  'ca',
  'cf',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'univ',
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
]);

/**
 * Words that start a new sentence after a dotted acronym ("… in the U.S. The
 * talks …"); after "U.S." anything else is read as the same sentence
 * ("U.S. envoy", "U.S.-Ukraine").
 */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'there',
  'in',
  'on',
  'at',
  'after',
  'before',
  'however',
  'meanwhile',
  'his',
  'her',
  'their',
  'its',
  'our',
  'as',
  'if',
  'when',
  'while',
  'since',
  'so',
  'yet',
]);

// Candidate boundary: terminal punctuation, optional closing quotes/brackets,
// then whitespace. Decimals ("2.40pm") never match: no whitespace follows.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s)/gu;
const CLOSERS = /["'”’»)\]]/u;
const LETTER_OR_DOT = /^[\p{L}.]$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const CLOSING_QUOTE = /["'”’»]$/u;
// `“… made!” Mr Trump said, …`: a quotation followed by its attribution is one sentence.
const ATTRIBUTION =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|added|adds|wrote|writes|told|tells|asked|asks|posted|tweeted|insisted|declared|explained|continued|noted|stated|replied|warned)\b/u;

/**
 * The run of letters and dots before the full stop that ends at `end` (after
 * any closing quotes), without that stop: "U.S." → "U.S", "Mr." → "Mr".
 * Scans backwards from the stop, so its cost is the length of the word: an
 * anchored regular expression over `text.slice(0, end)` rescanned the whole
 * paragraph at every stop, which made a long paragraph quadratic.
 */
function wordBeforeDot(text: string, end: number): string | undefined {
  let dot = end;
  while (dot > 0 && CLOSERS.test(text.charAt(dot - 1))) dot--;
  dot--;
  if (text.charAt(dot) !== '.') return undefined;
  let start = dot;
  while (start > 0) {
    // Step back one code point, so a letter outside the BMP counts as a letter.
    const low = text.charCodeAt(start - 1);
    const high = start > 1 ? text.charCodeAt(start - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!LETTER_OR_DOT.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < dot ? text.slice(start, dot) : undefined;
}

function isSentenceEnd(text: string, punctEnd: number, punctuation: string): boolean {
  const rest = text.slice(punctEnd);
  const next = /\S/u.exec(rest);
  if (!next) return false;
  const nextChar = next[0];
  // A sentence never starts in lower case; "approx. five", "p.m. on" go on.
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (CLOSING_QUOTE.test(punctuation) && ATTRIBUTION.test(rest)) return false;
  if (!punctuation.startsWith('.')) return true;

  const word = wordBeforeDot(text, punctEnd);
  if (word === undefined) return true;
  const opensSentence = (): boolean => {
    const nextWord = /^\s*([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
    return nextWord !== undefined && SENTENCE_STARTERS.has(nextWord);
  };
  // A capitalised abbreviation ("Mr.", "Aug.", "No.") goes on. One in lower
  // case is also an everyday word ("said no.", "the est."), so before a
  // capital it ends the sentence when a typical opener follows, as a dotted
  // acronym does; "vs. Moscow" and "no. 4" go on.
  if (ABBREVIATIONS.has(word.toLowerCase())) return /^\p{Lu}/u.test(word) ? false : opensSentence();
  // A lone capital is an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (DOTTED_ACRONYM.test(word) || DOTTED_ACRONYM.test(word.replace(/\.$/u, ''))) return opensSentence();
  return true;
}

/**
 * Splits one paragraph into sentences. Offsets are relative to `text` plus
 * `offset`, so callers can place sentences in a larger body.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      spans.push({
        start: offset + start + lead,
        end: offset + start + lead + trimmed.length,
        text: trimmed,
      });
    }
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (isSentenceEnd(text, end, match[0])) {
      push(end);
      start = end;
    }
  }
  push(text.length);
  return spans;
}
