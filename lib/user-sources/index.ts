// The reader's own sources. `read-html-article` (Readability) is deliberately
// not re-exported: only extension pages that read HTML import it by path, so
// it never lands in the service worker's or the content script's bundle.
export { exportUserCorpus } from './export-user-corpus';
export { DuplicateKeys } from './duplicate-keys';
export { findDuplicate } from './find-duplicate';
export type { Comparable } from './find-duplicate';
export { markdownToText } from './markdown-to-text';
export { IMPORT_EXTENSIONS, parseImportFile } from './parse-import-file';
export type { ImportFile, ReadHtml } from './parse-import-file';
export { userArticle, UserSourceError } from './user-article';
export { userSourceId } from './user-source-id';
export {
  MAX_ARTICLE_TEXT,
  MAX_IMPORT_SOURCES,
  USER_CORPUS_FORMAT,
  USER_SOURCE_ID_PREFIX,
  userCorpusFileSchema,
  userSourceDraftSchema,
  userSourceIdSchema,
  userSourceSchema,
} from './user-source-schema';
export type { UserCorpusFile, UserSource, UserSourceDraft } from './user-source-schema';
export { findNamedPhrases, phraseKey } from './find-named-phrases';
export type { PhraseCount } from './find-named-phrases';
export { KEEP_NEW, keepNewItems } from './keep-new-items';
export type { NewItem } from './keep-new-items';
export { MergedCorpus, passageItems, signalsFromSnapshot } from './merged-corpus';
export type {
  BundledParts,
  CorpusChange,
  MergedSnapshot,
  PassageItems,
  PrecomputedPhrases,
  StoredSignals,
} from './merged-corpus';
export { describeStorageError, openUserSourceStore, USER_SOURCES_DB } from './user-source-store';
export type {
  KeptStoriesWrite,
  ReaderItemsWrite,
  StoreChange,
  StoredReaderItems,
  StoredKeptStories,
  StoredSnapshot,
  UserSourceStore,
} from './user-source-store';
export { isUserSource } from './is-user-source';
export { fuseRankings } from './fuse-rankings';
export { openPagedIndex } from './open-paged-index';
export type { OpenedPagedIndex } from './open-paged-index';
export { PagedIndex } from './paged-index';
export type { IndexedArticle, UserPassageHit } from './paged-index';
export { readerHit } from './reader-hit';
export { findItemPassages, ITEM_CANDIDATES_PER_ALIAS } from './find-item-passages';
