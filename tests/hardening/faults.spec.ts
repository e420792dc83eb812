import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';
import { LOADING_AFTER_MS } from '../../lib/content/start-parallax';
import { CARD_ATTEMPT_MS } from '../../lib/content/with-deadline';
import { test, expect } from '../e2e/fixtures';
import { ArticlePage } from '../e2e/pages/article-page';
import { HANG_GUARD_MS, quietPeriodMs } from '../support/browser/hang-guard';
import { launchChromiumWithExtension } from '../support/browser/launch-chromium';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { controlExtensionWorker } from './support/control-extension-worker';
import { debugExtensionWorker, type ExtensionWorkerDebugger } from './support/debug-extension-worker';
import { cardTimeline, watchCardStates, type CardTimeline } from './support/watch-card-states';

const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';
/** A second CDP client pauses the service worker (tests/hardening/support/debug-extension-worker.ts). */
const DEBUGGING_PORT_FLAG = '--remote-debugging-port=0';
/** How long the slow background keeps a card request waiting: well past "Loading…", inside one attempt. */
const SLOW_PAUSE_MS = 1_500;
/** Two attempts that each run out their deadline, then the hang guard. */
const ERROR_SHOWN_MS = 2 * CARD_ATTEMPT_MS + HANG_GUARD_MS;
/**
 * A retry is sent only when an attempt's deadline runs out, CARD_ATTEMPT_MS
 * after it began: waiting that long after the last request (and a quiet
 * margin) is long enough to see one, were one coming.
 */
const NO_MORE_REQUESTS_MS = CARD_ATTEMPT_MS + quietPeriodMs(0);

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
    const before = await article.waitForCard();
    await article.pressEscape();
    // Off the mention, so no card comes back to cover the next one.
    await page.mouse.move(1, 1);
    await expect(article.cardHost).toHaveCount(0);

    const worker = await controlExtensionWorker(context, extensionId);
    await worker.stop();
    await page.bringToFront();

    await article.restPointerOn('Putin');
    const after = await article.waitForCard();
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
  // The control case: before the reload, resting there opens a card, this fast on this machine now.
  const cardMs = await article.timeCardOpen('Putin');
  const putin = await article.locate('Putin');

  reloadExtension(background);
  await expect.poll(() => article.highlightNames(), { timeout: HANG_GUARD_MS, intervals: [100] }).toEqual([]);

  // The old listeners are gone: resting on the word opens no card (and asks no dead background).
  await article.movePointerTo(putin);
  await page.waitForTimeout(quietPeriodMs(cardMs));
  await expect(article.cardHost).toHaveCount(0);
  expect(errors).toEqual([]);

  await page.reload();
  await article.waitForScan();
  expect(Object.keys(await article.highlights()).length).toBeGreaterThan(0);
  await article.restPointerOn('Witkoff');
  expect((await article.waitForCard()).others.length).toBeGreaterThan(0);

  const fresh = await ArticlePage.open(await context.newPage(), site.url(`${PAGE_SOURCE}.html`));
  await fresh.restPointerOn('Putin');
  expect((await fresh.waitForCard()).label).toBe('Vladimir Putin');
  expect(errors).toEqual([]);
}

/** The steps shared by the slow and the silent background: a browser whose service worker a test can pause. */
async function withPausableWorker(
  steps: (article: ArticlePage, worker: ExtensionWorkerDebugger, errors: string[]) => Promise<void>,
): Promise<void> {
  const browser = await launchChromiumWithExtension({ args: [DEBUGGING_PORT_FLAG] });
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  let worker: ExtensionWorkerDebugger | undefined;
  try {
    // The page's own set-up request is answered before the background goes slow.
    const article = await ArticlePage.open(page, site.url(`${PAGE_SOURCE}.html`));
    worker = await debugExtensionWorker(browser.profileDir, browser.extensionId);
    await worker.countItemCardRequests();
    await steps(article, worker, errors);
  } finally {
    await worker?.close();
    await browser.close();
  }
}

