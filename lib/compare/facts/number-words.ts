/** Number words and scales, the vocabulary `findNumbers` reads. */

/** "zero" is left out: "zero tolerance" is a phrase, not a count. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words after a number, as powers of ten so "1.2 trillion" multiplies exactly. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

/** Scale abbreviations, spaced or glued ("$852 bn", "$852bn", "40k"). "m" and "b" alone are too ambiguous; see `LOOSE_SCALES`. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 3,
  mn: 6,
  mln: 6,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
};

/**
 * Single-letter scales. "€3m" is three million euros but "100m" may be metres
 * and "5b" a grade, so these count as scales only where money or a plural
 * noun ("5m people") confirms it.
 */
export const LOOSE_SCALES: Readonly<Record<string, number>> = { m: 6, b: 9 };

/**
 * Plurals that name a vague count, with the range each covers: "dozens" is
 * at least two dozen and fewer than a hundred (where "hundreds" would be
 * said), and so on up. "tens" and "scores" count only before "of".
 */
export const VAGUE_COUNTS: Readonly<Record<string, { low: number; high: number; needsOf: boolean }>> = {
  dozens: { low: 24, high: 99, needsOf: false },
  scores: { low: 40, high: 99, needsOf: true },
  tens: { low: 20, high: 99, needsOf: true },
  hundreds: { low: 200, high: 999, needsOf: false },
  thousands: { low: 2000, high: 9999, needsOf: false },
  millions: { low: 2e6, high: 9999999, needsOf: false },
  billions: { low: 2e9, high: 9999999999, needsOf: false },
};

/** What "tens of …" and "hundreds of …" multiply ("tens of thousands" → [20000, 99999]). */
export const VAGUE_SCALES: Readonly<Record<string, number>> = {
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** Vague multipliers of a scale word: "several hundred" → [300, 900], "a few thousand" → [2000, 5000]. */
export const FEW_WORDS: Readonly<Record<string, [number, number]>> = {
  several: [3, 9],
  few: [2, 5],
};

/** Adverbs that count occurrences. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { twice: 2, thrice: 3 };

/**
 * Denominators of fractions, singular and plural: "a third", "two-thirds",
 * "three quarters". "second" is left out: "a second" is an ordinal or a
 * moment far more often than half of something.
 */
export const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
