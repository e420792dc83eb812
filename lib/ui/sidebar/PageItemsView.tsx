import type { JSX } from 'preact';
import type { SourceMeta } from '../../corpus/source-meta';
import type { EntityKind } from '../../entities/catalogue-schema';
import type { CoverageResponse } from '../../messaging/protocol';
import { sourceName } from '../source-name';
import { strings } from '../strings';
import { CoverageMatrix } from './CoverageMatrix';

/** An item highlighted on the page, as the sidebar lists it. */
export interface PageItemEntry {
  id: string;
  label: string;
  kind: EntityKind;
  /** Its highlighted mentions on the page. */
  count: number;
  /** One line: who mentions it, who is silent, how many facts differ (itemSummary); absent while loading. */
  summary?: string | undefined;
}

interface Props {
  /** In order of first mention on the page. */
  items: readonly PageItemEntry[];
  /** Who else mentions the items; `null` while it loads. */
  coverage: Pick<CoverageResponse, 'sources' | 'rows'> | null;
  /** The corpus article this page is, if it is one. */
  pageSource: SourceMeta | null;
  /** The item the reader rests on: marked in the list and the matrix. */
  markedItemId: string | null;
  /** "Compare": show the item's comparison. */
  onSelectItem: (id: string) => void;
  /** "Show on page": scroll the page to the item's next mention. */
  onFocusOnPage: (id: string) => void;
}

/** The sidebar's page view: the page's items with their actions, then who else mentions them. */
export function PageItemsView({
  items,
  coverage,
  pageSource,
  markedItemId,
  onSelectItem,
  onFocusOnPage,
}: Props): JSX.Element {
  const pageCounts = Object.fromEntries(items.map((item) => [item.id, item.count]));
  return (
    <section class="page-items-view">
      <h2 class="sidebar-heading">{strings.sidebar.pageItemsHeading}</h2>
      <p class="sidebar-summary">{strings.sidebar.pageItemsCount(items.length)}</p>
      {pageSource !== null && (
        <p class="sidebar-notice" role="note">
          {strings.sidebar.pageIsSource(sourceName(pageSource))}
        </p>
      )}
      <ul class="page-items">
        {items.map((item) => {
          const marked = item.id === markedItemId;
          return (
            <li
              key={item.id}
              class={marked ? 'page-item is-marked' : 'page-item'}
              aria-current={marked ? 'true' : undefined}
              data-item-id={item.id}
            >
              <span class="page-item-name">
                <span class="page-item-label">{item.label}</span>{' '}
                <span class="page-item-meta">
                  <span class="page-item-kind">{strings.itemKind[item.kind]}</span>
                  {' · '}
                  <span class="page-item-count">{strings.sidebar.itemOnPage(item.count)}</span>
                </span>
              </span>
              {item.summary !== undefined && <span class="page-item-summary">{item.summary}</span>}
              <span class="page-item-actions">
                <button
                  type="button"
                  class="page-item-compare"
                  aria-label={strings.sidebar.compareLabel(item.label)}
                  onClick={() => onSelectItem(item.id)}
                >
                  {strings.sidebar.compare}
                </button>
                <button
                  type="button"
                  class="page-item-show"
                  aria-label={strings.sidebar.showOnPageLabel(item.label)}
                  onClick={() => onFocusOnPage(item.id)}
                >
                  {strings.sidebar.showOnPage}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {coverage !== null && (
        <CoverageMatrix
          coverage={coverage}
          pageCounts={pageCounts}
          pageSourceId={pageSource?.id ?? null}
          markedItemId={markedItemId}
          onSelectItem={onSelectItem}
        />
      )}
    </section>
  );
}
