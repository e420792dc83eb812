/**
 * Folding for the mention matcher, one code unit at a time: lower-casing,
 * diacritics, white space and hyphens, apostrophes, invisible characters.
 * `foldUnit` is the single definition of it; `foldForMatch` folds a whole
 * string with it (and keeps a map from every folded code unit back to the
 * original text), and the matcher folds with it on the fly as it scans.
 * Hot path: each code unit is worked out once per process and looked up in
 * a typed array after that, so no regular expression runs twice for the
 * same character.
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

/*
 * What `foldUnit` returns, packed in one integer so the matcher's scan reads
 * one typed-array cell per code unit: the low 16 bits are the folded,
 * lower-cased code unit; the bits above say what else is known about it.
 */
/** Set on every computed entry, so 0 in the table means "not worked out yet". */
const KNOWN = 1 << 16;
/** The unit vanishes from the folded text (soft hyphen, zero-width characters, combining marks). */
export const FOLD_SKIP = 1 << 17;
/** The folded, lower-cased unit is a word character (letter, digit, mark, half of a surrogate pair). */
export const FOLD_WORD = 1 << 18;
/** The unit itself is a combining mark: it belongs to the letter before it. */
export const FOLD_MARK = 1 << 19;
/** The folded unit, case kept, is a lower-case letter (so it cannot stand for a capital). */
export const FOLD_LOWER_CASE = 1 << 20;
/** The folded, lower-cased code unit inside a `foldUnit` result. */
export const FOLD_UNIT = 0xffff;

/** `foldUnit` for every UTF-16 code unit, filled in as units are met: 256 KB. */
const packedTable = new Int32Array(0x10000);
/** The folded unit with its case kept, valid once the unit's `packedTable` entry is set: 128 KB. */
const casedTable = new Uint16Array(0x10000);

/** Letters, digits and marks of any script: what a mention may not start or end next to. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
}

function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** What a non-ASCII code unit folds to: -1 skip, -2 space, else a code unit (upper-case kept). */
function foldNonAscii(code: number): number {
  const char = String.fromCharCode(code);
  if (/[\u00AD\u200B-\u200D\u2060\uFEFF]|\p{M}/u.test(char)) return -1;
  if (/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u.test(char)) return -2;
  if (/[\u2010-\u2014\u2212\uFE63\uFF0D]/u.test(char)) return SPACE;
  if (/[\u2018\u2019\u02BC\u00B4\uFF07]/u.test(char)) return APOSTROPHE;
  const base = char.normalize('NFKD').replace(/\p{M}+/gu, '');
  return base.length === 1 ? base.charCodeAt(0) : code;
}

function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const text = String.fromCharCode(code).toLowerCase();
  return text.length === 1 ? text.charCodeAt(0) : code;
}

/** Works out a unit's entry the slow way, once, and stores it. */
function describeUnit(code: number): number {
  let cased: number;
  if (code < 0x80) {
    const space = code === 0x2d || (code >= 0x09 && code <= 0x0d);
    cased = space ? SPACE : code === 0x60 ? APOSTROPHE : code;
  } else {
    const folded = foldNonAscii(code);
    cased = folded === -2 ? SPACE : folded;
  }
  const mark = code >= 0x300 && /\p{M}/u.test(String.fromCharCode(code)) ? FOLD_MARK : 0;
  let entry: number;
  if (cased === -1) {
    entry = KNOWN | FOLD_SKIP | mark;
    cased = 0;
  } else {
    const lower = lowerCode(cased);
    entry =
      KNOWN | lower | mark | (isWordCode(lower) ? FOLD_WORD : 0) | (isLowerCode(cased) ? FOLD_LOWER_CASE : 0);
  }
  casedTable[code] = cased;
  packedTable[code] = entry;
  return entry;
}

// ASCII up front: the common case then never takes the slow path.
for (let code = 0; code < 0x80; code++) describeUnit(code);

/** How one UTF-16 code unit folds: the folded lower-case unit (`& FOLD_UNIT`) and the `FOLD_*` flags. */
export function foldUnit(code: number): number {
  const known = packedTable[code] as number;
  return known !== 0 ? known : describeUnit(code);
}

/** The folded unit with its case kept (0 for a unit that vanishes). */
export function foldUnitCased(code: number): number {
  if (packedTable[code] === 0) describeUnit(code);
  return casedTable[code] as number;
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
    const code = text.charCodeAt(i);
    const unit = foldUnit(code);
    if ((unit & FOLD_SKIP) !== 0) continue;
    const folded = unit & FOLD_UNIT;
    if (folded === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    cased[length] = casedTable[code] as number;
    lower[length] = folded;
    origin[length] = i;
    length++;
  }
  origin[length] = n;
  return { folded: decode(lower, length), cased: decode(cased, length), origin: origin.slice(0, length + 1) };
}
