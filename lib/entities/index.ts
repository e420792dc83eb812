export {
  aliasSchema,
  catalogueSchema,
  ENTITY_KINDS,
  entityKindSchema,
  entitySchema,
  isProperKind,
} from './catalogue-schema';
export type { Alias, Catalogue, Entity, EntityKind } from './catalogue-schema';
export { catalogueMatcher } from './catalogue-matcher';
export { compileMatcher } from './compile-matcher';
export type { MatchAlias, Matcher, Mention } from './compile-matcher';
export { chunkAt, findInChunks } from './find-in-chunks';
export type { ChunkMention, ChunkPosition } from './find-in-chunks';
export { foldForMatch } from './fold-for-match';
export type { FoldedText } from './fold-for-match';
export { OverridesError, overridesSchema, parseOverrides } from './overrides-schema';
export type { Overrides } from './overrides-schema';
