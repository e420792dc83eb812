import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResponse, SidebarView } from '@/lib/messaging/protocol';
import type { SearchHit } from '@/lib/search';
import type { SuggestibleItem } from '@/lib/ui/popup/build-suggestions';
import { SearchPanel } from '@/lib/ui/popup/SearchPanel';
import type { SearchFunction } from '@/lib/ui/popup/use-search';
import { blankPage, HOSTILE } from './card-fixtures';

/** Longer than the typing debounce and the delay before "Searching…" (lib/ui/popup/use-search.ts). */
const SETTLE_MS = 400;

const ITEMS: SuggestibleItem[] = [
  { id: 'steve-witkoff', label: 'Steve Witkoff', kind: 'person', aliases: [{ text: 'Witkoff' }] },
  { id: 'kirill-dmitriev', label: 'Kirill Dmitriev', kind: 'person', aliases: [{ text: 'Dmitriev' }] },
];

function hit(
  id: string,
  sourceId: string,
  text: string,
  emphasis: [number, number][],
  outlet: string,
): SearchHit {
  return {
    id,
    sourceId,
    outlet,
    title: `Title ${sourceId}`,
    published: '2031-04-14',
    publishedApproximate: false,
    text,
    start: 0,
    end: text.length,
    score: 1,
    terms: [],
    emphasis,
    entities: [],
  };
}

function response(query: string, hits: SearchHit[], suggestions: string[] = []): SearchResponse {
  return { type: 'search-result', query, hits, suggestions, sourceCount: 2, sources: [] };
}

const WITKOFF_HITS = [
  hit('s1:0', 's1', 'Envoy Witkoff met Putin.', [[6, 13]], 'Reuters'),
  hit('s2:0', 's2', 'Witkoff flew to Moscow.', [[0, 7]], 'BBC News'),
];

/** A search that answers every query with `answer(query)` at once. */
function fakeSearch(answer: (query: string) => SearchResponse): SearchFunction {
  return (query) => Promise.resolve(answer(query));
}

function renderPanel(search: SearchFunction, items: readonly SuggestibleItem[] = ITEMS) {
  const { document, window } = blankPage('');
  const onOpenSidebar = vi.fn<(view: SidebarView) => void>();
  void act(() => {
    render(
      <SearchPanel search={search} items={items} sourceCount={7} onOpenSidebar={onOpenSidebar}>
        <p class="children">Page settings</p>
      </SearchPanel>,
      document.body,
    );
  });
  const found = document.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!found) throw new Error('no combobox rendered');
  const box: HTMLInputElement = found;
  const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();
  const text = (selector: string): string | undefined => {
    const element = document.querySelector(selector);
    return element ? squash(element.textContent) : undefined;
  };
  const all = (selector: string): string[] =>
    [...document.querySelectorAll(selector)].map((element) => squash(element.textContent));

  /** Types `query` as one input event, then lets the debounced search answer. */
  async function type(query: string): Promise<void> {
    void act(() => {
      box.value = query;
      box.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    await settle();
  }
  /** Lets the panel's timers run (inside act, so what they set is rendered). */
  async function settle(): Promise<void> {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
    });
  }
  /** Presses a key on `target` (the box unless told); returns whether the panel took it (preventDefault). */
  function press(key: string, target: Element = box): boolean {
    const event = new window.Event('keydown', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'key', { value: key });
    void act(() => {
      target.dispatchEvent(event);
    });
    return event.defaultPrevented;
  }
  /** The elements focus() was called on, in order (linkedom has no activeElement), among those tracked. */
  const focused: Element[] = [];
  const trackFocus = (element: Element): void =>
    element.addEventListener('focus', () => focused.push(element));
  const click = (element: Element | null | undefined): void => {
    if (!element) throw new Error('nothing to click');
    void act(() => {
      element.dispatchEvent(new window.Event('click', { bubbles: true }));
    });
  };
  return { document, box, text, all, type, settle, press, focused, trackFocus, click, onOpenSidebar };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SearchPanel states', () => {
  it('shows the empty state with its children before anything is typed', () => {
    const { text, box, document } = renderPanel(fakeSearch((query) => response(query, [])));
    expect(text('.empty-state h1')).toBe('Compare how sources report a story');
    expect(text('.empty-state > p')).toBe('Search 7 bundled sources. Everything stays on this device.');
    expect(text('.children')).toBe('Page settings');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says "Searching…" while a slow answer is on its way, then shows the results grouped by source', async () => {
    let answer: (value: SearchResponse) => void = () => {};
    const { type, text, all, document } = renderPanel(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    await type('witkoff');
    expect(text('.search-status')).toBe('Searching…');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelector('.empty-state')).toBeNull();

    await act(async () => {
      answer(response('witkoff', WITKOFF_HITS));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(text('.search-status')).toBe('2 passages in 2 sources');
    expect(all('.result-group .source-outlet')).toEqual(['Reuters', 'BBC News']);
    expect(all('.result-group mark')).toEqual(['Witkoff', 'Witkoff']);
    expect(all('.result-group .result-compare')).toEqual(['Compare in sidebar', 'Compare in sidebar']);
  });

  it('shows the no-results state, naming the query as text', async () => {
    const { type, text, document } = renderPanel(
      fakeSearch((query) => response(query, [])),
      [],
    );
    await type(HOSTILE);
    expect(text('.no-results p')).toBe(`No passage mentions “${HOSTILE}”.`);
    expect(document.querySelector('.no-results img')).toBeNull();
    expect(document.querySelectorAll('.result-group')).toHaveLength(0);
  });

  it('says plainly when the search fails', async () => {
    const { type, text } = renderPanel(() => Promise.reject(new Error('background gone')));
    await type('witkoff');
    expect(text('.search-status')).toBe('Search is not available right now.');
  });
});

