import type { Article } from '../corpus';
import { isProperKind } from '../entities/catalogue-schema';
import type { DraftItem } from './merge-candidates';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A name of a qualifier and a proper noun ("Radical Islam", capitalised in a
 * headline or a campaign's slogan) is also written with its qualifier in
 * lower case ("avoiding the term “radical Islam”"), which the matcher, that
 * wants a name's capitals, cannot see. The lower-case opening the corpus
 * writes becomes an alias, when what follows keeps a capital.
 */
export function addLowerCaseOpenings(items: readonly DraftItem[], articles: readonly Article[]): void {
  const text = articles.map((article) => `${article.meta.title ?? ''}\n${article.body}`).join('\n');
  for (const item of items) {
    if (!isProperKind(item.kind) || item.kind === 'person' || item.curated) continue;
    for (const alias of [...item.aliases.keys()]) {
      const match = /^(\p{Lu}\p{Ll}+) (\p{Lu}.*)$/u.exec(alias);
      if (!match) continue;
      const lowered = `${(match[1] ?? '').toLowerCase()} ${match[2] ?? ''}`;
      if (new RegExp(`(?<![\\p{L}-])${escape(lowered)}(?![\\p{L}-])`, 'u').test(text))
        item.aliases.set(lowered, false);
    }
  }
}
