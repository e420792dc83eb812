import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH } from '../../messaging/protocol';
import { strings } from '../strings';

interface Props {
  /** The one line that says why there is no briefing. */
  message: string;
  onShowStories: () => void;
  /** Compares the sources on what the reader types. */
  onSearch: (query: string) => void;
}

/** An off-story page (or one with nothing to compare): one line, then the stories list and a search. */
export function OffStoryNotice({ message, onShowStories, onSearch }: Props): JSX.Element {
  const [query, setQuery] = useState('');
  return (
    <section class="off-story">
      <p class="sidebar-notice off-story-line" role="status">
        {message}
      </p>
      <button type="button" class="sidebar-button off-story-stories" onClick={onShowStories}>
        {strings.briefing.allStories}
      </button>
      <form
        class="sidebar-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = query.trim();
          if (trimmed !== '') onSearch(trimmed);
        }}
      >
        <label class="sidebar-search-label" for="sidebar-search-input">
          {strings.briefing.searchLabel}
        </label>
        <span class="sidebar-search-row">
          <input
            id="sidebar-search-input"
            type="search"
            class="sidebar-search-input"
            maxLength={MAX_QUERY_LENGTH}
            placeholder={strings.briefing.searchPlaceholder}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <button type="submit" class="sidebar-button">
            {strings.briefing.searchButton}
          </button>
        </span>
      </form>
    </section>
  );
}
