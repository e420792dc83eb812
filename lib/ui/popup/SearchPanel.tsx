import type { ComponentChildren, JSX, TargetedKeyboardEvent } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, type SidebarView } from '../../messaging/protocol';
import { EmphasizedText } from '../components/EmphasizedText';
import { strings } from '../strings';
import { buildSuggestions, type SuggestibleItem, type Suggestion } from './build-suggestions';
import { SearchResults } from './SearchResults';
import { useSearch, type SearchFunction } from './use-search';

/** One popup per document: fixed ids are unique. */
const LISTBOX_ID = 'px-suggestions';
const optionId = (index: number): string => `px-suggestion-${index}`;
const NO_ITEMS: readonly SuggestibleItem[] = [];

export interface SearchPanelProps {
  search: SearchFunction;
  /** A query to start with (the card's "Search" opens the popup page with one). */
  initialQuery?: string;
  /** Catalogue items to suggest as the reader types (empty until they have loaded). */
  items?: readonly SuggestibleItem[];
  /** How many sources the corpus holds, for the empty state (null: not known yet). */
  sourceCount?: number | null;
  /** Opens the sidebar on a view; called inside the key or click handler, as the browsers require. */
  onOpenSidebar: (view: SidebarView) => void;
  /** A message about the last action (the sidebar would not open), or null. */
  notice?: string | null;
  /** Shown under the empty state: the page's items and settings. */
  children?: ComponentChildren;
}

function viewFor(suggestion: Suggestion): SidebarView {
  return suggestion.type === 'item'
    ? { kind: 'item', entityId: suggestion.id }
    : { kind: 'query', query: suggestion.text };
}

function SuggestionOption({ suggestion }: { suggestion: Suggestion }): JSX.Element {
  if (suggestion.type === 'text') {
    return (
      <>
        <span class="suggestion-label">{suggestion.text}</span>{' '}
        <span class="suggestion-kind">{strings.popup.textSuggestion}</span>
      </>
    );
  }
  const { label, alias, match, kind } = suggestion;
  return (
    <>
      <span class="suggestion-label">
        <EmphasizedText text={label} ranges={alias === null ? [match] : []} />
        {alias !== null && (
          <>
            {' '}
            <q class="suggestion-alias">
              <EmphasizedText text={alias} ranges={[match]} />
            </q>
          </>
        )}
      </span>{' '}
      <span class="suggestion-kind">{strings.itemKind[kind]}</span>
    </>
  );
}

/**
 * The popup's search: a combobox whose listbox suggests catalogue items and
 * words as the reader types, then the empty, loading, no-result, error or
 * result states. Arrow keys run through the suggestions, then the result
 * groups; Enter opens the sidebar on what is chosen (or on the typed query).
 */
export function SearchPanel({
  search,
  initialQuery = '',
  items = NO_ITEMS,
  sourceCount = null,
  onOpenSidebar,
  notice = null,
  children,
}: SearchPanelProps): JSX.Element {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(-1);
  const state = useSearch(query, search);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);

  // Results and word suggestions of the last answer stay while the next is on its way: no flicker.
  const shown = state.status === 'done' ? state.response : state.status === 'loading' ? state.previous : null;
  const textSuggestions = shown?.suggestions;
  const suggestions = useMemo(
    () => (query.trim() === '' ? [] : buildSuggestions(query, items, textSuggestions)),
    [query, items, textSuggestions],
  );
  const expanded = suggestions.length > 0;
  const activeIndex = active < suggestions.length ? active : -1;

  const clear = (): void => {
    setQuery('');
    setActive(-1);
  };
  const compare = (text: string): void => {
    const wanted = text.trim();
    if (wanted !== '') onOpenSidebar({ kind: 'query', query: wanted });
  };
  const resultButtons = (): HTMLButtonElement[] => [
    ...(results.current?.querySelectorAll<HTMLButtonElement>('.result-compare') ?? []),
  ];

  const onInputKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (activeIndex < suggestions.length - 1) {
          setActive(activeIndex + 1);
          return;
        }
        // Past the last suggestion, into the results.
        const first = resultButtons()[0];
        if (first) {
          setActive(-1);
          first.focus();
        }
        return;
      }
      case 'ArrowUp':
        if (activeIndex >= 0) {
          event.preventDefault();
          setActive(activeIndex - 1);
        }
        return;
      case 'Enter': {
        const chosen = activeIndex >= 0 ? suggestions[activeIndex] : undefined;
        event.preventDefault();
        if (chosen) onOpenSidebar(viewFor(chosen));
        else compare(query);
        return;
      }
      case 'Escape':
        // With the box empty, the browser's own Escape closes the popup.
        if (query !== '') {
          event.preventDefault();
          clear();
        }
        return;
    }
  };

  const onResultKeyDown = (event: TargetedKeyboardEvent<HTMLButtonElement>): void => {
    const buttons = resultButtons();
    const at = buttons.indexOf(event.currentTarget);
    if (at === -1) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        buttons[at + 1]?.focus();
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (at > 0) {
          buttons[at - 1]?.focus();
        } else {
          // Back to the box, on the last suggestion.
          setActive(suggestions.length - 1);
          input.current?.focus();
        }
        return;
      case 'Escape':
        event.preventDefault();
        clear();
        input.current?.focus();
        return;
    }
  };

  return (
    <main class="search-panel" aria-busy={state.status === 'loading'}>
      <input
        ref={input}
        type="search"
        class="search-box"
        role="combobox"
        // Preact's types allow role="combobox" on an input only beside `list`; this combobox's list is the listbox below.
        list={undefined}
        aria-label={strings.searchLabel}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        spellcheck={false}
        placeholder={strings.searchPlaceholder}
        value={query}
        autoFocus
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(-1);
        }}
        onKeyDown={onInputKeyDown}
      />
      <ul
        id={LISTBOX_ID}
        class="suggestions"
        role="listbox"
        aria-label={strings.suggestionsLabel}
        hidden={!expanded}
      >
        {suggestions.map((suggestion, index) => (
          <li
            id={optionId(index)}
            key={suggestion.type === 'item' ? `item:${suggestion.id}` : `text:${suggestion.text}`}
            class={`suggestion suggestion-${suggestion.type}`}
            role="option"
            aria-selected={index === activeIndex}
            // The box keeps the focus, so the keyboard still types into it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onOpenSidebar(viewFor(suggestion))}
          >
            <SuggestionOption suggestion={suggestion} />
          </li>
        ))}
      </ul>
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
      {notice !== null && (
        <p class="popup-notice" role="alert">
          {notice}
        </p>
      )}
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
      {shown && shown.hits.length > 0 && (
        <SearchResults
          hits={shown.hits}
          stories={shown.stories}
          // The query these results answer (while the next is on its way, the one before).
          onCompare={() => compare(shown.query)}
          onButtonKeyDown={onResultKeyDown}
          listRef={results}
        />
      )}
    </main>
  );
}
