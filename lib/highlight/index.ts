export { BLOCK_SEPARATOR, extractPageText, OWN_UI_SELECTOR } from './extract-page-text';
export type { ExtractOptions, PageText, TextChunk } from './extract-page-text';
