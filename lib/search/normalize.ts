import { STOP_WORDS } from '../lexicon/stop-words';

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