describe('SearchPanel suggestions and keyboard', () => {
  const search = fakeSearch((query) => response(query, WITKOFF_HITS, ['witkoff talks']));

  it('lists matching items, then the search’s word suggestions, as options of the combobox’s listbox', async () => {
    const { type, box, all, document } = renderPanel(search);
    await type('witk');
    const listbox = document.querySelector('[role="listbox"]');
    expect(listbox?.hasAttribute('hidden')).toBe(false);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(listbox?.id);
    expect(all('[role="option"]')).toEqual(['Steve Witkoff Person', 'witkoff talks Words']);
    expect(all('[role="option"] mark')).toEqual(['Witk']);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('ArrowDown marks the first option active; Enter opens its item in the sidebar', async () => {
    const { type, box, press, document, onOpenSidebar } = renderPanel(search);
    await type('witk');
    expect(press('ArrowDown')).toBe(true);
    const first = document.querySelector('[role="option"]');
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(first?.getAttribute('aria-selected')).toBe('true');

    expect(press('Enter')).toBe(true);
    expect(onOpenSidebar).toHaveBeenCalledExactlyOnceWith({ kind: 'item', entityId: 'steve-witkoff' });
  });

  it('Enter on a word suggestion opens that query in the sidebar', async () => {
    const { type, press, onOpenSidebar } = renderPanel(search);
    await type('witk');
    press('ArrowDown');
    press('ArrowDown');
    press('Enter');
    expect(onOpenSidebar).toHaveBeenCalledExactlyOnceWith({ kind: 'query', query: 'witkoff talks' });
  });

  it('ArrowUp goes back up the options and then to the box', async () => {
    const { type, box, press, document } = renderPanel(search);
    await type('witk');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe(document.querySelector('[role="option"]')?.id);
    press('ArrowUp');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('Enter with no option chosen opens the typed query in the sidebar', async () => {
    const { type, press, onOpenSidebar } = renderPanel(search);
    await type('  witkoff  ');
    press('Enter');
    expect(onOpenSidebar).toHaveBeenCalledExactlyOnceWith({ kind: 'query', query: 'witkoff' });
  });

  it('ArrowDown past the last suggestion moves to the results; Enter there is the button’s click', async () => {
    const { type, press, document, focused, trackFocus, click, box, onOpenSidebar } = renderPanel(search);
    await type('witk');
    const buttons = [...document.querySelectorAll('.result-compare')];
    buttons.forEach(trackFocus);
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    expect(focused.at(-1)).toBe(buttons[0]);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    expect(press('ArrowDown', buttons[0])).toBe(true);
    expect(focused.at(-1)).toBe(buttons[1]);

    // A focused button turns Enter into a click.
    click(buttons[1]);
    expect(onOpenSidebar).toHaveBeenCalledExactlyOnceWith({ kind: 'query', query: 'witk' });
  });

  it('ArrowUp from the first result returns to the box, on the last suggestion', async () => {
    const { type, press, document, focused, trackFocus, box } = renderPanel(search);
    await type('witk');
    trackFocus(box);
    const [first] = [...document.querySelectorAll('.result-compare')];
    if (!first) throw new Error('no result rendered');
    press('ArrowUp', first);
    expect(focused.at(-1)).toBe(box);
    const options = [...document.querySelectorAll('[role="option"]')];
    expect(box.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);
  });

  it('clicking an option opens it in the sidebar', async () => {
    const { type, click, document, onOpenSidebar } = renderPanel(search);
    await type('dmi');
    click(document.querySelector('[role="option"]'));
    expect(onOpenSidebar).toHaveBeenCalledExactlyOnceWith({ kind: 'item', entityId: 'kirill-dmitriev' });
  });

  it('Escape clears the query and returns to the empty state; on an empty box it is left to the browser', async () => {
    const { type, settle, press, box, document } = renderPanel(search);
    await type('witk');
    expect(press('Escape')).toBe(true);
    await settle();
    expect(box.value).toBe('');
    expect(document.querySelector('.empty-state')).not.toBeNull();
    expect(document.querySelectorAll('.result-group')).toHaveLength(0);
    expect(box.getAttribute('aria-expanded')).toBe('false');

    // The browser closes the popup on this one.
    expect(press('Escape')).toBe(false);
  });
});
