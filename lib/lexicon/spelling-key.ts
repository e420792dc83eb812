import { singular } from './inflection';

/**
 * A key under which British and American spellings and singular and plural
 * forms meet: "defence"/"defense", "organisation"/"organization",
 * "tankers"/"tanker". Used only to group candidates, never shown.
 */
const RULES: [RegExp, string][] = [
  [/ence$/u, 'ense'],
  [/isation$/u, 'ization'],
  [/ise$/u, 'ize'],
  [/ised$/u, 'ized'],
  [/our$/u, 'or'],
  [/tre$/u, 'ter'],
  [/yse$/u, 'yze'],
  [/ogue$/u, 'og'],
  [/lled$/u, 'led'],
];

/**
 * British ↔ American pairs for writing an alias both ways ("defence" ↔
 * "defense"). The "-our" rule needs six letters so "hour" and "four" stay.
 */
const VARIANTS: [RegExp, string][] = [
  [/ence$/u, 'ense'],
  [/ense$/u, 'ence'],
  [/isation(s?)$/u, 'ization$1'],
  [/ization(s?)$/u, 'isation$1'],
  [/(?<=\p{L}{3})ise([sd]?)$/u, 'ize$1'],
  [/(?<=\p{L}{3})ize([sd]?)$/u, 'ise$1'],
  [/(?<=\p{L}{3})our(s?)$/u, 'or$1'],
];

/** The word and its other national spelling, if it has one. */
export function spellingVariants(word: string): string[] {
  const variants = new Set([word]);
  for (const [pattern, replacement] of VARIANTS) {
    if (pattern.test(word)) variants.add(word.replace(pattern, replacement));
  }
  return [...variants];
}

export function spellingKey(word: string): string {
  let key = singular(word);
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

export function phraseKey(words: readonly string[]): string {
  return words.map(spellingKey).join(' ');
}
