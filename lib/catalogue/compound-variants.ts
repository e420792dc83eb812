import type { Article } from '../corpus';
import { STOP_WORDS } from '../lexicon';
import type { DraftItem } from './merge-candidates';

/**
 * The shortest part an open spelling splits a closed compound into ("night
 * club"): shorter pieces ("a lot") are rarely a compound's halves.
 */
const MIN_OPEN_PART = 3;

/**
 * A closed compound and its open or hyphenated spelling name one thing
 * ("fundraiser" and "fund-raiser", "nightclub" and "night club"), but the
 * matcher folds a hyphen to a space and so cannot see it. Each topic alias
 * of one word gets the hyphenated and open spellings the corpus uses, and
 * each hyphenated or open alias its closed one, when the corpus writes it.
 * An open spelling needs two content words ("the rapist" is no "therapist").
 */
export function addCompoundVariants(items: readonly DraftItem[], articles: readonly Article[]): void {
  const split = new Map<string, string>();
  const closed = new Set<string>();
  for (const article of articles) {
    const text = `${article.meta.title ?? ''}\n${article.body}`.toLowerCase();
    let previous: { word: string; end: number } | undefined;
    for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = match[0];
      if (word.includes('-')) split.set(word.replace(/-/gu, ''), word.replace(/-/gu, ' '));
      else closed.add(word);
      // Two words with only a space between: "night club", not "night. Club".
      if (
        previous !== undefined &&
        /^[ \t]+$/u.test(text.slice(previous.end, match.index)) &&
        isOpenPart(previous.word) &&
        isOpenPart(word)
      ) {
        const joined = `${previous.word}${word}`;
        if (!split.has(joined)) split.set(joined, `${previous.word} ${word}`);
      }
      previous = { word, end: match.index + word.length };
    }
  }
  for (const item of items) {
    if (item.kind !== 'topic' || item.curated) continue;
    for (const alias of [...item.aliases.keys()]) {
      const lower = alias.toLowerCase();
      const open = split.get(lower);
      if (open !== undefined && !lower.includes(' ')) item.aliases.set(open, false);
      const joined = lower.replace(/[-\s]/gu, '');
      if (/[-\s]/u.test(lower) && !lower.includes(' ', lower.indexOf(' ') + 1) && closed.has(joined))
        item.aliases.set(joined, false);
    }
  }
}

function isOpenPart(word: string): boolean {
  return word.length >= MIN_OPEN_PART && !word.includes('-') && !STOP_WORDS.has(word);
}
