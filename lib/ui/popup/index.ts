export {
  buildSuggestions,
  MAX_ITEM_SUGGESTIONS,
  MAX_TEXT_SUGGESTIONS,
  MIN_INFIX_LENGTH,
} from './build-suggestions';
export type { SuggestibleItem, Suggestion } from './build-suggestions';
export { describePage } from './describe-page';
export type { ActivePage, OnPageItem, PageFacts, PageStatus } from './describe-page';
export { OnThisPage } from './OnThisPage';
export type { OnThisPageProps } from './OnThisPage';
export { PageToggles } from './PageToggles';
export type { PageTogglesProps } from './PageToggles';
export { PopupApp, RESCAN_WAIT_MS } from './PopupApp';
export type { PopupAppProps, PopupDeps } from './PopupApp';
export { SearchPanel } from './SearchPanel';
export type { SearchPanelProps } from './SearchPanel';
export { SearchResults } from './SearchResults';
export type { SearchResultsProps } from './SearchResults';
export { useSearch } from './use-search';
export type { SearchFunction, SearchState } from './use-search';
export { AddPage } from './AddPage';
export type { AddPageProps } from './AddPage';
export { TOP_ITEMS, topPageItems } from './top-page-items';
export type { ItemNote } from './top-page-items';
