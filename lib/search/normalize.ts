/**
 * Text folding shared by indexing, querying and term emphasis, so that
 * "Zelenskyy’s", "ZELENSKYY'S" and "Zelenskyy" meet on one term.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHES = /[‘’ʼ`´]/gu;

/** Folds case, diacritics (é → e) and curly apostrophes. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHES, "'").toLowerCase();
}

/**
 * Very common words carry no meaning for comparison and only slow search.
 * Kept short on purpose: "us", "may" and "will" are left in, they can be
 * real words in a query.
 */
export const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'she',
  'that',
  'the',
  'their',
  'them',
  'they',
  'this',
  'to',
  'was',
  'were',
  'which',
  'with',
]);

/**
 * One token as it is stored: folded, possessive dropped ("putin's" → "putin"),
 * inner apostrophes and acronym dots removed ("u.s." → "us"), thousands
 * separators removed ("141,000" → "141000"). Returns null for stop words.
 */
export function normalizeTerm(token: string): string | null {
  let term = foldText(token).replace(/'s$/u, '').replace(/'/gu, '');
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(term)) term = term.replace(/\./gu, '');
  term = term.replace(/(?<=\d),(?=\d{3}\b)/gu, '');
  if (term === '' || STOP_WORDS.has(term)) return null;
  return term;
}
