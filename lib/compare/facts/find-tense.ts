/**
 * Which way in time a clause points from the day it was written: forward
 * ("will meet on Wednesday", "is expected to arrive Friday"), back ("met on
 * Wednesday", "said on Tuesday") or neither. A weekday or a month and day
 * without a year is then read in that direction from publication. Read from
 * cue words, not a parser: the extension ships this, and compromise (the
 * tagger) runs at build time only.
 */
export type Tense = 'future' | 'past';

/**
 * How far from the date a cue may stand, in words. A cue further away
 * belongs to another clause more often than to the date's: "Mr Witkoff, who
 * arrived in Moscow on Wednesday, …, said he would return" keeps "arrived".
 */
const MAX_CUE_DISTANCE = 12;

/** Forms of "be" before which "due to", "set to" and "-ing" point forward ("is due to meet", "are travelling"). */
const BE = /^(?:is|are|am|be|(?:he|she|it|that|there|who|we|they|you|i)'(?:s|re|m))$/u;
/** Auxiliaries that carry the tense of the participle after them. */
const AUXILIARY = /^(?:be|is|are|am|been|being|was|were|has|have|had|will|would|shall)$/u;
/** "due to" and "set to" point forward only after a form of "be"; "due to the war" gives a reason. */
const AFTER_BE = new Set(['due', 'set', 'poised', 'likely']);

/** Words that alone put a clause in the future, including reported futures ("said he would meet"). */
const FUTURE_WORDS = new Set([
  'will',
  'shall',
  'would',
  "won't",
  'may',
  'might',
  'scheduled',
  'slated',
  'upcoming',
  'planned',
  'expected',
]);
/** Verbs that point forward when "to" follows them ("plans to deliver", "hopes to meet"). */
const FUTURE_BEFORE_TO = new Set([
  'plan',
  'plans',
  'planning',
  'intend',
  'intends',
  'intending',
  'aim',
  'aims',
  'hope',
  'hopes',
  'expect',
  'expects',
  'prepare',
  'prepares',
  'preparing',
  'due',
  'set',
  'poised',
  'likely',
  'going',
]);
/** "ahead of the talks on Friday": what one is ahead of has not happened yet. */
const FUTURE_BEFORE_OF = new Set(['ahead']);

/** Irregular past forms common in news prose; regular ones are read from "-ed". */
const PAST_WORDS = new Set([
  'said',
  'told',
  'met',
  'was',
  'were',
  'had',
  'did',
  'been',
  'held',
  'took',
  'gave',
  'came',
  'went',
  'began',
  'spoke',
  'sent',
  'saw',
  'left',
  'flew',
  'struck',
  'won',
  'lost',
  'ran',
  'got',
  'became',
  'brought',
  'found',
  'kept',
  'paid',
  'wrote',
  'led',
  'made',
  'fell',
  'rose',
  'sought',
  'heard',
  'stood',
  'broke',
  'chose',
  'drove',
  'fought',
  'knew',
  'meant',
  'sold',
  'shot',
  'spent',
  'threw',
  'withdrew',
  'ago',
  'earlier',
]);
/** Words ending in "-ed" that are not past forms. */
const NOT_PAST_ED = /^(?:.*eed|hundred|sacred|naked|wicked|kindred|hatred|bed|red|shed|wed|fled?)$/u;
/** Where one clause of the text ends and the next begins: a sentence end or a semicolon. */
const CLAUSE_END = /[;!?]|\.(?=\s+\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Col|Lt|[A-Z])\.)/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((match) => ({
    text: match[0].toLowerCase().replace('’', "'"),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The tense word `i` cues, given its neighbours, or null. */
function cueAt(words: readonly Word[], i: number): Tense | null {
  const word = words[i]?.text ?? '';
  const next = words[i + 1]?.text;
  const previous = words[i - 1]?.text ?? '';
  if (FUTURE_BEFORE_TO.has(word) && next === 'to') {
    if (!AFTER_BE.has(word) || BE.test(previous)) return 'future';
  }
  if (FUTURE_BEFORE_OF.has(word) && next === 'of') return 'future';
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) {
    // "was expected", "had planned": a plan in the past, not a promise about the future.
    if ((word === 'expected' || word === 'planned') && !BE.test(previous)) return null;
    return 'future';
  }
  if (word.endsWith('ing') && BE.test(previous)) return 'future';
  const pastForm =
    PAST_WORDS.has(word) || (word.length > 3 && word.endsWith('ed') && !NOT_PAST_ED.test(word));
  // A participle after an auxiliary ("will be held", "has met") takes its tense from the auxiliary.
  if (pastForm && !AUXILIARY.test(previous)) return 'past';
  return null;
}

/**
 * The tense of the clause around text[start, end): that of the nearest cue
 * word within the clause and MAX_CUE_DISTANCE words, preferring cues on the
 * span's side of any comma ("will be held on March 3, officials said")
 * and, on a tie, the one before it; null when no cue is near. Capitalised words other than the
 * clause's first are names ("United", "Armed"), not cues.
 */
export function findTense(text: string, start: number, end: number): Tense | null {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(new RegExp(CLAUSE_END.source, 'gu'))) {
    if (match.index < start) from = match.index + 1;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  const words = wordsOf(text.slice(from, to)).map((word) => ({
    ...word,
    start: word.start + from,
    end: word.end + from,
  }));
  const firstAfter = words.findIndex((word) => word.start >= end);
  const before = words.filter((word) => word.end <= start).length;
  const after = firstAfter === -1 ? words.length : firstAfter;
  let best: { tense: Tense; distance: number } | null = null;
  words.forEach((word, i) => {
    if (word.end > start && word.start < end) return;
    const original = text.slice(word.start, word.end);
    if (/^\p{Lu}/u.test(original) && i > 0 && original !== original.toUpperCase()) return;
    const tense = cueAt(words, i);
    if (tense === null) return;
    const distance = i < before ? before - i : i - after + 1;
    // A cue in the span's own stretch between commas beats any beyond them; one before the span wins a tie.
    const between = i < before ? text.slice(word.end, start) : text.slice(end, word.start);
    const score = distance + (between.includes(',') ? MAX_CUE_DISTANCE : 0) + (i < before ? 0 : 0.5);
    if (distance <= MAX_CUE_DISTANCE && (best === null || score < best.distance))
      best = { tense, distance: score };
  });
  return (best as { tense: Tense } | null)?.tense ?? null;
}
