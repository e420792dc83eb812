import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResponse } from '../../messaging';

/** Wait this long after the last keystroke: fewer requests, no flicker while typing. */
const DEBOUNCE_MS = 120;
/** Show "Searching…" only when an answer is slow; fast answers just replace the old results. */
const LOADING_DELAY_MS = 200;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; previous: SearchResponse | null }
  | { status: 'done'; response: SearchResponse }
  | { status: 'error'; message: string };

export type SearchFunction = (query: string) => Promise<SearchResponse>;

/** Debounced search as you type; answers to stale queries are dropped. */
export function useSearch(query: string, search: SearchFunction): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return undefined;
    }
    const previous = state.status === 'done' ? state.response : null;
    const loadingTimer = setTimeout(() => {
      if (ticket === latest.current) setState({ status: 'loading', previous });
    }, DEBOUNCE_MS + LOADING_DELAY_MS);
    const searchTimer = setTimeout(() => {
      void search(query)
        .then(
          (response): SearchState => ({ status: 'done', response }),
          (error: unknown): SearchState => ({ status: 'error', message: (error as Error).message }),
        )
        .then((settled) => {
          // A fast answer must not be overwritten by the pending "Searching…" timer.
          clearTimeout(loadingTimer);
          if (ticket === latest.current) setState(settled);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(searchTimer);
      clearTimeout(loadingTimer);
    };
    // `state` is read only to keep old results visible; re-running on it would loop.
  }, [query, search]);

  return state;
}
