/** Plurals that no suffix rule reaches. */
const IRREGULAR: Record<string, string> = {
  people: 'person',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  thieves: 'thief',
  police: 'police',
  staff: 'staff',
  personnel: 'personnel',
  troops: 'troop',
  series: 'series',
  species: 'species',
  news: 'news',
  crises: 'crisis',
  analyses: 'analysis',
};

/** Words ending in "s" that are not plurals of a shorter word. */
const SINGULAR_ENDINGS = /(?:ss|us|is|ics)$/u;

/**
 * The singular, lower-case form of an English noun, by rule: good for the
 * nouns news counts ("businesses" → "business", "casualties" → "casualty"),
 * not a dictionary.
 */
export function singular(noun: string): string {
  const word = noun.toLowerCase();
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || SINGULAR_ENDINGS.test(word)) return word;
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Whether a word looks like a plural noun, which ends the noun phrase it closes ("civilians killed"). */
export function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower in IRREGULAR) return lower !== 'police' && lower !== 'staff';
  return lower.length > 3 && /[^'’]s$/u.test(lower) && !SINGULAR_ENDINGS.test(lower);
}
