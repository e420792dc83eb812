/**
 * Folding for the mention matcher. Unlike search folding it keeps a map from
 * every folded code unit back to the original text, so matches found on the
 * folded text have exact offsets in the page. Hot path: plain loops over
 * code units, ASCII handled without regular expressions.
 */

export interface FoldedText {
  /**
   * Lower-cased, diacritic-free text with one space for each run of white
   * space or hyphens ("air-truce" and "air truce" are one phrase).
   */
  folded: string;
  /** The same folding without lower-casing, for case-sensitive aliases. */
  cased: string;
  /** `origin[i]` is the offset in the original text of folded code unit i; one extra entry for the end. */
  origin: Uint32Array;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** What a non-ASCII code unit folds to: -1 skip, -2 space, else a code unit (upper-case kept). */
const nonAsciiCache = new Map<number, number>();

function foldNonAscii(code: number): number {
  const cached = nonAsciiCache.get(code);
  if (cached !== undefined) return cached;
  const char = String.fromCharCode(code);
  let out: number;
  if (/[\u00AD\u200B-\u200D\u2060\uFEFF]|\p{M}/u.test(char)) out = -1;
  else if (/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u.test(char)) out = -2;
  else if (/[\u2010-\u2014\u2212\uFE63\uFF0D]/u.test(char)) out = SPACE;
  else if (/[\u2018\u2019\u02BC\u00B4\uFF07]/u.test(char)) out = APOSTROPHE;
  else {
    const base = char.normalize('NFKD').replace(/\p{M}+/gu, '');
    out = base.length === 1 ? base.charCodeAt(0) : code;
  }
  nonAsciiCache.set(code, out);
  return out;
}

const lowerCache = new Map<number, number>();
function lowerNonAscii(code: number): number {
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    const text = String.fromCharCode(code).toLowerCase();
    lower = text.length === 1 ? text.charCodeAt(0) : code;
    lowerCache.set(code, lower);
  }
  return lower;
}

const CHUNK = 8192;

function decode(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(i + CHUNK, length))));
  }
  return out;
}

export function foldForMatch(text: string): FoldedText {
  const n = text.length;
  const lower = new Uint16Array(n);
  const cased = new Uint16Array(n);
  const origin = new Uint32Array(n + 1);
  let length = 0;
  let lastWasSpace = false;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) {
      const folded = foldNonAscii(code);
      if (folded === -1) continue;
      code = folded === -2 ? SPACE : folded;
    } else if (
      code === 0x2d ||
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x0c ||
      code === 0x0b
    ) {
      code = SPACE;
    } else if (code === 0x60) {
      code = APOSTROPHE;
    }
    if (code === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    cased[length] = code;
    lower[length] = code >= 0x41 && code <= 0x5a ? code + 32 : code < 0x80 ? code : lowerNonAscii(code);
    origin[length] = i;
    length++;
  }
  origin[length] = n;
  return { folded: decode(lower, length), cased: decode(cased, length), origin: origin.slice(0, length + 1) };
}
