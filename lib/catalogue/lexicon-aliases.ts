import type { Article } from '../corpus';
import { commonSynonyms, senseVerbs, type ConceptLexicon } from './concept-lexicon';
import type { DraftItem } from './merge-candidates';

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The regular forms of a verb: "apologize" → apologizes, apologized, apologizing. */
export function verbForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  if (/[^aeiou]y$/u.test(verb)) {
    const root = verb.slice(0, -1);
    return [verb, `${root}ies`, `${root}ied`, `${verb}ing`];
  }
  const third = /(?:s|x|z|ch|sh)$/u.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third, `${stem}ed`, `${stem}ing`];
}

/** The words of the corpus, as written and lower-cased. */
function corpusWords(articles: readonly Article[]): { cased: Set<string>; lower: Set<string>; text: string } {
  const text = articles.map((article) => `${article.meta.title ?? ''}\n${article.body}`).join('\n');
  const cased = new Set(text.match(/\p{L}[\p{L}'’]*/gu) ?? []);
  return { cased, lower: new Set([...cased].map((word) => word.toLowerCase())), text: text.toLowerCase() };
}

/**
 * Other words for a topic that the lexicon gives and the corpus uses, added
 * to its aliases so the matcher finds a source that names the concept in
 * them:
 * - a compound's synonyms ("PAC" for "political action committee"): a
 *   phrase WordNet lists is specific enough that its synset is one concept;
 *   a single noun's synonyms are items of their own, linked by
 *   `conceptImplications`;
 * - the verb of a single noun naming a happening ("apologized" for
 *   "apology"): the source tells the act rather than naming it.
 * Only forms that occur in the corpus are added, so the catalogue stays small.
 */
export function addLexiconAliases(
  items: readonly DraftItem[],
  articles: readonly Article[],
  lexicon: ConceptLexicon,
): void {
  const corpus = corpusWords(articles);
  for (const item of items) {
    if (item.kind !== 'topic' || item.curated) continue;
    const label = item.label.toLowerCase();
    if (label.includes(' ')) {
      for (const synonym of commonSynonyms(lexicon, label)) {
        if (ACRONYM.test(synonym)) {
          if (corpus.cased.has(synonym)) item.aliases.set(synonym, true);
        } else if (synonym.includes(' ') && corpus.text.includes(synonym.toLowerCase()))
          item.aliases.set(synonym.toLowerCase(), false);
      }
      continue;
    }
    for (const verb of senseVerbs(lexicon, label))
      for (const form of verbForms(verb.toLowerCase()))
        if (form !== label && corpus.lower.has(form)) item.aliases.set(form, false);
  }
}
