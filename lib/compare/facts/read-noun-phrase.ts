import type { Span } from './types';
import { looksPlural } from '../../lexicon/inflection';
import { DETERMINERS, FUNCTION_WORDS } from '../../lexicon/stop-words';
import { isCommonWord, VERB_FORMS } from './word-lists';

/** A noun phrase and its last word, which names what is counted. */
export interface NounPhrase extends Span {
  head: string;
}

/**
 * Content words a phrase may hold after its determiner. Figures count short
 * things ("Ukrainian civilians", "its state budget"); longer runs are more
 * likely to have swallowed a verb.
 */
const MAX_CONTENT_WORDS = 4;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/uy;
const SPACES = /[ \t\u00a0]+/uy;

const isPossessive = (word: string): boolean => /(?:['’]s|s['’])$/u.test(word);
const looksVerbal = (word: string): boolean => word.length > 4 && /(?:ed|ing)$/u.test(word.toLowerCase());

function wordAt(text: string, index: number): { word: string; end: number } | null {
  WORD.lastIndex = index;
  const match = WORD.exec(text);
  if (!match) return null;
  // A trailing hyphen belongs to the punctuation, not the word ("civilians- ").
  const word = match[0].replace(/-+$/u, '');
  return { word, end: index + word.length };
}

function skipSpaces(text: string, index: number): number {
  SPACES.lastIndex = index;
  return SPACES.exec(text) ? SPACES.lastIndex : index;
}

/** Adverbs by their endings ("increasingly", "reportedly", "totally"); nouns like "family" or "ally" do not match. */
const ADVERB = /(?:ingly|edly|ally|ously|ently|antly|ively|fully|lessly|ately|arly)$/iu;
const isAdverb = (word: string): boolean => word.length > 5 && ADVERB.test(word);

/** Whether `word` can carry meaning in a noun phrase (not a function word, verb, month or weekday). */
function isContent(word: string): boolean {
  const lower = word.toLowerCase();
  return !isCommonWord(word) && !VERB_FORMS.has(lower) && !/\d/u.test(word);
}

/**
 * The noun phrase starting at `from` (after spaces): an optional determiner
 * or possessive ("its", "Russia's"), then up to four content words, ending at
 * the first plural ("Ukrainian civilians"), function word, verb form or
 * punctuation. A phrase whose only word ends in "-ed"/"-ing" is a verb ("37
 * died"), not a noun phrase, unless a preposition comes before an "-ing"
 * word (`afterPreposition`).
 */
export function readNounPhrase(text: string, from: number, afterPreposition = false): NounPhrase | null {
  let index = skipSpaces(text, from);
  const start = index;
  const first = wordAt(text, index);
  if (!first) return null;
  if (DETERMINERS.has(first.word.toLowerCase()) || isPossessive(first.word)) {
    index = skipSpaces(text, first.end);
    if (index === first.end) return null;
  }
  const words: { word: string; end: number }[] = [];
  while (words.length < MAX_CONTENT_WORDS) {
    const next = wordAt(text, index);
    // "200 strikes", "its costs": a verb-like plural opening the phrase is the noun; after a noun it is the verb ("the quake hits").
    const openingPlural = words.length === 0 && !!next && /s$/u.test(next.word) && !isCommonWord(next.word);
    if (!next || !(isContent(next.word) || openingPlural)) break;
    if (words.length > 0 && looksVerbal(next.word)) break;
    words.push(next);
    if (looksPlural(next.word)) break;
    const after = skipSpaces(text, next.end);
    if (after === next.end) break;
    index = after;
  }
  // A possessive or an adverb can sit inside a phrase but not close it ("the
  // country's", "increasingly bitter winters"), and a name after a common noun
  // starts something else ("its state budget Moscow …"), though a capitalised
  // adjective inside the phrase is fine ("two major Russian oil refineries").
  for (;;) {
    const [previous, closing] = [words.at(-2), words.at(-1)];
    if (!closing) break;
    const strayName = !!previous && /^\p{Lu}/u.test(closing.word) && /^\p{Ll}/u.test(previous.word);
    if (!isPossessive(closing.word) && !isAdverb(closing.word) && !strayName) break;
    words.pop();
  }
  const last = words.at(-1);
  if (!last) return null;
  // After a preposition a lone "-ing" word is a gerund, a noun ("years of shelling").
  const gerund = afterPreposition && /ing$/iu.test(last.word);
  if (words.length === 1 && looksVerbal(last.word) && !gerund) return null;
  return { start, end: last.end, text: text.slice(start, last.end), head: last.word };
}

/**
 * The noun phrase ending just before `index` (before spaces), read
 * backwards: up to four content words and an optional determiner or
 * possessive in front ("Russian exports" in "Russian exports fell 5%").
 */
export function readNounPhraseBefore(text: string, index: number): NounPhrase | null {
  const words: { start: number; end: number; word: string }[] = [];
  let end = index;
  while (end > 0 && /[ \t\u00a0]/u.test(text.charAt(end - 1))) end--;
  const tokens = [...text.slice(0, end).matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)];
  let expectedEnd = end;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token) break;
    const tokenEnd = token.index + token[0].length;
    const gap = text.slice(tokenEnd, expectedEnd);
    if (tokenEnd !== expectedEnd && !/^[ \t\u00a0]+$/u.test(gap)) break;
    const word = token[0];
    const lower = word.toLowerCase();
    if (words.length === 0 && (!isContent(word) || isPossessive(word))) return null;
    if (DETERMINERS.has(lower) || isPossessive(word)) {
      words.unshift({ start: token.index, end: tokenEnd, word });
      break;
    }
    if (!isContent(word) || FUNCTION_WORDS.has(lower) || words.length >= MAX_CONTENT_WORDS) break;
    if (words.length > 0 && looksPlural(word)) break;
    words.unshift({ start: token.index, end: tokenEnd, word });
    expectedEnd = token.index;
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), head: last.word };
}
