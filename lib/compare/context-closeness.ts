import { contentWords } from './content-words';

/**
 * How close a passage is to the words around a mention, 0–1: the cosine of
 * their sets of content words, the item's own words left out (every passage
 * has those). A set cosine rather than an overlap coefficient, so a short
 * passage that shares one word with a long paragraph does not count as close.
 */
export function contextCloseness(
  passageWords: ReadonlySet<string>,
  contextWords: ReadonlySet<string>,
): number {
  if (passageWords.size === 0 || contextWords.size === 0) return 0;
  let shared = 0;
  for (const word of passageWords) if (contextWords.has(word)) shared++;
  return shared / Math.sqrt(passageWords.size * contextWords.size);
}

/** A text's content words without the item's own. */
export function wordsBesides(text: string, itemWords: ReadonlySet<string>): Set<string> {
  const words = contentWords(text);
  for (const word of itemWords) words.delete(word);
  return words;
}
