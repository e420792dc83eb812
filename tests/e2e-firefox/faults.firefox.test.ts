import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { parallaxHighlightSizes } from '../support/browser/in-page';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';
import { openScannedPage, restPointerOn, waitForCard } from './article-tab';

/** A corpus article with a known outlet (The Straits Times). */
const SEED_ID = '003_ef5a6fde2ba6a5a5';
/** A second try at opening the add-on's page, once the reload's closing of the old one is over. */
const RETRY_AFTER_MS = 1_000;

let firefox: FirefoxWithExtension;
let browser: Browser;
let site: SeedSite;

beforeAll(async () => {
  site = await serveSeedSite();
  firefox = await launchFirefoxWithExtension();
  ({ browser } = firefox);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('faults in Firefox ESR', () => {
  it('the add-on reloaded (as an update does) with a highlighted tab open: the open tab gets the new add-on (highlights, one card) and keeps its text; a new tab too', async () => {
    const page = await openScannedPage(browser, site.url(`${SEED_ID}.html`));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const text = await page.evaluate(() => document.body.textContent);
    await restPointerOn(page, 'Putin');
    expect((await waitForCard(page)).label).toBe('Vladimir Putin');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-parallax-card]') === null, {
      timeout: HANG_GUARD_MS,
    });
    await page.mouse.move(1, 1);

    // runtime.reload() from one of the add-on's pages: the page closes with the old add-on.
    const options = await openExtensionPage(firefox, 'options.html', 'main');
    await options
      .evaluate(() => {
        (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload();
      })
      .catch(() => undefined);
    // The new add-on is up once its own page opens again. Opening a tab while the reload closes the old
    // add-on's page can race it (BiDi: "browsing context discarded", once at a load of 12): tried again.
    const reopened = await openExtensionPage(firefox, 'options.html', 'main').catch(async () => {
      await new Promise((done) => setTimeout(done, RETRY_AFTER_MS));
      return openExtensionPage(firefox, 'options.html', 'main');
    });
    await reopened.close();

    // Firefox injects a starting add-on's content scripts into the tabs already open: the page gets the
    // new one (a second start), which highlights it and answers the pointer with one card.
    await page.bringToFront();
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('parallax:start').length >= 2 &&
        performance.getEntriesByName('parallax:highlighted').length >= 2,
      { timeout: HANG_GUARD_MS, polling: 50 },
    );
    expect(Object.keys(await page.evaluate(parallaxHighlightSizes)).length).toBeGreaterThan(0);
    await restPointerOn(page, 'Witkoff');
    expect((await waitForCard(page)).others.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-parallax-card]').length)).toBe(1);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    await page.close();

    const fresh = await openScannedPage(browser, site.url(`${SEED_ID}.html`));
    await restPointerOn(fresh, 'Putin');
    expect((await waitForCard(fresh)).label).toBe('Vladimir Putin');
    await fresh.close();
    expect(errors).toEqual([]);
  });
});
