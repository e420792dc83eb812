import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import {
  hasScanned,
  highlightedWordCentre,
  isCardReady,
  parallaxHighlightSizes,
  readCard,
  type ShownCard,
} from '../../support/browser/in-page';
import { HANG_GUARD_MS } from '../../support/browser/hang-guard';

export interface Point {
  x: number;
  y: number;
}

export const SCREENSHOTS_DIR = 'test-results/screenshots';

/**
 * One move, straight onto the word: a pointer moved in steps crosses other highlighted words, and on a
 * loaded machine a step can stall there past the hover intent's rest, opening that word's card instead
 * (a visual test once got "Donald Trump"'s card, a Firefox one "Russia"'s).
 */
const POINTER_STEPS = 1;
/** How often the pointer follows a word that moved under it before the page counts as never settling. */
const MAX_POINTER_FOLLOWS = 5;
/** Body paragraphs of a seed page (render-seed-page.ts): not the byline, not the headline. */
export const BODY_PARAGRAPHS = 'article p:not(.byline)';

/**
 * A web page with Parallax running in it, as a page object: its highlights,
 * the pointer resting on a word, and the item card.
 */
export class ArticlePage {
  /** The card's dialog, inside the open shadow root of `<parallax-card>` (CSS locators pierce it). */
  readonly card: Locator;
  readonly cardHost: Locator;
  readonly cardSummary: Locator;

  private constructor(readonly page: Page) {
    this.cardHost = page.locator('[data-parallax-card]');
    this.card = this.cardHost.locator('[role="dialog"]');
    this.cardSummary = this.card.locator('.card-summary');
  }

  /** Loads `url` and waits until the content script has finished its first scan. */
  static async open(page: Page, url: string): Promise<ArticlePage> {
    await page.goto(url);
    const article = new ArticlePage(page);
    await article.waitForScan();
    return article;
  }

  /** The page already loaded (by a caller with its own navigation timeout), once it has been scanned. */
  static async attach(page: Page): Promise<ArticlePage> {
    const article = new ArticlePage(page);
    await article.waitForScan();
    return article;
  }

  async waitForScan(): Promise<void> {
    await this.page.waitForFunction(hasScanned, undefined, { timeout: HANG_GUARD_MS });
  }

  /** Live ranges per Parallax highlight name. */
  async highlights(): Promise<Record<string, number>> {
    return this.page.evaluate(parallaxHighlightSizes);
  }

  /** Every Parallax highlight's name, whether or not it holds ranges. */
  async highlightNames(): Promise<string[]> {
    return Object.keys(await this.highlights());
  }

  /**
   * Scrolls the first highlighted occurrence of `word` into view and returns
   * its centre in viewport coordinates.
   */
  async locate(word: string, within = BODY_PARAGRAPHS): Promise<Point> {
    const point = await this.page.evaluate(highlightedWordCentre, { word, within });
    if (!point) throw new Error(`article page: no highlighted "${word}" inside ${within}`);
    return point;
  }

  /** Moves the real mouse there and leaves it resting. */
  async movePointerTo({ x, y }: Point): Promise<void> {
    await this.page.mouse.move(x, y, { steps: POINTER_STEPS });
  }

  /**
   * Rests the pointer on the first highlighted occurrence of `word`. The page
   * may still move under it (an image or font arriving after the scan, now
   * that Parallax starts while the page loads): then the pointer follows the
   * word, so it never rests on whatever slid under it instead.
   */
  async restPointerOn(word: string, within = BODY_PARAGRAPHS): Promise<void> {
    let point = await this.locate(word, within);
    for (let move = 0; move < MAX_POINTER_FOLLOWS; move++) {
      await this.movePointerTo(point);
      const now = await this.locate(word, within);
      if (Math.abs(now.x - point.x) < 1 && Math.abs(now.y - point.y) < 1) return;
      point = now;
    }
    throw new Error(`article page: "${word}" kept moving under the pointer`);
  }

  /** Waits until the card shows its answer, not "Loading…" (however long that takes: speed is the bench's). */
  async waitForCard(): Promise<ShownCard> {
    await this.page.waitForFunction(isCardReady, undefined, { timeout: HANG_GUARD_MS, polling: 20 });
    const card = await this.readCard();
    if (!card) throw new Error('article page: the card closed while it was being read');
    return card;
  }

  /**
   * The control case of a "no card comes" check: rests on `word`, measures
   * how long its card took to show its answer, then closes it.
   */
  async timeCardOpen(word: string, within = BODY_PARAGRAPHS): Promise<number> {
    const start = Date.now();
    await this.restPointerOn(word, within);
    await this.waitForCard();
    const ms = Date.now() - start;
    await this.pressEscape();
    await this.page.mouse.move(1, 1);
    await this.cardHost.waitFor({ state: 'detached', timeout: HANG_GUARD_MS });
    return ms;
  }

  async readCard(): Promise<ShownCard | null> {
    return this.page.evaluate(readCard);
  }

  async pressEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    // The card fades in briefly; a screenshot should show it whole.
    await this.page.screenshot({ path: `${SCREENSHOTS_DIR}/${name}`, animations: 'disabled' });
  }
}
