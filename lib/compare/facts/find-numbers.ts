import {
  DENOMINATORS,
  FEW_WORDS,
  LOOSE_SCALES,
  MULTIPLIER_WORDS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SMALL_NUMBERS,
  TENS,
  VAGUE_COUNTS,
  VAGUE_SCALES,
} from './number-words';
import { attachedUnit, GLUED_UNITS, MINUTES_PER } from './units';

/** A number as written, before anything says what it counts. */
export interface NumberMention {
  start: number;
  end: number;
  /** The number, or null when the words name no single number ("dozens", "10-15"). */
  value: number | null;
  /** What the words span: [v, v] for a number, [24, 99] for "dozens", [10, 15] for "10-15". */
  range: [number, number];
  /** Four plain digits that could be a year ("2025", "2022-23"); the caller decides from context. */
  yearLike: boolean;
  /** A glued or spaced "m"/"b" after digits ("€3m"), a scale only if money or a plural noun confirms it. */
  looseScale: { exponent: number; end: number } | null;
  /** A unit written into the number: glued ("40km") or hyphenated ("three-hour", "2,000-pound"). */
  attached: { unit: string; minutes: number | null } | null;
  /** "one", "a half": a number only when a noun follows ("one tanker", not "no one", "one of them"). */
  needsNoun: boolean;
  /** "an hour": the article is a number only before a unit of time. */
  article: boolean;
  /** "twice", "thrice". */
  multiplier: boolean;
  /** Spelled out in words rather than digits. */
  words: boolean;
  /** A fraction ("two-thirds", "a quarter of"): `value` is the share, 2/3 or 0.25. */
  fraction: boolean;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Joined to the previous token by a hyphen or dash, with no space ("three-hour", "Su-34"). */
  joined: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
const HYPHENS = new Set(['-', '–', '‑']);
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\p{L}*)$/u;
const YEAR = { min: 1800, max: 2100 };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const joined =
      previousEnd >= 0 && match.index === previousEnd + 1 && HYPHENS.has(text.charAt(previousEnd));
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
      joined,
    });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

/** A number written `digits` × 10^`exponent`, parsed in decimal so "1.2 trillion" is exactly 1.2e12. */
const scaled = (digits: string, exponent: number): number => Number(`${digits}e${exponent}`);

interface Parsed {
  /** Index of the last token read. */
  last: number;
  /** Where the number's text ends, if not at the last token's end (a glued scale or unit). */
  end?: number;
  value: number | null;
  range: [number, number];
  yearLike?: boolean;
  looseScale?: { exponent: number; end: number } | null;
  attached?: { unit: string; minutes: number | null } | null;
  needsNoun?: boolean;
  article?: boolean;
  multiplier?: boolean;
  fraction?: boolean;
  words: boolean;
}

/** What may follow an article fraction ("a third of", "by a quarter."): not a noun, which makes it an ordinal ("a third term"). */
const AFTER_ARTICLE_FRACTION = /^(?:[ \t\u00a0]+of(?![\p{L}\p{N}])|[ \t\u00a0]*(?:$|[^\s\p{L}\p{N}]))/u;

