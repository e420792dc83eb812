import type { Article } from '../corpus';
import { STOP_WORDS } from '../lexicon';
import type { DraftItem } from './merge-candidates';

/**
 * Prepositions that turn a noun's modifier into its complement: "border
 * wall" is "a wall along the border", "oil prices" "the price of oil". Not
 * "to" or "with", which name a recipient or a partner rather than a kind.
 */
const PREPOSITIONS = ['of', 'on', 'along', 'across', 'in', 'at', 'for', 'against', 'over', 'around'];
/** Words between the preposition and the modifier: a determiner and one more ("the U.S.-Mexico border"). */
const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that'];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A topic of a modifier and a head ("border wall") is also told with the
 * modifier as the head's complement ("a wall along the U.S.-Mexico border",
 * "a giant wall along the border with Mexico"), which the matcher, reading
 * phrases word for word, cannot see. The phrases the corpus writes so become
 * aliases of the topic. The modifier must end its phrase (followed by
 * punctuation or a function word), so "infrastructure in the energy sector"
 * is not "energy infrastructure"; the head may be plural or singular as the
 * topic's aliases have it.
 */
export function addPrepositionalVariants(items: readonly DraftItem[], articles: readonly Article[]): void {
  const text = articles.map((article) => `${article.meta.title ?? ''}\n${article.body}`).join('\n');
  const lower = text.toLowerCase();
  for (const item of items) {
    if (item.kind !== 'topic' || item.curated) continue;
    const words = item.label.toLowerCase().split(/\s+/u);
    if (words.length !== 2) continue;
    const [modifier, head] = words as [string, string];
    if (STOP_WORDS.has(modifier) || !lower.includes(head)) continue;
    const heads = [
      ...new Set([...item.aliases.keys()].map((alias) => alias.toLowerCase().split(/\s+/u).at(-1))),
    ];
    const pattern = new RegExp(
      `(?<![\\p{L}-])(?:${heads.map((word) => escape(word ?? '')).join('|')})[ \\t]+(?:${PREPOSITIONS.join('|')})` +
        `(?:[ \\t]+(?:${DETERMINERS.join('|')}))?(?:[ \\t]+[\\p{L}][\\p{L}.\\-]*)?[ \\t]+${escape(modifier)}` +
        `(?=[,.;:!?)"”’]|[ \\t]+(\\p{L}+)|\\s*$)`,
      'gimu',
    );
    for (const match of lower.matchAll(pattern)) {
      const following = match[1];
      if (following !== undefined && !STOP_WORDS.has(following)) continue;
      const phrase = match[0];
      // "wall on a border": the word between is a modifier, not a second preposition or a function word.
      const between = phrase.split(/[ \t]+/u).slice(2, -1);
      if (between.some((word) => STOP_WORDS.has(word) && !DETERMINERS.includes(word))) continue;
      item.aliases.set(phrase, false);
    }
  }
}
