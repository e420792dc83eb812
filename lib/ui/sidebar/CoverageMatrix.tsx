import type { JSX } from 'preact';
import type { CoverageResponse } from '../../messaging/protocol';
import { formatDate } from '../format-date';
import { isUserSource } from '../../user-sources/is-user-source';
import { sourceName } from '../source-name';
import { strings } from '../strings';

interface Props {
  coverage: Pick<CoverageResponse, 'sources' | 'rows'>;
  /**
   * Item id → its highlighted mentions on the page being read. When given, a
   * "This page" column comes first; items the page does not show count 0.
   */
  pageCounts?: Readonly<Record<string, number>> | null;
  /** The corpus article the page is, if it is one: its column is marked as this article. */
  pageSourceId?: string | null;
  /** The item the reader rests on (on the page or in the sidebar): its row is marked. */
  markedItemId: string | null;
  onSelectItem: (id: string) => void;
}

/**
 * Items × sources: how many passages of each source mention each item, the
 * page's own mentions first. A real table (caption, scoped headers) in a
 * scrolling region that the keyboard can reach; a silent source's cell says
 * "not mentioned" to a screen reader and shows a dash.
 */
export function CoverageMatrix({
  coverage,
  pageCounts = null,
  pageSourceId = null,
  markedItemId,
  onSelectItem,
}: Props): JSX.Element {
  return (
    <div class="matrix-scroll" role="region" aria-label={strings.sidebar.matrixCaption} tabIndex={0}>
      <table class="matrix">
        <caption>{strings.sidebar.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="matrix-corner">
              {strings.sidebar.matrixItem}
            </th>
            {pageCounts !== null && (
              <th scope="col" class="matrix-source matrix-this-page">
                <span class="matrix-outlet">{strings.sidebar.matrixThisPage}</span>
              </th>
            )}
            {coverage.sources.map((source) => (
              <th
                scope="col"
                key={source.id}
                class={[
                  'matrix-source',
                  source.id === pageSourceId && 'matrix-page-source',
                  source.outlet === null && 'matrix-untitled',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-source-id={source.id}
              >
                {/* Spaces between the lines keep the header's accessible name in words. */}
                <span class="matrix-outlet">{sourceName(source)}</span>{' '}
                {isUserSource(source.id) && <span class="source-yours">{strings.yours}</span>}{' '}
                <span class="matrix-date">{formatDate(source.published, source.publishedApproximate)}</span>
                {source.id === pageSourceId && (
                  <>
                    {' '}
                    <span class="matrix-note">{strings.sidebar.matrixPageSource}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => {
            const marked = row.item.id === markedItemId;
            return (
              <tr
                key={row.item.id}
                class={marked ? 'matrix-row is-marked' : 'matrix-row'}
                aria-current={marked ? 'true' : undefined}
                data-item-id={row.item.id}
              >
                <th scope="row" class="matrix-item">
                  <button type="button" class="matrix-item-button" onClick={() => onSelectItem(row.item.id)}>
                    {row.item.label}
                  </button>
                </th>
                {pageCounts !== null && <CountCell count={pageCounts[row.item.id] ?? 0} />}
                {coverage.sources.map((source) => (
                  <CountCell key={source.id} count={row.counts[source.id] ?? 0} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CountCell({ count }: { count: number }): JSX.Element {
  if (count > 0) return <td class="matrix-count">{count}</td>;
  return (
    <td class="matrix-count matrix-zero">
      <span aria-hidden="true">{strings.sidebar.matrixEmpty}</span>{' '}
      <span class="visually-hidden">{strings.sidebar.matrixNotMentioned}</span>
    </td>
  );
}
