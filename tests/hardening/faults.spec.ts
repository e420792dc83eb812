import { test, expect } from '../e2e/fixtures';
import { ArticlePage } from '../e2e/pages/article-page';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { controlExtensionWorker } from './support/control-extension-worker';

/**
 * The card's budget after the service worker was stopped: the worker starts
 * again and reloads the corpus (tens of milliseconds), so a card still opens
 * well inside a couple of seconds.
 */
const CARD_AFTER_RESTART_MS = 3_000;
const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';

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