/** When the card showed each state, once it has shown `status`. */
async function waitForCardState(
  article: ArticlePage,
  status: keyof CardTimeline,
  timeout: number,
): Promise<CardTimeline> {
  await expect
    .poll(async () => (await article.page.evaluate(cardTimeline))?.[status], { timeout, intervals: [50] })
    .toBeDefined()
    .catch(async (error: unknown) => {
      // What the card was doing instead, so that a failure says why.
      const seen = await article.page.evaluate(cardTimeline);
      const hosts = await article.cardHost.count();
      const text = hosts > 0 ? await article.card.textContent().catch(() => null) : null;
      console.log(
        `faults: no "${status}" state: timeline ${JSON.stringify(seen)}, ${hosts} card host(s), text ${JSON.stringify(text)}`,
      );
      throw error;
    });
  return (await article.page.evaluate(cardTimeline)) as CardTimeline;
}

/** The page still scrolls under the wheel and takes typing into its own field. */
async function expectPageResponsive(article: ArticlePage): Promise<void> {
  const { page } = article;
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  const field = page.locator('#faults-field');
  await field.click();
  await page.keyboard.type('still here');
  await expect(field).toHaveValue('still here');
}

test.describe('the background answers slowly or not at all', () => {
  test('a slow background: the card says "Loading…" after about 100 ms, then shows the answer once it comes, from one request', async () => {
    await withPausableWorker(async (article, worker, errors) => {
      await article.page.evaluate(watchCardStates);
      await worker.pause();
      await article.restPointerOn('Witkoff');
      // The card's request reached the worker and stopped there.
      await worker.paused();
      await article.page.waitForTimeout(SLOW_PAUSE_MS);
      const waiting = await article.page.evaluate(cardTimeline);
      await worker.resume();

      const card = await article.waitForCard();
      const timeline = (await article.page.evaluate(cardTimeline)) ?? {};
      console.log(`faults: slow background: card states at ${JSON.stringify(timeline)} ms`);
      expect(waiting, 'still loading while the worker is paused').toEqual({ loading: timeline.loading });
      expect(timeline.loading).toBeGreaterThanOrEqual(LOADING_AFTER_MS);
      expect(timeline.loading).toBeLessThan(timeline.ready ?? 0);
      expect(timeline.ready).toBeGreaterThanOrEqual(SLOW_PAUSE_MS);
      expect(timeline.error).toBeUndefined();
      expect(card.others.length).toBeGreaterThan(0);
      // Answered inside its deadline: no second attempt.
      await article.page.waitForTimeout(NO_MORE_REQUESTS_MS);
      expect(await worker.itemCardRequests()).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  });

  test('a silent background: the card shows its error after one retry, the page goes on as before, and once the background is back the next hover gets its card', async () => {
    await withPausableWorker(async (article, worker, errors) => {
      const { page } = article;
      await page.evaluate(() => {
        const field = document.createElement('input');
        field.id = 'faults-field';
        document.body.prepend(field);
      });
      const bodyText = await page.evaluate(() => document.body.textContent);
      await page.evaluate(watchCardStates);
      await worker.pause();
      await article.restPointerOn('Witkoff');
      await worker.paused();

      const timeline = await waitForCardState(article, 'error', ERROR_SHOWN_MS);
      console.log(`faults: silent background: card states at ${JSON.stringify(timeline)} ms`);
      expect(timeline.loading).toBeGreaterThanOrEqual(LOADING_AFTER_MS);
      expect(timeline.loading).toBeLessThan(timeline.error ?? 0);
      expect(timeline.error).toBeGreaterThanOrEqual(2 * CARD_ATTEMPT_MS);
      expect(timeline.ready).toBeUndefined();
      await expect(article.card.locator('[role="alert"]')).toHaveText('Parallax could not load this item.');
      // Still silent: the page is as it was and does what it did.
      expect(await page.evaluate(() => document.body.textContent)).toBe(bodyText);
      await expectPageResponsive(article);
      expect(errors).toEqual([]);

      // The two attempts waited in the paused worker; it takes them now, and no third comes.
      await worker.resume();
      await expect.poll(() => worker.itemCardRequests()).toHaveLength(2);
      await page.waitForTimeout(NO_MORE_REQUESTS_MS);
      const requests = await worker.itemCardRequests();
      expect(requests).toHaveLength(2);
      expect(requests[1]).toBe(requests[0]);

      await article.pressEscape();
      await page.mouse.move(1, 1);
      await expect(article.cardHost).toHaveCount(0);
      await article.restPointerOn('Putin');
      expect((await article.waitForCard()).label).toBe('Vladimir Putin');
      expect(errors).toEqual([]);
    });
  });
});
