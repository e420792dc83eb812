import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  cardAnimationsFinished,
  engineUsedEarlyStart,
  parallaxHighlightSizes,
} from '../support/browser/in-page';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { renderSeedPage } from '../support/browser/render-seed-page';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';
import { openScannedPage, restPointerOn, waitForCard } from './article-tab';
import { ExtensionHelper } from './extension-helper';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/** The add-on's id (wxt.config.ts's browser_specific_settings). */
const GECKO_ID = 'parallax@parallax.invalid';

/** A corpus article with a known outlet (The Straits Times). */
const SEED_ID = '003_ef5a6fde2ba6a5a5';
const SCREENSHOTS_DIR = 'test-results/screenshots';

/**
 * A page script that breaks the DOM APIs a content script might reach for (as in
 * tests/hardening/hostile-pages.spec.ts): Firefox's content scripts see the page through Xray
 * wrappers, so the page's own prototypes are not Parallax's.
 */
const HOSTILE_SCRIPT = `
  for (const name of ['appendChild', 'insertBefore', 'removeChild', 'append']) {
    const proto = name === 'append' ? Element.prototype : Node.prototype;
    proto[name] = function () { throw new Error('page: ' + name + ' is mine'); };
  }
  Element.prototype.attachShadow = function () { throw new Error('page: no shadow roots'); };`;

let firefox: FirefoxWithExtension;
let browser: Browser;
let site: SeedSite;
let helper: ExtensionHelper;

beforeAll(async () => {
  site = await serveSeedSite((articles) => {
    const seed = articles.find((article) => article.meta.id === SEED_ID);
    if (!seed) throw new Error(`e2e-firefox: seed ${SEED_ID} is not in the corpus`);
    return {
      'hostile.html': renderSeedPage(seed).replace('<head>', `<head>\n<script>${HOSTILE_SCRIPT}</script>`),
    };
  });
  firefox = await launchFirefoxWithExtension();
  ({ browser } = firefox);
  helper = await ExtensionHelper.open(firefox);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the seed page (or another of the site's pages) once the content script has finished its first scan. */
function openSeedPage(file = `${SEED_ID}.html`): Promise<Page> {
  return openScannedPage(browser, site.url(file));
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

  it('the next-item command (what the background sends the active tab) opens the first item’s card with focus in it', async () => {
    // BiDi's key actions are dispatched inside the page's content process, and Firefox's extension
    // shortcuts are keys of the browser window's chrome: Alt+Shift+J pressed this way never reaches
    // commands.onCommand. So the test sends what the background's command handler would send.
    const page = await openSeedPage();
    const tabId = await helper.tabIdOf(page);

    await helper.sendToTab(tabId, { type: 'focus-mention', direction: 'next' });

    const card = await waitForCard(page);
    expect(card.focused).toBe(true);
    expect(card.summary).toMatch(/^Mentioned by \d+ of \d+ sources/);
    expect((await page.evaluate(parallaxHighlightSizes))['parallax-focus']).toBe(1);
    await page.close();
  });

  it('the popup’s switches: off removes every highlight, on brings them back, off for this site removes them again', async () => {
    const page = await openSeedPage();
    const tabId = await helper.tabIdOf(page);
    const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`, 'input[name="site"]');
    const painted = () =>
      page.evaluate(() => {
        let ranges = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('parallax')) ranges += highlight.size;
        });
        return ranges;
      });
    const waitForPainted = (some: boolean) =>
      page.waitForFunction(
        (wanted: boolean) => {
          let ranges = 0;
          CSS.highlights.forEach((highlight, name) => {
            if (name.startsWith('parallax')) ranges += highlight.size;
          });
          return ranges > 0 === wanted;
        },
        { timeout: HANG_GUARD_MS, polling: 50 },
        some,
      );
    expect(await painted()).toBeGreaterThan(0);

    // The switches sit in the folded "Settings" disclosure.
    await popup.click('details.popup-settings > summary');
    await popup.waitForSelector('input[name="enabled"]', { visible: true, timeout: HANG_GUARD_MS });
    await popup.click('input[name="enabled"]');
    await waitForPainted(false);
    await popup.waitForSelector('::-p-text(Parallax is paused.)', { timeout: HANG_GUARD_MS });

    await popup.click('input[name="enabled"]');
    await waitForPainted(true);

    await popup.click('input[name="site"]');
    await waitForPainted(false);
    await popup.waitForSelector('::-p-text(Parallax is off on 127.0.0.1.)', { timeout: HANG_GUARD_MS });
    // Back on for the tests after this one (the settings live in the profile).
    await popup.click('input[name="site"]');
    await waitForPainted(true);
    await popup.close();
    await page.close();
  });

  it('a page that overrides Node and Element prototypes is highlighted, shows the card, and keeps its text', async () => {
    const page = await openSeedPage('hostile.html');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const text = await page.evaluate(() => document.body.textContent);

    expect((await page.evaluate(parallaxHighlightSizes))['parallax-person']).toBeGreaterThan(0);
    await restPointerOn(page, 'Witkoff');
    expect((await waitForCard(page)).label).toBe('Steve Witkoff');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('parallax-card') === null, {
      timeout: HANG_GUARD_MS,
    });

    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Last in the file: the add-on is gone for the rest of this browser's life.
describe('Parallax removed from Firefox ESR while a page shows its highlights', () => {
  it('leaves the page looking as it was, with the same text and no card', async () => {
    // Firefox nukes a removed add-on's content scripts at once, so none of Parallax's own clean-up
    // runs: the page keeps the Highlight objects it registered, but the ::highlight styles go with
    // the add-on's style sheet, so nothing is painted. The claim is what the reader sees.
    const page = await openSeedPage();
    const text = await page.evaluate(() => document.body.textContent);
    const shot = () => page.screenshot({ encoding: 'base64', clip: { x: 0, y: 0, width: 800, height: 600 } });
    const highlighted = await shot();

    await browser.uninstallExtension(GECKO_ID);

    // The control: the same page, reloaded with no add-on, is what "as it was" looks like.
    const reader = await browser.newPage();
    await reader.goto(site.url(`${SEED_ID}.html`));
    const plain = await reader.screenshot({
      encoding: 'base64',
      clip: { x: 0, y: 0, width: 800, height: 600 },
    });
    await reader.close();
    expect(highlighted).not.toBe(plain);
    await page.bringToFront();
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: HANG_GUARD_MS });
    expect(await shot()).toBe(plain);
    expect(await page.evaluate(() => document.querySelector('[data-parallax-card]'))).toBeNull();
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    await page.close();
  });
});
