import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';
import { INVALIDATION_CHECK_MS } from '../../lib/content/watch-invalidation';
import { test, expect } from '../e2e/fixtures';
import { ArticlePage } from '../e2e/pages/article-page';
import { launchChromiumWithExtension } from '../e2e/support/launch-chromium';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { controlExtensionWorker } from './support/control-extension-worker';

/**
 * The card's budget after the service worker was stopped: the worker starts
 * again and reloads the corpus (tens of milliseconds), so a card still opens
 * well inside a couple of seconds.
 */
const CARD_AFTER_RESTART_MS = 3_000;
const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';
/** The reloaded extension's worker starts within a second or two; the old script notices within one check. */
const RELOAD_NOTICED_MS = INVALIDATION_CHECK_MS + 4_000;

/**
 * Page errors, and console errors from any world of the page (the content script's included),
 * except the browser's note that the test site has no favicon.ico.
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

/**
 * Reloads the extension as an update does, from its own service worker. The worker evaluating
 * this is torn down at once, so the call never answers; the new worker starts when first asked.
 */
function reloadExtension(background: Worker): void {
  background
    .evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { reload: () => void } } };
      chrome.runtime.reload();
    })
    .catch(() => undefined);
}

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

test.describe('faults', () => {
  test('the service worker is stopped mid-session: the next hover still gets its card', async ({
    page,
    context,
    extensionId,
  }) => {
    const article = await ArticlePage.open(page, site.url(`${PAGE_SOURCE}.html`));
    await article.restPointerOn('Witkoff');
    const before = await article.waitForCard(CARD_AFTER_RESTART_MS);
    await article.pressEscape();
    // Off the mention, so no card comes back to cover the next one.
    await page.mouse.move(1, 1);
    await expect(article.cardHost).toHaveCount(0);

    const worker = await controlExtensionWorker(context, extensionId);
    await worker.stop();
    await page.bringToFront();

    await article.restPointerOn('Putin');
    const after = await article.waitForCard(CARD_AFTER_RESTART_MS);
    expect(after.label).toBe('Vladimir Putin');
    expect(after.others.length).toBeGreaterThan(0);
    // The card's request is what started the worker again.
    await worker.restarted();
    await worker.close();
    expect(before.others.length).toBeGreaterThan(0);
  });
});

test.describe('extension reloaded with a highlighted tab open', () => {
  test('the old content script removes its highlights and listeners without an error; a reload of the tab and a new tab get the new one', async () => {
    // Its own browser: the profile needs developer mode for the extension to come back after reloading.
    const browser = await launchChromiumWithExtension({ developerMode: true });
    const { context } = browser;
    const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    try {
      await reloadLeavesThePageClean(context, background, page);
    } finally {
      await browser.close();
    }
  });
});

/** The steps of the reload test, in a browser of its own. */
async function reloadLeavesThePageClean(
  context: BrowserContext,
  background: Worker,
  page: Page,
): Promise<void> {
  const errors = collectErrors(page);
  const article = await ArticlePage.open(page, site.url(`${PAGE_SOURCE}.html`));
  expect(Object.keys(await article.highlights()).length).toBeGreaterThan(0);
  const putin = await article.locate('Putin');

  reloadExtension(background);
  await expect
    .poll(() => article.highlightNames(), { timeout: RELOAD_NOTICED_MS, intervals: [100] })
    .toEqual([]);

  // The old listeners are gone: resting on the word opens no card (and asks no dead background).
  await article.movePointerTo(putin);
  await page.waitForTimeout(1_000);
  await expect(article.cardHost).toHaveCount(0);
  expect(errors).toEqual([]);

  await page.reload();
  await article.waitForScan();
  expect(Object.keys(await article.highlights()).length).toBeGreaterThan(0);
  await article.restPointerOn('Witkoff');
  expect((await article.waitForCard(CARD_AFTER_RESTART_MS)).others.length).toBeGreaterThan(0);

  const fresh = await ArticlePage.open(await context.newPage(), site.url(`${PAGE_SOURCE}.html`));
  await fresh.restPointerOn('Putin');
  expect((await fresh.waitForCard(CARD_AFTER_RESTART_MS)).label).toBe('Vladimir Putin');
  expect(errors).toEqual([]);
}