class NumberReader {
  private readonly tokens: Token[];

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  /** The token after `i` when only spaces separate them. */
  private spaced(i: number): Token | undefined {
    const current = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!current || !next || next.joined) return undefined;
    return /^[ \t\u00a0]+$/u.test(this.text.slice(current.end, next.start)) ? next : undefined;
  }

  /** The token after `i` when a space or a hyphen separates them. */
  private following(i: number): Token | undefined {
    const next = this.tokens[i + 1];
    if (next?.joined) return next;
    return this.spaced(i);
  }

  findAll(): NumberMention[] {
    const mentions: NumberMention[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const token = this.tokens[i];
      if (!token) break;
      const parsed = token.joined ? null : this.parseAt(i);
      if (!parsed) {
        i++;
        continue;
      }
      // Whatever stays hyphenated to the number after it decides what it is.
      let last = parsed.last;
      const suffix: string[] = [];
      while (this.tokens[last + 1]?.joined) {
        last++;
        suffix.push(this.tokens[last]?.lower ?? '');
      }
      const mention = this.finish(i, parsed, last, suffix);
      const range = mention && last === parsed.last ? this.betweenRange(i, mention) : null;
      if (range) {
        mentions.push(range.mention);
        i = range.last + 1;
        continue;
      }
      if (mention) mentions.push(mention);
      i = last + 1;
    }
    return mentions;
  }

  /**
   * "between 5 and 7": one range from "between" to the second number, which
   * lends its scale to the first ("between 5 and 7 million"). Null unless
   * the second number is the larger.
   */
  private betweenRange(i: number, low: NumberMention): { mention: NumberMention; last: number } | null {
    const before = this.tokens[i - 1];
    if (before?.lower !== 'between' || this.spaced(i - 1) !== this.tokens[i] || low.value === null)
      return null;
    if (low.attached || low.looseScale || low.multiplier || low.article) return null;
    const lowEnd = this.tokens.findIndex((token) => token.end === low.end);
    const and = lowEnd < 0 ? undefined : this.spaced(lowEnd);
    if (and?.lower !== 'and' || !this.spaced(lowEnd + 1)) return null;
    const high = this.parseAt(lowEnd + 2);
    if (
      !high ||
      high.value === null ||
      high.looseScale ||
      high.attached ||
      this.tokens[high.last + 1]?.joined
    )
      return null;
    // The scale words after the second number apply to both: "5 and 7 million" is 5 to 7 million.
    const first = this.tokens[lowEnd + 2];
    const bare = first ? this.parseAt(lowEnd + 2, true)?.value : undefined;
    const factor = bare ? high.value / bare : 1;
    const lowValue =
      low.value * (lowEnd === i && factor > 1 && Number.isInteger(Math.log10(factor)) ? factor : 1);
    if (!(high.value > lowValue)) return null;
    return {
      mention: {
        ...low,
        start: before.start,
        end: high.end ?? this.tokens[high.last]?.end ?? low.end,
        value: null,
        range: [lowValue, high.value],
        yearLike: false,
        needsNoun: false,
      },
      last: high.last,
    };
  }

  private finish(i: number, parsed: Parsed, last: number, suffix: string[]): NumberMention | null {
    const first = this.tokens[i];
    const lastToken = this.tokens[last];
    if (!first || !lastToken) return null;
    // Capitalised number words inside a sentence are names ("the Group of Seven").
    if (parsed.words && i > 0 && /^\p{Lu}/u.test(first.text)) return null;
    let { range, value } = parsed;
    let attached = parsed.attached ?? null;
    let yearLike = parsed.yearLike ?? false;
    let end = parsed.end ?? this.tokens[parsed.last]?.end ?? first.end;
    if (suffix.length > 0) {
      const joinedDigits = suffix.length === 1 && /^\d+$/u.test(suffix[0] ?? '') && !parsed.words;
      if (joinedDigits && value !== null && parsed.end === undefined) {
        const high = Number(suffix[0]);
        // "2022-23" is a span of years; "10-15" a range of counts.
        if (yearLike && (suffix[0]?.length === 2 || (high > value && high <= YEAR.max))) {
          end = lastToken.end;
        } else if (high > value) {
          range = [value, high];
          value = null;
          yearLike = false;
          end = lastToken.end;
        } else return null;
      } else {
        if (attached || parsed.end !== undefined) return null;
        attached = attachedUnit(suffix.join('-'));
        if (!attached) return null;
        yearLike = false;
        end = lastToken.end;
      }
    }
    return {
      start: first.start,
      end,
      value,
      range,
      yearLike,
      looseScale: parsed.looseScale ?? null,
      attached,
      needsNoun: (parsed.needsNoun ?? false) && attached === null,
      article: parsed.article ?? false,
      multiplier: parsed.multiplier ?? false,
      words: parsed.words,
      fraction: parsed.fraction ?? false,
    };
  }

  /** The number that starts at token `i`; `bare` reads one token alone, without the scale words after it. */
  private parseAt(i: number, bare = false): Parsed | null {
    const token = this.tokens[i];
    if (!token) return null;
    if (bare) {
      const value = /^\d/u.test(token.text)
        ? Number(DIGITS.exec(token.text)?.[1]?.replace(/,/gu, '') ?? NaN)
        : (SMALL_NUMBERS[token.lower] ?? TENS[token.lower]);
      return value === undefined || Number.isNaN(value)
        ? null
        : { last: i, value, range: [value, value], words: false };
    }
    if (/^\d/u.test(token.text)) return this.parseDigits(i);
    const multiplier = MULTIPLIER_WORDS[token.lower];
    if (multiplier !== undefined)
      return { last: i, value: multiplier, range: [multiplier, multiplier], multiplier: true, words: true };
    return this.parseFraction(i) ?? this.parseVague(i) ?? this.parseWords(i);
  }

  /**
   * "two-thirds", "one-quarter", "three quarters", "a third of", "by a
   * quarter.": a numerator word and a denominator, plural after more than
   * one. After "a" or a spaced "one", the denominator must be followed by
   * "of" or punctuation, or it is an ordinal ("a third term").
   */
  private parseFraction(i: number): Parsed | null {
    const token = this.tokens[i];
    const next = this.following(i);
    if (!token || !next) return null;
    const article = token.lower === 'a' || token.lower === 'an';
    const numerator = article ? 1 : SMALL_NUMBERS[token.lower];
    const denominator = DENOMINATORS[next.lower];
    if (numerator === undefined || denominator === undefined || numerator >= denominator) return null;
    const plural = next.lower.endsWith('s');
    if (plural !== numerator > 1) return null;
    if (
      (article || (numerator === 1 && !next.joined)) &&
      !AFTER_ARTICLE_FRACTION.test(this.text.slice(next.end))
    )
      return null;
    const value = numerator / denominator;
    return { last: i + 1, value, range: [value, value], fraction: true, words: true };
  }

  /** "141,000", "2.5", "852bn", "$852 bn", "1.2 trillion", "40km". */
  private parseDigits(i: number): Parsed | null {
    const token = this.tokens[i];
    const match = token ? DIGITS.exec(token.text) : null;
    if (!token || !match) return null;
    const [, whole = '', fraction, glued = ''] = match;
    // Leading zeros make codes ("007"), not counts.
    if (/^0\d/u.test(whole)) return null;
    const digits = whole.replace(/,/gu, '') + (fraction === undefined ? '' : `.${fraction}`);
    const plain = fraction === undefined && !whole.includes(',');
    let exponent = 0;
    let last = i;
    let end: number | undefined;
    let looseScale: Parsed['looseScale'] = null;
    let attached: Parsed['attached'] = null;
    const suffix = glued.toLowerCase();
    if (suffix !== '') {
      end = token.start + whole.length + (fraction === undefined ? 0 : fraction.length + 1);
      const abbreviation = SCALE_ABBREVIATIONS[suffix];
      const loose = LOOSE_SCALES[suffix];
      if (abbreviation !== undefined) {
        exponent = abbreviation;
        end = token.end;
      } else if (loose !== undefined) looseScale = { exponent: loose, end: token.end };
      else if (GLUED_UNITS.has(suffix)) {
        attached = attachedUnit(suffix);
        end = token.end;
      } else return null;
    }
    if (suffix === '') {
      // Spaced or hyphenated scales: "852 bn", "3 million", "1.2 trillion", "$1.2-billion".
      for (let next = this.following(last); next; next = this.following(last)) {
        const word = SCALE_WORDS[next.lower] ?? SCALE_ABBREVIATIONS[next.lower];
        if (word === undefined || next.lower === 'k') break;
        exponent += word;
        last++;
      }
    }
    const value = scaled(digits, exponent);
    if (!Number.isFinite(value)) return null;
    const yearLike =
      plain &&
      exponent === 0 &&
      !looseScale &&
      !attached &&
      /^\d{4}$/u.test(whole) &&
      value >= YEAR.min &&
      value <= YEAR.max;
    return { last, end, value, range: [value, value], yearLike, looseScale, attached, words: false };
  }

  /** "dozens", "hundreds", "tens of thousands", "several hundred", "a few thousand". */
  private parseVague(i: number): Parsed | null {
    const token = this.tokens[i];
    if (!token) return null;
    const vague = VAGUE_COUNTS[token.lower];
    if (vague) {
      const of = this.spaced(i);
      const scaleToken = of?.lower === 'of' ? this.spaced(i + 1) : undefined;
      const scale = scaleToken ? VAGUE_SCALES[scaleToken.lower] : undefined;
      if (scale !== undefined) {
        return {
          last: i + 2,
          value: null,
          range: [vague.low * scale, (vague.high + 1) * scale - 1],
          words: true,
        };
      }
      if (vague.needsOf && of?.lower !== 'of') return null;
      return { last: i, value: null, range: [vague.low, vague.high], words: true };
    }
    let at = i;
    if (token.lower === 'a' && this.spaced(i)?.lower === 'few') at = i + 1;
    const few = FEW_WORDS[this.tokens[at]?.lower ?? ''];
    if (!few || (this.tokens[at]?.lower === 'few' && at === i)) return null;
    let exponent = 0;
    let last = at;
    for (let next = this.spaced(last); next; next = this.spaced(last)) {
      const word = next.lower === 'dozen' ? Math.log10(12) : SCALE_WORDS[next.lower];
      if (word === undefined) break;
      exponent += word;
      last++;
    }
    if (last === at) return null;
    const factor = 10 ** exponent;
    return {
      last,
      value: null,
      range: [Math.round(few[0] * factor), Math.round(few[1] * factor)],
      words: true,
    };
  }

  /** "three", "twenty-five", "a dozen", "three and a half", "one hundred and twenty", "half a million". */
  private parseWords(i: number): Parsed | null {
    const token = this.tokens[i];
    if (!token) return null;
    let total = 0;
    let current = 0;
    let last = -1;
    let previous: 'small' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'half' | null = null;
    let k = i;

    if (token.lower === 'a' || token.lower === 'an') {
      const next = this.spaced(i);
      if (!next) return null;
      if (next.lower === 'half')
        return { last: i + 1, value: 0.5, range: [0.5, 0.5], needsNoun: true, words: true };
      if (MINUTES_PER[next.lower] !== undefined)
        return { last: i, value: 1, range: [1, 1], article: true, words: true };
      if (SCALE_WORDS[next.lower] === undefined && next.lower !== 'dozen') return null;
      current = 1;
      previous = 'small';
      k = i + 1;
    } else if (token.lower === 'half') {
      const next = this.spaced(i);
      if (next?.lower !== 'a' && next?.lower !== 'an') return null;
      const scale = this.spaced(i + 1);
      const exponent = scale ? SCALE_WORDS[scale.lower] : undefined;
      if (exponent !== undefined && exponent > 2) {
        const value = scaled('0.5', exponent);
        return { last: i + 2, value, range: [value, value], words: true };
      }
      return { last: i + 1, value: 0.5, range: [0.5, 0.5], needsNoun: true, words: true };
    } else if (SMALL_NUMBERS[token.lower] === undefined && TENS[token.lower] === undefined) return null;

    for (; k < this.tokens.length; k++) {
      const word = this.tokens[k]?.lower ?? '';
      if (k > i && this.tokens[k - 1] && !this.following(k - 1)) break;
      const small = SMALL_NUMBERS[word];
      const tens = TENS[word];
      const scale = SCALE_WORDS[word];
      if (small !== undefined) {
        if (previous === 'small' || previous === 'teen' || previous === 'half' || previous === 'dozen') break;
        if (previous === 'tens' && small >= 10) break;
        current += small;
        previous = small < 10 ? 'small' : 'teen';
      } else if (tens !== undefined) {
        if (previous === 'small' || previous === 'teen' || previous === 'tens' || previous === 'half') break;
        current += tens;
        previous = 'tens';
      } else if (word === 'hundred') {
        if (previous === 'hundred' || previous === 'half') break;
        current = (current || 1) * 100;
        previous = 'hundred';
      } else if (scale !== undefined) {
        total += scaled(String(current || 1), scale);
        current = 0;
        previous = 'scale';
      } else if (word === 'dozen') {
        if (previous === 'dozen' || previous === 'half') break;
        current = (current || 1) * 12;
        previous = 'dozen';
      } else if (word === 'and') {
        const a = this.spaced(k);
        const half = a && (a.lower === 'a' || a.lower === 'an') ? this.spaced(k + 1) : undefined;
        if (half?.lower === 'half' && previous !== 'scale' && previous !== 'half') {
          current += 0.5;
          previous = 'half';
          k += 2;
          last = k;
          continue;
        }
        const next = this.spaced(k);
        const continues = next && (SMALL_NUMBERS[next.lower] !== undefined || TENS[next.lower] !== undefined);
        if ((previous === 'hundred' || previous === 'scale') && continues) continue;
        break;
      } else break;
      last = k;
    }
    if (last < i) return null;
    const value = total + current;
    const lone = last === i && token.lower === 'one';
    return { last, value, range: [value, value], needsNoun: lone, words: true };
  }
}

/**
 * Every number a text writes, in digits or words, with the scale words that
 * belong to it, left to right. Codes and names are left out: digits glued
 * to letters ("A320", "5G", "21st", "1990s"), numbers hyphenated to a word
 * before them ("Su-34", "G-7") or to a word after them that is not a unit
 * ("one-off"), and capitalised number words inside a sentence ("the Group of
 * Seven"). What each number counts is for the caller to read from context.
 */
export function findNumbers(text: string): NumberMention[] {
  return new NumberReader(text).findAll();
}
