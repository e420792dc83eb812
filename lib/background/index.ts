export { answerSearch } from './search-handler';
export { lazy } from './lazy';
export { bundledParts, corpusFor, loadBundledAssets, loadBundledCorpus } from './load-bundled-corpus';
export type { BundledAssets, BundledCorpus } from './load-bundled-corpus';
export { answerCompare, answerItemCard, answerPageSetup } from './page-handlers';
export { answerCoverage } from './coverage-handler';
export { UserCorpusHost } from './user-corpus-host';
export type { UserCorpusHostDeps } from './user-corpus-host';
export { userSourceHandlers } from './user-source-handlers';
