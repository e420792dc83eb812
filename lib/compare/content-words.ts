import { singular } from '../lexicon/inflection';
import { STOP_WORDS } from '../lexicon/stop-words';
import { WEEKDAY_NAMES } from '../lexicon/calendar-words';
import { foldText } from '../search/normalize';
import { INTERROGATIVES } from '../search/question-words';

/** Words that carry no aspect of a story: speech verbs, time words and fillers of news prose. */
const NEWS_FILLER = new Set([
  'said',
  'says',
  'say',
  'told',
  'according',
  'also',
  'would',
  'could',
  'will',
  'may',
  'might',
  'one',
  'two',
  'three',
  'four',
  'five',
  'after',
  'before',
  'since',
  'than',
  'more',
  'most',
  'about',
  'around',
  'over',
  'such',
  'other',
  ...INTERROGATIVES,
  'while',
  'this',
  'that',
  'these',
  'those',
  'they',
  'them',
  'their',
  'there',
  'been',
  'being',
  'were',
  'was',
  'had',
  'has',
  'have',
  'its',
  'his',
  'her',
  'our',
  'out',
  'into',
  'onto',
  'upon',
  'some',
  'any',
  'all',
  'each',
  'both',
  'last',
  'next',
  'week',
  'day',
  ...WEEKDAY_NAMES,
  'year',
  'years',
  'mr',
  'ms',
]);

/** Lower-case, singular content words of a text: what two sentences must share to be about the same thing. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of foldText(text).matchAll(/\p{L}[\p{L}'-]*/gu)) {
    const word = match[0].replace(/'s?$/u, '');
    if (word.length < 3 || STOP_WORDS.has(word) || NEWS_FILLER.has(word)) continue;
    words.add(singular(word));
  }
  return words;
}

/** Shared words and the overlap coefficient |A ∩ B| / min(|A|, |B|). */
export function wordOverlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): { shared: number; coefficient: number } {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const smaller = Math.min(a.size, b.size);
  return { shared, coefficient: smaller === 0 ? 0 : shared / smaller };
}
