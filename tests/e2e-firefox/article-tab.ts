import type { Browser, Page } from 'puppeteer-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import {
  hasScanned,
  highlightedWordCentre,
  isCardReady,
  readCard,
  type ShownCard,
} from '../support/browser/in-page';

/** Body paragraphs of a seed page (tests/support/browser/render-seed-page.ts). */
const BODY_PARAGRAPHS = 'article p:not(.byline)';
/**
 * One move, straight onto the word: a pointer moved in steps crosses other highlighted words, and on a
 * loaded machine a step can stall there past the hover intent's rest, opening that word's card instead.
 */
const POINTER_STEPS = 1;

/** A web page in a new tab, once the content script has finished its first scan (as tests/e2e's ArticlePage). */
export async function openScannedPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(hasScanned, { timeout: HANG_GUARD_MS, polling: 50 });
  return page;
}

export async function restPointerOn(page: Page, word: string): Promise<void> {
  const point = await page.evaluate(highlightedWordCentre, { word, within: BODY_PARAGRAPHS });
  if (!point) throw new Error(`e2e-firefox: no highlighted "${word}" in the page's body`);
  await page.mouse.move(point.x, point.y, { steps: POINTER_STEPS });
}

export async function waitForCard(page: Page): Promise<ShownCard> {
  await page.waitForFunction(isCardReady, { timeout: HANG_GUARD_MS, polling: 20 });
  const card = await page.evaluate(readCard);
  if (!card) throw new Error('e2e-firefox: the card closed while it was being read');
  return card;
}
