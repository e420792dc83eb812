export { answerSearch } from './search-handler';
export { lazy } from './lazy';
export { loadBundledCorpus } from './load-bundled-corpus';
export type { BundledCorpus } from './load-bundled-corpus';
export { answerCompare, answerItemCard, answerPageSetup } from './page-handlers';
export { answerCoverage } from './coverage-handler';
