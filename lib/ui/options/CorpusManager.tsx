import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SourceMeta } from '../../corpus/source-meta';
import type { SourcesListResponse } from '../../messaging/protocol';
import { sourceName } from '../source-name';
import { strings } from '../strings';
import type { StorySummary } from '../../compare/story-briefing-schema';
import {
  filterSources,
  NO_FILTER,
  outletsOf,
  publishedBefore,
  storiesOf,
  type SourceFilter,
} from './filter-sources';

/** What navigator.storage.estimate answers (either figure may be missing). */
export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

export interface CorpusManagerProps {
  list: SourcesListResponse;
  /** The corpus' stories (the background's stories list), for the story filter. */
  stories: readonly StorySummary[];
  busy: boolean;
  estimate?: () => Promise<StorageEstimate>;
  /** One source's row, with the selection box to put first in it. */
  row: (source: SourceMeta, select: JSX.Element) => JSX.Element;
  /** Removes the sources one by one, telling how far it got. */
  removeMany: (ids: string[], onProgress: (done: number, total: number) => void) => void;
}

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : (bytes / MEGABYTE).toFixed(1);
}

/**
 * The reader's own sources, managed: how many there are and the storage they
 * take, a search and filters (outlet, date, story), and deleting one, a selection,
 * or everything published before a day.
 */
export function CorpusManager({
  list,
  stories,
  busy,
  estimate,
  row,
  removeMany,
}: CorpusManagerProps): JSX.Element {
  const text = strings.userSources;
  const [filter, setFilter] = useState<SourceFilter>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [storage, setStorage] = useState<StorageEstimate | null>(null);
  const [before, setBefore] = useState('');
  const [deleting, setDeleting] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    estimate?.().then(setStorage, () => setStorage(null));
  }, [estimate, list]);
  // A selection never holds a source that is gone.
  useEffect(() => {
    const present = new Set(list.yours.map((source) => source.id));
    setSelected((current) => new Set([...current].filter((id) => present.has(id))));
  }, [list]);

  const shown = filterSources(list.yours, filter, stories);
  const ownStories = storiesOf(list.yours, stories);
  const remove = (ids: string[]): void => {
    if (ids.length === 0) return;
    setDeleting({ done: 0, total: ids.length });
    removeMany(ids, (done, total) => setDeleting(done === total ? null : { done, total }));
  };
  const toggle = (id: string, on: boolean): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const older = before === '' ? [] : publishedBefore(list.yours, before);

  return (
    <div class="options-corpus">
      <p class="options-counts">
        {text.counts(list.yours.length, list.bundled.length, list.hidden.length)}
        {storage && ` ${text.storage(megabytes(storage.usage), megabytes(storage.quota))}`}
      </p>
      {list.yours.length === 0 ? (
        <p class="options-none">{text.none}</p>
      ) : (
        <>
          <div class="options-corpus-filters">
            <label>
              {text.searchLabel}{' '}
              <input
                type="search"
                name="corpus-search"
                value={filter.query}
                onInput={(event) => setFilter({ ...filter, query: event.currentTarget.value })}
              />
            </label>
            <label>
              {text.outletLabel}{' '}
              <select
                name="corpus-outlet"
                value={filter.outlet}
                onChange={(event) => setFilter({ ...filter, outlet: event.currentTarget.value })}
              >
                <option value="">{text.allOutlets}</option>
                {outletsOf(list.yours).map((outlet) => (
                  <option key={outlet} value={outlet}>
                    {outlet}
                  </option>
                ))}
              </select>
            </label>
            {ownStories.length > 0 && (
              <label>
                {text.storyLabel}{' '}
                <select
                  name="corpus-story"
                  value={filter.story}
                  onChange={(event) => setFilter({ ...filter, story: event.currentTarget.value })}
                >
                  <option value="">{text.allStories}</option>
                  {ownStories.map((story) => (
                    <option key={story.id} value={story.id}>
                      {story.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {text.fromLabel}{' '}
              <input
                type="date"
                name="corpus-from"
                value={filter.from}
                onInput={(event) => setFilter({ ...filter, from: event.currentTarget.value })}
              />
            </label>
            <label>
              {text.toLabel}{' '}
              <input
                type="date"
                name="corpus-to"
                value={filter.to}
                onInput={(event) => setFilter({ ...filter, to: event.currentTarget.value })}
              />
            </label>
          </div>
          <div class="options-corpus-actions">
            <span>{text.shownCount(shown.length, list.yours.length)}</span>
            <button
              type="button"
              disabled={busy || shown.length === 0}
              onClick={() => setSelected(new Set([...selected, ...shown.map((source) => source.id)]))}
            >
              {text.selectShown}
            </button>
            <button
              type="button"
              name="delete-selected"
              disabled={busy || selected.size === 0}
              onClick={() => remove([...selected])}
            >
              {text.deleteSelected(selected.size)}
            </button>
            <label>
              {text.olderLabel}{' '}
              <input
                type="date"
                name="corpus-before"
                value={before}
                onInput={(event) => setBefore(event.currentTarget.value)}
              />
            </label>
            <button
              type="button"
              name="delete-older"
              disabled={busy || older.length === 0}
              onClick={() => remove(older.map((source) => source.id))}
            >
              {text.deleteOlder}
            </button>
          </div>
          {deleting && (
            <p role="status">
              <progress max={deleting.total} value={deleting.done} />{' '}
              {text.deleting(deleting.done, deleting.total)}
            </p>
          )}
          <ul class="options-source-list options-yours">
            {shown.map((source) =>
              row(
                source,
                <input
                  type="checkbox"
                  name="select"
                  aria-label={text.selectLabel(sourceName(source))}
                  checked={selected.has(source.id)}
                  disabled={busy}
                  onChange={(event) => toggle(source.id, event.currentTarget.checked)}
                />,
              ),
            )}
          </ul>
        </>
      )}
    </div>
  );
}
