import { readCurrencyAfter, readCurrencyBefore } from './currency';
import { findNumbers, type NumberMention } from './find-numbers';
import {
  findQualifierAfter,
  findQualifierBefore,
  type FoundQualifier,
  qualifiedRange,
  tidy,
} from './qualifiers';
import { keepDisjoint } from './keep-disjoint';
import { LOOSE_SCALES, SCALE_ABBREVIATIONS } from './number-words';
import { readNounPhrase, readNounPhraseBefore } from './read-noun-phrase';
import { looksPlural, singular } from '../../lexicon/inflection';
import type { Fact, FactKind, Span } from './types';
import { readMeasureUnit, readTimeUnit, type TimeUnitReading } from './units';
import { MONTH_WORDS as MONTH_NAMES } from '../../lexicon/calendar-words';
import { isCommonWord } from './word-lists';

const PERCENT =
  /[ \t\u00a0]?%|[ \t\u00a0]+per[ \t\u00a0]?cent(?!\p{L})|[ \t\u00a0]+percent(?!\p{L})|[ \t\u00a0]+(percentage[ \t\u00a0]+points?)(?!\p{L})/iuy;
/** "€3 m": a spaced single-letter scale, read only after a currency symbol. */
const SPACED_LETTER_SCALE = /[ \t\u00a0]([mbk])(?![\p{L}\p{N}])/uy;
/** "60 dollars a barrel", "5% a year", "$20 per share". */
const PER_UNIT = /[ \t\u00a0]+((?:a|an|per|each)[ \t\u00a0]+(\p{L}[\p{L}-]*))(?![\p{L}\p{N}])/iuy;
const OF = /[ \t\u00a0]+of(?=[ \t\u00a0])/iuy;
/** What money is of, in, spent on or paid for. */
const MONEY_LINK = /[ \t\u00a0]+(?:of|in|on|for)(?=[ \t\u00a0])/iuy;
/** Verbs that tie a figure to the noun phrase before them: "Russian exports fell 5%", "exports worth $5bn". */
const LINKED_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    'rose|rises|risen|fell|falls|fallen|dropped|drops|declined|declines|grew|grows|grown',
    'increased|increases|decreased|decreases|jumped|jumps|slumped|plunged|climbed|climbs',
    'surged|surges|soared|soars|shrank|shrinks|reached|reaches|hit|hits|totalled|totaled|totals',
    'totalling|totaling|amounted to|amounts to|amounting to|stood at|stands at|is|was|are|were',
    'worth|valued at|of',
  ].join('|')})(?:[ \\t\\u00a0]+(?:by|to|at))?[ \\t\\u00a0]+$`,
  'iu',
);
/** Words that make a following four-digit number a year: "in 2025", "since 2014", "mid-2024". */
const YEAR_LEADS =
  /(?<![\p{L}\p{N}])(?:in|since|by|until|till|from|during|before|after|through|mid|early|late)[ \t\u00a0-]+$/iu;
/** Words that make "one" a pronoun: "no one", "the one", "each one". */
const ONE_AS_PRONOUN = /(?<![\p{L}\p{N}])(?:no|any|every|each|some|the|this|that|which)[ \t\u00a0]+$/iu;
/** Words before which "a"/"an" counts a unit of time: "for a week", "within an hour". */
const ARTICLE_LEADS = /(?<![\p{L}\p{N}])(?:for|within|in|after|lasting|lasted|spanning)[ \t\u00a0]+$/iu;
/** "No. 10", "#5": a number that names something. */
const NUMBER_SIGN = /(?:^|[^\p{L}\p{N}])(?:No\.?|Nos\.?|#)[ \t\u00a0]*$/u;
const WORD_BEFORE = /(\p{L}[\p{L}\p{N}'’.-]*)[ \t\u00a0]+$/u;

/** How far back a label or linking verb is looked for. */
const LOOK_BEHIND = 60;

/**
 * The relative leeway of an unqualified fraction: "two-thirds" is a round
 * share by nature, so a source's "65%" of the same thing agrees with it
 * while "55%" does not.
 */
const FRACTION_LEEWAY = 0.05;

/**
 * Whether the number is a label rather than a figure: "FAB 3000", "Boeing
 * 737", "Article 5", "No. 10". A capitalised word right before a number is a
 * name the number belongs to, unless it is a function word opening the
 * sentence ("About 40", "In 2025"); a month name before it makes a day,
 * which the date reader has taken or found impossible ("June 31").
 */
function isLabelled(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  if (NUMBER_SIGN.test(before)) return true;
  const word = WORD_BEFORE.exec(before)?.[1]?.replace(/\.$/u, '');
  if (!word || /['’]s$/u.test(word)) return false;
  // A number after a month the date reader did not take is no count either ("June 31").
  if (MONTH_NAMES.has(word.toLowerCase()) && /^\p{Lu}/u.test(word)) return true;
  if (isCommonWord(word)) return false;
  // "Boeing 737", "FAB 3000", and brand names with an inner capital ("iPhone 15").
  return /^\p{Lu}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

function follow(pattern: RegExp, text: string, index: number): number | null {
  pattern.lastIndex = index;
  return pattern.exec(text) ? pattern.lastIndex : null;
}

/**
 * Nouns of time. A phrase they head says when, not what: "$4.5bn in the
 * year to March", "5% this quarter".
 */
const TIME_NOUNS = new Set([
  'year',
  'years',
  'month',
  'months',
  'quarter',
  'quarters',
  'week',
  'weeks',
  'day',
  'days',
  'decade',
  'decades',
  'period',
  'season',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'time',
  'past',
]);

function nounAfter(text: string, index: number, link?: RegExp): Span | null {
  const from = link ? follow(link, text, index) : index;
  const phrase = from === null ? null : readNounPhrase(text, from, link !== undefined);
  return phrase && !TIME_NOUNS.has(phrase.head.toLowerCase()) ? phrase : null;
}

function perUnit(text: string, index: number): Span | null {
  PER_UNIT.lastIndex = index;
  const match = PER_UNIT.exec(text);
  if (!match?.[1] || !match[2] || isCommonWord(match[2])) return null;
  const start = index + match[0].length - match[1].length;
  return { start, end: index + match[0].length, text: match[1] };
}

function subjectBefore(text: string, start: number): Span | null {
  const from = Math.max(0, start - LOOK_BEHIND);
  const match = LINKED_BEFORE.exec(text.slice(from, start));
  return match ? readNounPhraseBefore(text, from + match.index) : null;
}

const pluralAt = (text: string, index: number): boolean => {
  const phrase = readNounPhrase(text, index);
  return phrase !== null && looksPlural(phrase.text.split(/\s+/u).at(-1) ?? '');
};

/** A number's reading as it grows: the words it spans and the range it names, in its unit. */
interface Reading {
  start: number;
  end: number;
  value: number | null;
  low: number;
  high: number;
}

function scaleBy(reading: Reading, exponent: number): void {
  const factor = 10 ** exponent;
  reading.value = reading.value === null ? null : tidy(reading.value * factor);
  reading.low = tidy(reading.low * factor);
  reading.high = tidy(reading.high * factor);
}

interface Classified {
  kind: FactKind;
  unit: string | null;
  subject: Span | null;
  /** Minutes per unit for durations, so the range is converted after qualifying. */
  minutes?: number;
}

class AmountReader {
  constructor(
    private readonly text: string,
    private readonly sentence: string,
  ) {}

  read(mention: NumberMention): Fact | null {
    const { text } = this;
    const reading: Reading = {
      start: mention.start,
      end: mention.end,
      value: mention.value,
      low: mention.range[0],
      high: mention.range[1],
    };
    const money = mention.fraction ? null : this.readMoney(mention, reading);
    if (money === undefined) return null;
    const classified =
      money ??
      (mention.fraction ? this.readFraction(reading) : null) ??
      this.readPercent(reading) ??
      this.readDuration(mention, reading);
    if (classified === undefined) return null;

    const kind = classified?.kind ?? 'quantity';
    const qualifiedKind = kind === 'duration' ? 'duration' : 'amount';
    let qualifier: FoundQualifier | null = findQualifierBefore(text, reading.start, qualifiedKind);
    if (qualifier) reading.start = qualifier.at;
    else {
      qualifier = findQualifierAfter(text, reading.end);
      if (qualifier) reading.end = qualifier.at;
    }
    const named = qualifier === null && (kind === 'quantity' || kind === 'duration');
    if (named && isLabelled(text, mention.start)) return null;

    let result = classified;
    if (!result) {
      if (mention.yearLike && qualifier === null && this.isYear(mention))
        return this.fact('date', reading, null, null, null);
      result = this.readQuantity(mention, reading);
      if (!result) return null;
    }
    // Nothing after the figure says what it counts: look for "Russian exports fell …" before it (and its qualifier).
    if (!result.subject && kind !== 'duration') result.subject = subjectBefore(text, reading.start);
    const minutes = result.minutes ?? 1;
    const base: [number, number] = [tidy(reading.low * minutes), tidy(reading.high * minutes)];
    if (reading.value !== null) reading.value = tidy(reading.value * minutes);
    const range =
      mention.fraction && qualifier === null
        ? ([tidy(base[0] * (1 - FRACTION_LEEWAY)), tidy(base[1] * (1 + FRACTION_LEEWAY))] as [number, number])
        : qualifiedRange(qualifier?.shape ?? null, base, qualifiedKind);
    return this.fact(result.kind, reading, range, qualifier?.phrase ?? null, result);
  }

  private fact(
    kind: FactKind,
    reading: Reading,
    range: [number, number] | null,
    qualifier: string | null,
    classified: Classified | null,
  ): Fact {
    const subject = classified?.subject ?? null;
    const fact: Fact = {
      kind,
      start: reading.start,
      end: reading.end,
      text: this.sentence.slice(reading.start, reading.end),
      value: kind === 'date' ? null : reading.value,
      range,
      qualifier,
      unit: classified?.unit ?? null,
      subject: subject ? this.sentence.slice(subject.start, subject.end) : null,
    };
    if (kind === 'date') fact.iso = null;
    return fact;
  }

  /** Money, or null if not money, or undefined if the number is no figure at all ("100m" with nothing to say it is a million). */
  private readMoney(mention: NumberMention, reading: Reading): Classified | null | undefined {
    const { text } = this;
    const before = readCurrencyBefore(text, mention.start);
    let code = before?.code ?? null;
    if (before) reading.start = before.at;
    if (mention.looseScale) {
      const { end, exponent } = mention.looseScale;
      if (code === null && readCurrencyAfter(text, end) === null && !pluralAt(text, end)) return undefined;
      scaleBy(reading, exponent);
      reading.end = end;
    } else if (code !== null && !mention.words) {
      SPACED_LETTER_SCALE.lastIndex = reading.end;
      const letter = SPACED_LETTER_SCALE.exec(text)?.[1];
      const exponent =
        letter === undefined ? undefined : (LOOSE_SCALES[letter] ?? SCALE_ABBREVIATIONS[letter]);
      if (exponent !== undefined) {
        scaleBy(reading, exponent);
        reading.end = SPACED_LETTER_SCALE.lastIndex;
      }
    }
    if (code === null) {
      // "hundreds of millions of dollars": a vague count of a currency.
      const vague = mention.value === null && mention.words;
      const from = vague ? follow(OF, text, reading.end) : reading.end;
      const after = from === null ? null : readCurrencyAfter(text, from);
      if (!after) return null;
      code = after.code;
      reading.end = after.at;
    }
    const subject =
      perUnit(text, reading.end) ?? nounAfter(text, reading.end, MONEY_LINK) ?? nounAfter(text, reading.end);
    return { kind: 'money', unit: code, subject };
  }

  private readPercent(reading: Reading): Classified | null {
    const { text } = this;
    PERCENT.lastIndex = reading.end;
    const match = PERCENT.exec(text);
    if (!match) return null;
    reading.end = PERCENT.lastIndex;
    const subject =
      nounAfter(text, reading.end, OF) ?? nounAfter(text, reading.end) ?? perUnit(text, reading.end);
    return { kind: 'percent', unit: match[1] ? 'percentage point' : 'percent', subject };
  }

  /** A fraction is the share it names, in percent: "two-thirds of voters" is 66.67% of them. */
  private readFraction(reading: Reading): Classified {
    const { text } = this;
    scaleBy(reading, 2);
    const subject = nounAfter(text, reading.end, OF) ?? nounAfter(text, reading.end);
    return { kind: 'percent', unit: 'percent', subject };
  }

  /** A duration, or null if none, or undefined for an "a"/"an" that turned out not to count anything. */
  private readDuration(mention: NumberMention, reading: Reading): Classified | null | undefined {
    const { text } = this;
    const attached = mention.attached;
    let time: TimeUnitReading | null = null;
    if (attached?.minutes != null)
      time = { unit: attached.unit, minutes: attached.minutes, plusHalf: false, end: reading.end };
    else if (mention.value !== null && !attached) time = readTimeUnit(text, reading.end);
    if (mention.article) {
      // "a second" is an ordinal more often than a duration; "a day after" is no claim about a length.
      if (!time || time.unit === 'second') return undefined;
      const lead =
        time.plusHalf ||
        ARTICLE_LEADS.test(text.slice(0, mention.start)) ||
        findQualifierBefore(text, mention.start, 'duration');
      if (!lead) return undefined;
    }
    if (!time) return null;
    reading.end = time.end;
    if (time.plusHalf) {
      reading.value = reading.value === null ? null : reading.value + 0.5;
      reading.low += 0.5;
      reading.high += 0.5;
    }
    const subject = attached ? nounAfter(text, reading.end) : nounAfter(text, reading.end, OF);
    return { kind: 'duration', unit: 'minute', subject, minutes: time.minutes };
  }

  /** A year standing alone ("in 2025", "the 2024 election"), unless a plural noun makes it a count ("2025 tankers"). */
  private isYear(mention: NumberMention): boolean {
    const { text } = this;
    if (YEAR_LEADS.test(text.slice(Math.max(0, mention.start - LOOK_BEHIND), mention.start))) return true;
    return !pluralAt(text, mention.end);
  }

  private readQuantity(mention: NumberMention, reading: Reading): Classified | null {
    const { text } = this;
    if (
      mention.needsNoun &&
      ONE_AS_PRONOUN.test(text.slice(Math.max(0, mention.start - LOOK_BEHIND), mention.start))
    )
      return null;
    if (mention.multiplier) return { kind: 'quantity', unit: 'times', subject: null };
    if (mention.attached)
      return { kind: 'quantity', unit: mention.attached.unit, subject: nounAfter(text, reading.end) };
    const measure = readMeasureUnit(text, reading.end);
    if (measure) {
      const written = text.slice(reading.end, measure.end).trim();
      const unitStart = measure.end - written.length;
      reading.end = measure.end;
      if (measure.unit === 'times') return { kind: 'quantity', unit: 'times', subject: null };
      // Without an "of" phrase, a spelled-out unit is itself what is counted ("886 square miles"); a symbol is not ("40°C").
      const spelled = /^[\p{L}\s.]+$/u.test(written)
        ? { start: unitStart, end: measure.end, text: written }
        : null;
      const subject = nounAfter(text, reading.end, OF) ?? perUnit(text, reading.end) ?? spelled;
      return { kind: 'quantity', unit: measure.unit, subject };
    }
    // "hundreds of civilians", "two of the ships"; never "one of them".
    const counted =
      (mention.needsNoun ? null : nounAfter(text, reading.end, OF)) ?? nounAfter(text, reading.end);
    if (!counted) return mention.needsNoun ? null : { kind: 'quantity', unit: null, subject: null };
    const head = counted.text.split(/\s+/u).at(-1) ?? counted.text;
    return { kind: 'quantity', unit: singular(head), subject: counted };
  }
}

/**
 * Figures: money, percentages, durations and plain quantities, each with
 * its qualifier, unit and what it counts; four-digit years standing alone
 * become dates with no ISO day. `text` is the sentence with everything
 * already read masked out; offsets and slices come from `sentence`.
 */
export function extractAmounts(text: string, sentence: string = text): Fact[] {
  const reader = new AmountReader(text, sentence);
  const facts: Fact[] = [];
  for (const mention of findNumbers(text)) {
    const fact = reader.read(mention);
    if (fact) facts.push(fact);
  }
  return keepDisjoint(facts);
}
