import type { Article } from '../corpus';
import { isProperKind } from '../entities/catalogue-schema';
import { singular } from '../lexicon/inflection';
import type { DraftItem } from './merge-candidates';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A group the corpus names in one plural word ("Muslims", "Republicans") is
 * reported by its singular used as an adjective too ("a ban on Muslim
 * immigration", "a Republican senator"), which the tagger reads as a
 * nationality or faith and which alone is no item. The singular becomes an
 * alias of the group when the corpus writes it before a lower-case word and
 * no other item owns it ("Time magazine" is not "Times").
 */
export function addPeoplesAdjectives(items: readonly DraftItem[], articles: readonly Article[]): void {
  const owned = new Set(
    items.flatMap((item) => [...item.aliases.keys()].map((alias) => alias.toLowerCase())),
  );
  const text = articles.map((article) => `${article.meta.title ?? ''}\n${article.body}`).join('\n');
  for (const item of items) {
    if (!isProperKind(item.kind) || item.kind === 'person' || item.curated) continue;
    for (const alias of [...item.aliases.keys()]) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(alias)) continue;
      const one = singular(alias);
      if (one === alias.toLowerCase() || owned.has(one)) continue;
      const adjective = `${alias.charAt(0)}${one.slice(1)}`;
      if (new RegExp(`(?<![\\p{L}-])${escape(adjective)} \\p{Ll}`, 'u').test(text))
        item.aliases.set(adjective, false);
    }
  }
}
