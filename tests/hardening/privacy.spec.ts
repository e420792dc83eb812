import { test, expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { ArticlePage, BODY_PARAGRAPHS } from '../e2e/pages/article-page';
import { PopupPage } from '../e2e/pages/popup-page';
import { SidebarPage } from '../e2e/pages/sidebar-page';
import { HANG_GUARD_MS, quietPeriodMs } from '../support/browser/hang-guard';
import { launchChromiumWithExtension } from '../support/browser/launch-chromium';
import { serveFixtures } from '../support/browser/serve';
import { setParallaxSettings } from '../support/browser/set-parallax-settings';
import { serveSeedSite } from '../e2e/support/serve-seed-site';
import { tabIdOf } from '../e2e/support/tab-id-of';
import { CONTENT_ENGINE_PATH } from '../../lib/content/engine-module';
import { missingShared, savedPageNames, sharedPath } from '../helpers/shared-dir';
import { attributeRequests, type AttributedRequest, type RequestContext } from './support/attribute-requests';
import { controlExtensionWorker } from './support/control-extension-worker';
import { DEBUGGING_PORT_FLAG, LOCAL_ONLY_FLAG, pageOwnRequests } from './support/page-own-requests';
import { recordNetwork } from './support/record-network';

/** Saved real pages, read where they are at run time (never copied into the repository). */
const PAGES_DIR = sharedPath('pages');
const REAL_PAGES = savedPageNames();
/** The seed page the popup and the sidebar are about, and an item on it most sources mention. */
const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';
const ITEM = 'Steve Witkoff';
/** A saved page on a loaded two-core machine can take many seconds to fire `load`. */
const PAGE_LOAD_TIMEOUT_MS = 45_000;

/**
 * Scrolls the first Parallax highlight inside `within` to the middle of the viewport and returns
 * the centre of its first line box (runs in the page: self-contained).
 */
function firstHighlightCentre(within: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('parallax') || name === 'parallax-focus') continue;
    for (const range of highlight) {
      const block = range.startContainer.parentElement;
      if (!(range instanceof Range) || !block?.closest(within)) continue;
      block.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = range.getClientRects()[0];
      if (box && box.width > 0) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  return null;
}

/** Opens a card on the first highlighted item inside `within`; false when there is none to point at. */
async function openFirstCard(article: ArticlePage, within: string): Promise<boolean> {
  const point = await article.page.evaluate(firstHighlightCentre, within);
  if (!point) return false;
  await article.movePointerTo(point);
  await article.waitForCard();
  await article.pressEscape();
  await article.page.mouse.move(1, 1);
  return true;
}

/** Asks for `url` from the page's main world (an extension page's own code). */
async function fetchFrom(page: Page, url: string): Promise<void> {
  await page.evaluate(
    (target) =>
      fetch(target, { mode: 'no-cors' }).then(
        () => undefined,
        () => undefined,
      ),
    url,
  );
}

test.describe('privacy', () => {
  test('no extension context makes a request outside the extension while browsing, hovering, searching, comparing and exporting', async () => {
    test.slow();
    test.setTimeout(600_000);
    // Without ../shared the seed pages are browsed alone; the report says so.
    const noSavedPages = missingShared('pages');
    if (noSavedPages)
      test.info().annotations.push({ type: 'without saved pages', description: noSavedPages });
    const site = await serveSeedSite();
    const saved = await serveFixtures({ '/pages': PAGES_DIR });
    // Controls ask for this server's /probe/<context>: the recorder must catch each one.
    const probes = await serveFixtures({});
    const seedUrls = site.articles.map((article) => site.url(`${article.meta.id}.html`));
    const realUrls = REAL_PAGES.map((name) => saved.url(`/pages/${name}/source.html`));
    const pageOwn = await pageOwnRequests([...seedUrls, ...realUrls]);

    const browser = await launchChromiumWithExtension({ args: [DEBUGGING_PORT_FLAG, LOCAL_ONLY_FLAG] });
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    const recorder = await recordNetwork(browser.profileDir);
    try {
      // The worker started before the recorder could attach: stopped now, its next start (paused
      // until the recorder has enabled the Network domain) is recorded from its first line.
      const worker = await controlExtensionWorker(browser.context, browser.extensionId);
      await worker.stop();
      await worker.close();

      const page = await browser.context.newPage();
      for (const url of seedUrls) {
        const article = await ArticlePage.open(page, url);
        expect(await openFirstCard(article, BODY_PARAGRAPHS), `a card on ${url}`).toBe(true);
      }
      // Real pages put overlays and odd layouts over their text: a card is tried on each, and counted.
      // They are about other stories, where by default little or nothing is highlighted: every
      // known item is, so that hovering (and its requests) is exercised on their DOMs too.
      const [running] = browser.context.serviceWorkers();
      if (!running) throw new Error('privacy: no service worker to change the settings from');
      await setParallaxSettings(running, { highlightScope: 'every' });
      let realCards = 0;
      for (const url of realUrls) {
        await page.goto(url, { timeout: PAGE_LOAD_TIMEOUT_MS });
        const article = await ArticlePage.attach(page);
        if (await openFirstCard(article, 'body').catch(() => false)) realCards++;
      }
      console.log(`privacy: cards opened on ${realCards} of ${realUrls.length} real pages`);
      // Without one, the real pages would have tested browsing only, not hovering.
      if (realUrls.length > 0) expect(realCards, 'cards opened on real pages').toBeGreaterThan(0);

      const article = await ArticlePage.open(page, site.url(`${PAGE_SOURCE}.html`));
      const [background] = browser.context.serviceWorkers();
      if (!background) throw new Error('privacy: no service worker to ask for the tab id');
      const tabId = await tabIdOf(background, article.page);

      const popup = await PopupPage.open(await browser.context.newPage(), browser.extensionId, tabId);
      await popup.search('shadow fleet');
      await expect(popup.groups.first()).toBeVisible();

      const sidebar = await SidebarPage.open(await browser.context.newPage(), browser.extensionId, tabId);
      await sidebar.compareItem(ITEM);
      await sidebar.download('Download Markdown');
      await sidebar.download('Download JSON');

      const options = await browser.context.newPage();
      await options.goto(`${extensionOrigin}/options.html`);
      await options.locator('main').waitFor();

      // Controls: one request to a foreign origin from each context, which must be caught.
      const probe = (context: string): string => probes.url(`/probe/${context}`);
      const worker2 = recorder.sessionFor(
        (type, url) => type === 'service_worker' && url.startsWith(extensionOrigin),
      );
      if (!worker2) throw new Error('privacy: the recorder is not attached to the service worker');
      await worker2.send('Runtime.evaluate', {
        expression: `fetch(${JSON.stringify(probe('service-worker'))}).catch(() => undefined)`,
        awaitPromise: true,
      });
      const probed = Date.now();
      await fetchFrom(popup.page, probe('popup'));
      await fetchFrom(sidebar.page, probe('sidebar'));
      await fetchFrom(options, probe('options'));
      // Web-accessible files (the content script's engine) come from the session's own extension id.
      const sessionOrigin = await fetchFromContentScript(
        recorder,
        article.page.url(),
        extensionOrigin,
        probe('content-script'),
      );
      const controls: Record<string, RequestContext> = {
        [probe('service-worker')]: 'service worker',
        [probe('popup')]: 'popup',
        [probe('sidebar')]: 'sidebar',
        [probe('options')]: 'options',
        [probe('content-script')]: 'web page (content script)',
      };
      const unseenControls = () => {
        const recorded = attributeRequests(recorder.requests, extensionOrigin, pageOwn, [sessionOrigin]);
        return Object.entries(controls)
          .filter(
            ([url, context]) =>
              !recorded.some(
                (request) =>
                  request.url === url && request.context === context && request.verdict === 'not allowed',
              ),
          )
          .map(([, context]) => `the control request from the ${context}`);
      };
      // Every control is recorded, and not allowed; then as long again (three times) for anything still in flight.
      await expect.poll(unseenControls, { timeout: HANG_GUARD_MS }).toEqual([]);
      await page.waitForTimeout(quietPeriodMs(Date.now() - probed));
      const attributed = attributeRequests(recorder.requests, extensionOrigin, pageOwn, [sessionOrigin]);
      const summary = summarise(attributed);
      test.info().annotations.push({ type: 'requests per context', description: JSON.stringify(summary) });
      console.log(`privacy: requests per context ${JSON.stringify(summary, null, 1)}`);
      for (const context of ['service worker', 'popup', 'sidebar', 'options', 'web page (content script)'])
        expect(
          summary[context]?.['own extension file'] ?? summary[context]?.["the page's own"],
          context,
        ).toBeGreaterThan(0);

      const leaks = attributed
        .filter((request) => request.verdict === 'not allowed' && !(request.url in controls))
        .map(
          (request) =>
            `${request.context}: ${request.url} (${request.initiatorType} ${request.initiatorUrls.join(' ← ')})`,
        );
      expect(leaks).toEqual([]);
    } finally {
      await recorder.close();
      await browser.close();
      await Promise.all([site.close(), saved.close(), probes.close()]);
    }
  });
});

function summarise(requests: readonly AttributedRequest[]): Record<string, Record<string, number>> {
  const summary: Record<string, Record<string, number>> = {};
  for (const { context, verdict } of requests) {
    const counts = (summary[context] ??= {});
    counts[verdict] = (counts[verdict] ?? 0) + 1;
  }
  return summary;
}

/**
 * Runs a fetch in the content script's isolated world of the tab at `pageUrl`
 * (CDP names that world after the extension and gives it the extension's origin),
 * and returns the origin that world's `runtime.getURL` gives its web-accessible files.
 */
async function fetchFromContentScript(
  recorder: Awaited<ReturnType<typeof recordNetwork>>,
  pageUrl: string,
  extensionOrigin: string,
  url: string,
): Promise<string> {
  const session = recorder.sessionFor((type, targetUrl) => type === 'page' && targetUrl === pageUrl);
  if (!session) throw new Error(`privacy: the recorder is not attached to ${pageUrl}`);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }: { context: (typeof worlds)[number] }) =>
    worlds.push(context),
  );
  await session.send('Runtime.enable');
  const world = worlds.find(
    (context) => context.auxData?.type === 'isolated' && context.origin === extensionOrigin,
  );
  if (!world) throw new Error(`privacy: no content-script world in ${pageUrl}`);
  await session.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `fetch(${JSON.stringify(url)}, { mode: 'no-cors' }).catch(() => undefined)`,
    awaitPromise: true,
  });
  const { result } = (await session.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `new URL(chrome.runtime.getURL(${JSON.stringify(CONTENT_ENGINE_PATH)})).origin`,
    returnByValue: true,
  })) as { result: { value: string } };
  await session.send('Runtime.disable');
  return result.value;
}
