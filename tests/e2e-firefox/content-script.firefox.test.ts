import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  cardAnimationsFinished,
  engineUsedEarlyStart,
  hasScanned,
  highlightedWordCentre,
  isCardReady,
  parallaxHighlightSizes,
  readCard,
  type ShownCard,
} from '../support/browser/in-page';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { launchFirefoxWithExtension } from './launch-firefox';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/** A corpus article with a known outlet (The Straits Times). */
const SEED_ID = '003_ef5a6fde2ba6a5a5';
/** Body paragraphs of a seed page (tests/support/browser/render-seed-page.ts). */
const BODY_PARAGRAPHS = 'article p:not(.byline)';
/** Steps from wherever the pointer was: a person's pointer crosses the page, it does not jump. */
const POINTER_STEPS = 12;
const SCREENSHOTS_DIR = 'test-results/screenshots';

let browser: Browser;
let site: SeedSite;

beforeAll(async () => {
  site = await serveSeedSite();
  ({ browser } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the seed page and waits until the content script has finished its first scan. */
async function openSeedPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(site.url(`${SEED_ID}.html`));
  await page.waitForFunction(hasScanned, { timeout: HANG_GUARD_MS, polling: 50 });
  return page;
}

async function restPointerOn(page: Page, word: string): Promise<void> {
  const point = await page.evaluate(highlightedWordCentre, { word, within: BODY_PARAGRAPHS });
  if (!point) throw new Error(`e2e-firefox: no highlighted "${word}" in the page's body`);
  await page.mouse.move(point.x, point.y, { steps: POINTER_STEPS });
}

async function waitForCard(page: Page): Promise<ShownCard> {
  await page.waitForFunction(isCardReady, { timeout: HANG_GUARD_MS, polling: 20 });
  const card = await page.evaluate(readCard);
  if (!card) throw new Error('e2e-firefox: the card closed while it was being read');
  return card;
}

describe('Parallax on a page in Firefox ESR', () => {
  it('highlights the catalogue items, under names that all start with "parallax"', async () => {
    const page = await openSeedPage();

    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    const sizes = await page.evaluate(parallaxHighlightSizes);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^parallax-/);
    expect(sizes['parallax-person'], JSON.stringify(sizes)).toBeGreaterThan(0);
    // The injected script asked for the settings and the page set-up while the engine loaded.
    expect(await page.evaluate(engineUsedEarlyStart)).toBe(true);
    await page.close();
  });

  it('resting the pointer on "Witkoff" opens a card with the other sources; Esc closes it', async () => {
    const page = await openSeedPage();

    await restPointerOn(page, 'Witkoff');
    const card = await waitForCard(page);

    expect(card.label).toBe('Steve Witkoff');
    expect(card.summary).toMatch(/^Mentioned by \d+ of \d+ sources; this page is The Straits Times\.$/);
    expect(card.others.length).toBeGreaterThan(0);
    expect(card.others.map((other) => other.sourceId)).not.toContain(SEED_ID);
    for (const other of card.others) expect(other.passages).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.evaluate(cardAnimationsFinished);
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/card-firefox.png` });

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('parallax-card') === null, {
      timeout: HANG_GUARD_MS,
    });
    await page.close();
  });
});
