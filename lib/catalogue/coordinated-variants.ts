import type { Article } from '../corpus';
import { STOP_WORDS } from '../lexicon';
import type { DraftItem } from './merge-candidates';

/** How many words may be coordinated with a topic's modifier ("energy and power infrastructure", "energy, gas and power infrastructure"). */
const MAX_COORDINATED = 2;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A topic of a modifier and a head ("energy infrastructure") is also told
 * with the modifier coordinated with others before the head ("strikes
 * against energy and power infrastructure"), which the matcher, reading
 * phrases word for word, cannot see. The coordinated phrases the corpus
 * writes become aliases of the topic.
 */
export function addCoordinatedVariants(items: readonly DraftItem[], articles: readonly Article[]): void {
  const text = articles.map((article) => `${article.meta.title ?? ''}\n${article.body}`).join('\n');
  for (const item of items) {
    if (item.kind !== 'topic' || item.curated) continue;
    const words = item.label.toLowerCase().split(/\s+/u);
    if (words.length !== 2) continue;
    const [modifier, head] = words as [string, string];
    const others = `(?:,[ \\t]+\\p{L}+){0,${MAX_COORDINATED - 1}},?[ \\t]+(?:and|or)[ \\t]+\\p{L}+`;
    const pattern = new RegExp(
      `(?<![\\p{L}-])${escape(modifier)}${others}[ \\t]+${escape(head)}(?![\\p{L}-])`,
      'giu',
    );
    for (const match of text.matchAll(pattern)) {
      const phrase = match[0].toLowerCase();
      // "energy and the infrastructure of war": a coordinated word is a modifier, not "the".
      const between = phrase.slice(modifier.length, -head.length).match(/\p{L}+/gu) ?? [];
      if (between.every((word) => word === 'and' || word === 'or' || !STOP_WORDS.has(word)))
        item.aliases.set(phrase, false);
    }
  }
}
