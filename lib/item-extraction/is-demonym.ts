import nlp from 'compromise';

const demonyms = new Map<string, boolean>();

/** In context compromise may tag "Russian" in "Russian oil" an organisation; alone it knows the nationality. */
export function isDemonym(word: string): boolean {
  let demonym = demonyms.get(word);
  if (demonym === undefined) {
    demonym = nlp(word).has('#Demonym');
    demonyms.set(word, demonym);
  }
  return demonym;
}
