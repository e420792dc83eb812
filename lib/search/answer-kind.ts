import { MONTH_WORDS, WEEKDAY_NAMES } from '../lexicon/calendar-words';
import { foldText } from './normalize';
import { indexTerm } from './index-term';
import { HOW_MEASURES } from './question-words';
import { tokenize } from './tokenize';

/** What a question asks for: a name (who, where), a figure (how many), a time (when). */
export type AnswerKind = 'name' | 'figure' | 'time';

/** Numbers written as words, as news copy writes small figures and round ones. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'dozen',
  'dozens',
  'half',
]);
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_WORDS,
  ...WEEKDAY_NAMES,
  'yesterday',
  'today',
  'tomorrow',
]);
const NAME_ASKERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'where']);
const DIGIT = /\p{N}/u;
const CAPITAL = /^\p{Lu}/u;

/** The kind of answer a question's asking word calls for, if any ("what", "which", "why" say nothing). */
export function answerKind(query: string): AnswerKind | null {
  const words = tokenize(query).map((token) => foldText(token));
  for (const [i, word] of words.entries()) {
    if (NAME_ASKERS.has(word)) return 'name';
    if (word === 'when') return 'time';
    if (word === 'how') return HOW_MEASURES.has(words[i + 1] ?? '') ? 'figure' : null;
    if (word === 'what' || word === 'which' || word === 'why') return null;
  }
  return null;
}

/**
 * Whether a passage holds something of the kind asked for: a figure (digits
 * or a number word), a time (a date, month or weekday), or a name (a
 * capitalised word past the sentence's first, not a month or weekday, that
 * the question does not already name).
 */
export function holdsAnswerKind(text: string, kind: AnswerKind, asked: ReadonlySet<string>): boolean {
  return tokenize(text).some((token, i) => {
    const folded = foldText(token);
    if (kind === 'figure') return DIGIT.test(token) || NUMBER_WORDS.has(folded);
    if (kind === 'time') return DIGIT.test(token) || TIME_WORDS.has(folded.replace(/\.$/u, ''));
    // Months and weekdays are capitalised too, but name no one.
    if (i === 0 || !CAPITAL.test(token) || TIME_WORDS.has(folded.replace(/\.$/u, ''))) return false;
    const term = indexTerm(token);
    return term !== null && !asked.has(term);
  });
}
