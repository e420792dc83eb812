import type { Article } from '../corpus';
import type { DraftItem } from './merge-candidates';

/**
 * A closed compound and its open or hyphenated spelling name one thing
 * ("fundraiser" and "fund-raiser"), but the matcher folds a hyphen to a space
 * and so cannot see it. Each topic alias of one word gets the hyphenated
 * spellings the corpus uses, and each hyphenated or open alias its closed
 * one, when the corpus writes it.
 */
export function addCompoundVariants(items: readonly DraftItem[], articles: readonly Article[]): void {
  const split = new Map<string, string>();
  const closed = new Set<string>();
  for (const article of articles)
    for (const word of `${article.meta.title ?? ''}\n${article.body}`
      .toLowerCase()
      .match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      if (word.includes('-')) split.set(word.replace(/-/gu, ''), word.replace(/-/gu, ' '));
      else closed.add(word);
    }
  for (const item of items) {
    if (item.kind !== 'topic' || item.curated) continue;
    for (const alias of [...item.aliases.keys()]) {
      const lower = alias.toLowerCase();
      const open = split.get(lower);
      if (open !== undefined) item.aliases.set(open, false);
      const joined = lower.replace(/[-\s]/gu, '');
      if (/[-\s]/u.test(lower) && !lower.includes(' ', lower.indexOf(' ') + 1) && closed.has(joined))
        item.aliases.set(joined, false);
    }
  }
}
