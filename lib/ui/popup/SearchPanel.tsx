import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ResultGroups } from '../components/ResultGroups';
import { strings } from '../strings';
import { useSearch, type SearchFunction } from './use-search';

interface Props {
  search: SearchFunction;
  /** A query to start with (the card's "Search" opens the popup page with one). */
  initialQuery?: string;
  /** Shown under the search: the page settings. */
  children?: ComponentChildren;
}

/** The popup's search: a box, then empty, loading, no-result, error or result states. */
export function SearchPanel({ search, initialQuery = '', children }: Props): JSX.Element {
  const [query, setQuery] = useState(initialQuery);
  const [sourceCount, setSourceCount] = useState<number | null>(null);
  const state = useSearch(query, search);

  useEffect(() => {
    // An empty query returns the sources table and warms the index up.
    search('').then(
      (response) => setSourceCount(response.sourceCount),
      () => setSourceCount(null),
    );
  }, [search]);

  const shown = state.status === 'done' ? state.response : state.status === 'loading' ? state.previous : null;

  return (
    <main class="search-panel" aria-busy={state.status === 'loading'}>
      <input
        type="search"
        class="search-box"
        aria-label={strings.searchLabel}
        placeholder={strings.searchPlaceholder}
        value={query}
        autoFocus
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            setQuery('');
          }
        }}
      />
      <div class="search-status" role="status" aria-live="polite">
        {state.status === 'loading' && strings.loading}
        {state.status === 'error' && strings.error}
        {state.status === 'done' &&
          state.response.hits.length > 0 &&
          strings.resultSummary(
            state.response.hits.length,
            new Set(state.response.hits.map((hit) => hit.sourceId)).size,
          )}
      </div>
      {state.status === 'idle' && (
        <section class="empty-state">
          <h1>{strings.emptyTitle}</h1>
          {sourceCount !== null && <p>{strings.emptyHint(sourceCount)}</p>}
          {children}
        </section>
      )}
      {state.status === 'done' && state.response.hits.length === 0 && (
        <section class="no-results">
          <p>{strings.noResults(state.response.query)}</p>
          <p class="hint">{strings.noResultsHint}</p>
        </section>
      )}
      {shown && shown.hits.length > 0 && <ResultGroups hits={shown.hits} />}
    </main>
  );
}
