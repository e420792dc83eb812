import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './article-page';

/** One source of an item comparison (stacked, or a column on a wide panel), as the reader sees it. */
export interface ShownColumn {
  sourceId: string;
  outlet: string;
  date: string;
  passages: string[];
}

/**
 * The sidebar as a page object. The Chrome side panel opened by
 * `chrome.sidePanel.open` is not one of Playwright's pages, so its document
 * (sidebar.html) is opened as a tab, pinned with `?tab=ID` to the tab it is
 * about, as the side panel follows the active tab.
 */
export class SidebarPage {
  readonly items: Locator;
  readonly matrix: Locator;
  readonly notice: Locator;
  readonly status: Locator;
  readonly comparison: Locator;
  readonly columns: Locator;
  /** The figures and quotes, one row each (or the line saying there are none). */
  readonly facts: Locator;
  /** The line naming the sources that do not mention the subject. */
  readonly silentLine: Locator;
  readonly briefing: Locator;
  readonly briefingSources: Locator;
  readonly stories: Locator;

  private constructor(readonly page: Page) {
    this.items = page.locator('li.page-item');
    this.matrix = page.locator('table.matrix');
    this.notice = page.locator('.sidebar-notice');
    this.status = page.locator('.sidebar-status');
    this.comparison = page.locator('article.comparison');
    this.columns = page.locator('li.comparison-source');
    this.facts = page.locator('ul.facts, p.facts-none');
    this.silentLine = page.locator('p.facts-silent');
    this.briefing = page.locator('article.briefing');
    this.briefingSources = page.locator('.briefing-sources li, .briefing-side-by-side li');
    this.stories = page.locator('li.story');
  }

  static async open(page: Page, extensionId: string, tabId: number): Promise<SidebarPage> {
    await page.goto(`chrome-extension://${extensionId}/sidebar.html?tab=${tabId}`);
    return new SidebarPage(page);
  }

  /** "Items on this page": the page's items, one click from its story. */
  async showItems(): Promise<void> {
    await this.page.locator('.sidebar-to-items').click();
    await this.items.first().waitFor();
  }

  /** "All stories", from the nav or the off-story notice. */
  async showStories(): Promise<void> {
    await this.page.getByRole('button', { name: 'All stories' }).click();
    await this.stories.first().waitFor();
  }

  item(label: string): Locator {
    return this.items.filter({ has: this.page.locator('.page-item-label', { hasText: label }) }).first();
  }

  /** "Compare" on the page's item named `label`: its comparison replaces the list. */
  /** The item's comparison, from the page's items (shown first if the sidebar opened on the story briefing). */
  async compareItem(label: string): Promise<void> {
    await this.page.locator('li.page-item, .sidebar-to-items').first().waitFor();
    if (!(await this.items.first().isVisible())) await this.showItems();
    await this.item(label).locator('.page-item-compare').click();
    await this.comparison.waitFor();
  }

  async backToPage(): Promise<void> {
    await this.page.locator('.sidebar-back').click();
    await this.items.first().waitFor();
  }

  /** The comparison's sources, in the order shown (top to bottom, or left to right). */
  async shownColumns(): Promise<ShownColumn[]> {
    return this.columns.evaluateAll((columns) =>
      columns.map((column) => ({
        sourceId: column.getAttribute('data-source-id') ?? '',
        outlet: column.querySelector('.source-outlet')?.textContent?.trim() ?? '',
        date: column.querySelector('.source-date')?.textContent?.trim() ?? '',
        passages: [...column.querySelectorAll('blockquote.comparison-passage')].map(
          (quote) => quote.textContent ?? '',
        ),
      })),
    );
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(button: 'Download Markdown' | 'Download JSON'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await this.page.screenshot({
      path: `${SCREENSHOTS_DIR}/${name}`,
      fullPage: true,
      animations: 'disabled',
    });
  }
}
