export { buildCatalogue } from './build-catalogue';
export type { BuiltCatalogue, CatalogueOptions } from './build-catalogue';
export { KEEP } from './merge-candidates';
export { areSynonyms, commonSynonyms, isRoleNoun, NO_LEXICON, senseVerbs } from './concept-lexicon';
export type { ConceptLexicon, NounSense } from './concept-lexicon';
