import { foldText } from './normalize';
import { indexTerm } from './index-term';
import { AUXILIARIES, HOW_MEASURES, INTERROGATIVES } from './question-words';
import { STOP_WORDS } from '../lexicon/stop-words';
import { tokenize } from './tokenize';

export interface QueryWords {
  /** The distinct index terms to look up, in query order. */
  words: string[];
  /** The query reads as a question ("who buys Russian oil", "was it agreed?"). */
  question: boolean;
}

/**
 * A query's words as the index stores them. A question also loses its
 * question words ("who", "did", "how many"), which its answer does not
 * repeat; when nothing else is left (a query of just "who"), they are kept.
 */
export function queryWords(query: string): QueryWords {
  const tokens = tokenize(query);
  const folded = tokens.map((token) => foldText(token));
  // "in which round…", "for how long…": a question opens with its first word that is not a stop word.
  // An opening auxiliary alone does not make one: "may 2025 elections", "will smith".
  const first = folded.find((word) => !STOP_WORDS.has(word) || INTERROGATIVES.has(word));
  const question = (first !== undefined && INTERROGATIVES.has(first)) || /\?\s*$/u.test(query);
  const kept = question
    ? tokens.filter((_, i) => {
        const word = folded[i] as string;
        if (INTERROGATIVES.has(word) || AUXILIARIES.has(word)) return false;
        return !(HOW_MEASURES.has(word) && folded[i - 1] === 'how');
      })
    : tokens;
  const terms = (list: string[]): string[] => [...new Set(list.flatMap((token) => indexTerm(token) ?? []))];
  const words = terms(kept);
  return { words: words.length > 0 ? words : terms(tokens), question };
}
