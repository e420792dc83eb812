export { answerSearch } from './search-handler';
export { lazy } from './lazy';
export { loadBundledSearch } from './load-bundled-search';
