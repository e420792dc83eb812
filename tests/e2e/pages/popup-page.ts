import type { Locator, Page } from 'playwright-core';
import { isPanelSettled } from '../support/is-panel-settled';

/** A passage as the reader sees it: its text and the words emphasised with <mark>. */
export interface ShownPassage {
  text: string;
  marks: string[];
}

/** One source's block of results. */
export interface ShownGroup {
  sourceId: string;
  outlet: string;
  passages: ShownPassage[];
}

/** One story's block of results: its heading and its sources' groups. */
export interface ShownStory {
  storyId: string;
  label: string;
  dates: string;
  sourceIds: string[];
  /** Passages shown per source, in the order of `sourceIds`. */
  passageCounts: number[];
}

/**
 * The popup's DOM must be unchanged this long before it counts as settled:
 * longer than its typing debounce (120 ms) plus the delay before it shows
 * "Searching…" (200 ms), both in lib/ui/popup/use-search.ts.
 */
const SETTLE_MS = 400;
/** A local search answers in milliseconds; a panel busy this long is stuck. */
const SETTLE_TIMEOUT_MS = 5_000;
/** A person types about this fast; each letter is a real key press. */
const TYPING_DELAY_MS = 40;

/**
 * The popup as a page object. Headless Chromium cannot click the toolbar
 * button, so the popup is opened as a tab at chrome-extension://<id>/popup.html,
 * which runs the very same document.
 */
/** Tells one settle() from the next inside the page. */
let settleCount = 0;

export class PopupPage {
  readonly searchBox: Locator;
  readonly status: Locator;
  readonly emptyState: Locator;
  readonly noResults: Locator;
  readonly groups: Locator;
  readonly storyGroups: Locator;
  /** The suggestions under the box (a listbox; hidden while there are none). */
  readonly suggestions: Locator;
  readonly onThisPage: Locator;

  private constructor(readonly page: Page) {
    // A combobox: it owns the listbox of suggestions.
    this.searchBox = page.getByRole('combobox', { name: 'Search the sources' });
    this.status = page.locator('.search-status');
    this.emptyState = page.locator('.empty-state');
    this.noResults = page.locator('.no-results');
    this.groups = page.locator('ol.result-groups > li.result-group');
    this.storyGroups = page.locator('ol.story-groups > li.story-group');
    this.suggestions = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    this.onThisPage = page.getByRole('region', { name: 'On this page' });
  }

  /** `tabId`: the tab the popup is about, as if opened over it (by default, none it can read). */
  static async open(page: Page, extensionId: string, tabId?: number): Promise<PopupPage> {
    const about = tabId === undefined ? '' : `?tab=${tabId}`;
    await page.goto(`chrome-extension://${extensionId}/popup.html${about}`);
    const popup = new PopupPage(page);
    await popup.searchBox.waitFor();
    return popup;
  }

  /** Unfolds "Settings" (the page switches and "More settings"), folded by default. */
  async openSettings(): Promise<void> {
    const settings = this.page.locator('details.popup-settings');
    if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
    await this.page.locator('.popup-options').waitFor();
  }

  /** The story groups shown, in order, each with its heading and its sources. */
  async shownStories(): Promise<ShownStory[]> {
    return this.storyGroups.evaluateAll((items) =>
      items.map((item) => {
        const sources = [...item.querySelectorAll<HTMLElement>('li.result-group')];
        return {
          storyId: item.getAttribute('data-story-id') ?? '',
          label: item.querySelector('.story-label')?.textContent ?? '',
          dates: item.querySelector('.story-dates')?.textContent ?? '',
          sourceIds: sources.map((source) => source.dataset.sourceId ?? ''),
          passageCounts: sources.map((source) => source.querySelectorAll('li.passage').length),
        };
      }),
    );
  }

  /** Types the query letter by letter into an empty box, then waits for the answer. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(query, { delay: TYPING_DELAY_MS });
    await this.settle();
  }

  async pressEscape(): Promise<void> {
    await this.searchBox.press('Escape');
    await this.settle();
  }

  /**
   * Waits until no search is running and the panel has stopped changing; a
   * panel still busy after SETTLE_TIMEOUT_MS fails with what it shows.
   */
  async settle(): Promise<void> {
    try {
      await this.page.waitForFunction(
        isPanelSettled,
        { quietMs: SETTLE_MS, token: ++settleCount },
        { polling: 50, timeout: SETTLE_TIMEOUT_MS },
      );
    } catch (error) {
      const busy = await this.page.locator('main').getAttribute('aria-busy');
      const status = await this.status.textContent();
      throw new Error(
        `popup: did not settle within ${SETTLE_TIMEOUT_MS} ms after "${await this.searchBox.inputValue()}" ` +
          `(aria-busy=${busy}, status "${status ?? ''}")`,
        { cause: error },
      );
    }
  }

  /** The result groups in order, read from the DOM. */
  async resultGroups(): Promise<ShownGroup[]> {
    return this.groups.evaluateAll((items) =>
      items.map((item) => ({
        sourceId: item.getAttribute('data-source-id') ?? '',
        outlet: item.querySelector('.source-outlet')?.textContent?.trim() ?? '',
        passages: [...item.querySelectorAll('li.passage')].map((passage) => ({
          text: passage.textContent ?? '',
          marks: [...passage.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        })),
      })),
    );
  }
}
