export type { Article, FurnitureReason, Paragraph, RemovedLine, Sentence, Span } from './types';
export { sourceMetaSchema } from './source-meta';
export type { SourceMeta } from './source-meta';
export { CorpusError, manifestEntrySchema, manifestSchema, parseManifest } from './manifest';
export type { Manifest, ManifestEntry } from './manifest';
export { parseArticle } from './parse-article';
export type { ParseOptions } from './parse-article';
export { splitSentences } from './split-sentences';
export { leadSentence } from './lead-sentence';
export { readableTitle } from './readable-title';
export { buildCorpus, MAX_ARTICLE_CHARS } from './build-corpus';
export type { BuildCorpusOptions, CorpusFile } from './build-corpus';
export { checkNoControlCharacters, decodeCorpusText, firstInvalidUtf8Byte } from './decode-text';
export { findDuplicateJsonKey } from './find-duplicate-json-key';
export {
  CONTAINMENT_THRESHOLD,
  containment,
  shingleHashes,
  SKETCH_SIZE,
  textSketch,
} from './text-fingerprint';
export { identifyPage } from './identify-page';
export { comparableUrl } from './comparable-url';
export type { KnownSource } from './identify-page';
