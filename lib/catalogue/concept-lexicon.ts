import { singular } from '../lexicon/inflection';

/**
 * How many of a noun's senses count when asking whether two nouns are
 * synonyms: WordNet lists senses by frequency, and rare senses join words
 * that news prose never uses alike ("sanction" and "imprimatur").
 */
const COMMON_SENSES = 2;

export interface NounSense {
  /** The synset's identity in the lexicon (WordNet: its byte offset). */
  synset: string;
  /** The sense names a person (WordNet's `noun.person`): "envoy", "partner". */
  person: boolean;
}

/**
 * The lexical resource the catalogue consults (WordNet at build time, read by
 * `lib/node`; a small hand-made one in tests): a noun's senses, most frequent
 * first, looked up by its singular base form.
 */
export interface ConceptLexicon {
  nounSenses(noun: string): readonly NounSense[];
  /** The words of a sense, spaces for underscores ("political action committee", "PAC"). */
  senseWords?(synset: string): readonly string[];
  /** The verbs a sense is derived from or gives ("apology" → "apologize", "apologise"). */
  senseVerbs?(synset: string, noun: string): readonly string[];
}

/** Without a lexicon, no two nouns are synonyms and none is a role. */
export const NO_LEXICON: ConceptLexicon = { nounSenses: () => [] };

function commonSenses(lexicon: ConceptLexicon, noun: string): readonly NounSense[] {
  const senses = lexicon.nounSenses(noun);
  return (senses.length > 0 ? senses : lexicon.nounSenses(singular(noun))).slice(0, COMMON_SENSES);
}

/** The synsets of a noun's common senses. */
export function commonSynsets(lexicon: ConceptLexicon, noun: string): string[] {
  return commonSenses(lexicon, noun).map((sense) => sense.synset);
}

/** Two different nouns that share one of their common senses: "ceasefire" and "truce". */
export function areSynonyms(lexicon: ConceptLexicon, a: string, b: string): boolean {
  if (a === b) return false;
  const synsets = new Set(commonSenses(lexicon, a).map((sense) => sense.synset));
  return commonSenses(lexicon, b).some((sense) => synsets.has(sense.synset));
}

/** A noun whose most frequent sense is a person ("envoy", "partners"): a role, not a concept. */
export function isRoleNoun(lexicon: ConceptLexicon, noun: string): boolean {
  return commonSenses(lexicon, noun)[0]?.person ?? false;
}

/** A noun every common sense of which is a person ("candidate", "lawyer"; not "fundraiser", also an event). */
export function isOnlyRoleNoun(lexicon: ConceptLexicon, noun: string): boolean {
  const senses = commonSenses(lexicon, noun);
  return senses.length > 0 && senses.every((sense) => sense.person);
}

/** The other words of a noun's common senses: "PAC" for "political action committee". */
export function commonSynonyms(lexicon: ConceptLexicon, noun: string): string[] {
  const words = commonSenses(lexicon, noun).flatMap((sense) => lexicon.senseWords?.(sense.synset) ?? []);
  return [...new Set(words)].filter((word) => word.toLowerCase() !== noun.toLowerCase());
}

/** The verbs of a noun's most frequent sense: a source that "apologized" reports the "apology". */
export function senseVerbs(lexicon: ConceptLexicon, noun: string): string[] {
  const first = commonSenses(lexicon, noun)[0];
  if (first === undefined) return [];
  const verbs = [noun, singular(noun)].flatMap((word) => lexicon.senseVerbs?.(first.synset, word) ?? []);
  return [...new Set(verbs)];
}
