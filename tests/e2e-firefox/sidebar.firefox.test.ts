import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { hasScanned } from '../support/browser/in-page';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { renderSpaPage, SPA_NAVIGATE } from '../e2e/support/render-spa-page';
import { ExtensionHelper } from './extension-helper';
import { waitForDownload } from './wait-for-download';
import { pollInPage } from './poll-in-page';

/** A corpus article with a known outlet, and one item most sources mention. */
const SEED_ID = '003_ef5a6fde2ba6a5a5';
const ITEM_ID = 'steve-witkoff';
/** Another story's article (the March 2025 pause), which the SPA page swaps in. */
const SPA_NEXT = '004_cf8e87853554287d';

let firefox: FirefoxWithExtension;
let site: SeedSite;
let helper: ExtensionHelper;
let downloads: string;

beforeAll(async () => {
  site = await serveSeedSite((articles) => {
    const [first, next] = [SEED_ID, SPA_NEXT].map((id) => articles.find((article) => article.meta.id === id));
    if (!first || !next) throw new Error('e2e-firefox: a seed of the SPA page is not in the corpus');
    return { 'spa.html': renderSpaPage(first, next, 'spa-next.html') };
  });
  downloads = mkdtempSync(join(tmpdir(), 'parallax-firefox-downloads-'));
  firefox = await launchFirefoxWithExtension(undefined, downloads);
  helper = await ExtensionHelper.open(firefox);
});

afterAll(async () => {
  await firefox?.browser.close();
  await site?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** The sidebar's document (Firefox's sidebar_action panel) opened as a page. */
function openSidebar(): Promise<Page> {
  return openExtensionPage(firefox, 'sidebar.html', 'main.sidebar');
}

describe('sidebar in Firefox ESR', () => {
  it('is declared as the sidebar_action panel and loads; about a page it cannot read, it says so', async () => {
    const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8')) as {
      sidebar_action?: { default_panel?: string };
    };
    expect(manifest.sidebar_action?.default_panel).toBe('sidebar.html');
    const page = await openSidebar();

    // The tab it follows is its own moz-extension:// page, which has no content script.
    await page.waitForSelector('.sidebar-status-unsupported', { timeout: HANG_GUARD_MS });
    await page.close();
  });

  it('asked for a query (as the popup asks), compares how the sources report it side by side', async () => {
    const page = await openSidebar();

    // What the popup writes after opening the sidebar (lib/browser/open-sidebar.ts).
    await page.evaluate(async () => {
      const { browser: api } = globalThis as unknown as {
        browser: { storage: { session: { set: (items: Record<string, unknown>) => Promise<void> } } };
      };
      await api.storage.session.set({
        sidebarView: { tabId: null, view: { kind: 'query', query: 'shadow fleet' } },
      });
    });

    await page.waitForSelector('li.comparison-source', { timeout: HANG_GUARD_MS });
    const title = await page.$eval('.comparison-title', (element) => element.textContent ?? '');
    const sources = await page.$$eval('li.comparison-source', (columns) =>
      columns.map((column) => column.getAttribute('data-source-id') ?? ''),
    );
    expect(title).toBe('shadow fleet');
    expect(new Set(sources).size).toBeGreaterThanOrEqual(3);
    expect(await page.$('ul.facts, p.facts-none')).not.toBeNull();
    await page.close();
  });

  it('the popup’s “Open sidebar” opens Firefox’s sidebar through sidebarAction, on the page’s story; an item opens its comparison', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(site.url(`${SEED_ID}.html`));
    await page.waitForFunction(hasScanned, { timeout: HANG_GUARD_MS, polling: 50 });
    const tabId = await helper.tabIdOf(page);
    await helper.closeSidebar();
    expect(await helper.sidebarOpen()).toBe(false);

    // A BiDi click is a user action for Firefox: the popup's click handler may open the sidebar.
    const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`, 'button.open-sidebar');
    await popup.click('button.open-sidebar');
    await pollInPage(
      popup,
      async () =>
        (
          globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }
        ).browser.sidebarAction.isOpen({}),
      { timeout: HANG_GUARD_MS, polling: 50 },
    );
    await helper.waitForSidebarOpen();
    expect(await helper.sidebarOpen()).toBe(true);
    // The sidebar follows the active tab: the reader goes back to the page.
    await page.bringToFront();
    expect(await helper.waitInSidebar('.briefing-source.is-page', 'data-source-id')).toBe(SEED_ID);

    // An item of "On this page" in the popup opens its comparison in the open sidebar.
    await popup.bringToFront();
    const item = `button.page-item[data-item-id="${ITEM_ID}"]`;
    // The popup lists the few most informative items first; the rest behind "Show all".
    await popup.waitForSelector('button.page-item', { timeout: HANG_GUARD_MS });
    if ((await popup.$(item)) === null) await popup.click('button.page-items-all');
    await popup.waitForSelector(item, { timeout: HANG_GUARD_MS });
    await popup.click(item);
    expect(await helper.waitInSidebar('.comparison-title')).toBe('Steve Witkoff');
    await helper.waitInSidebar('ul.facts, p.facts-none');

    // Its export downloads as Markdown, the sources quoted.
    await helper.clickInSidebar('.comparison-export button.sidebar-button');
    const file = await waitForDownload(downloads, '.md');
    const markdown = readFileSync(join(downloads, file), 'utf8');
    expect(markdown).toMatch(/^# .*Steve Witkoff/mu);
    await popup.close();
    await page.close();
  });

  it('after a history-API navigation to another story, the sidebar shows the new page’s story', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(site.url('spa.html'));
    await page.waitForFunction(hasScanned, { timeout: HANG_GUARD_MS, polling: 50 });
    const tabId = await helper.tabIdOf(page);
    await helper.page.evaluate(async (tab: number) => {
      const { browser: api } = globalThis as unknown as {
        browser: { storage: { session: { set: (items: Record<string, unknown>) => Promise<void> } } };
      };
      await api.storage.session.set({ sidebarView: { tabId: tab, view: { kind: 'page' } } });
    }, tabId);
    const sidebar = await openExtensionPage(firefox, `sidebar.html?tab=${tabId}`, 'main.sidebar');
    const ownSource = () =>
      pollInPage(
        sidebar,
        () => document.querySelector('.briefing-source.is-page')?.getAttribute('data-source-id') ?? null,
        { timeout: HANG_GUARD_MS, polling: 50 },
      );
    expect(await ownSource()).toBe(SEED_ID);

    await page.evaluate(
      (name: string) => (window as unknown as Record<string, () => void>)[name]?.(),
      SPA_NAVIGATE,
    );

    await pollInPage(
      sidebar,
      (next: string) =>
        document.querySelector('.briefing-source.is-page')?.getAttribute('data-source-id') === next,
      { timeout: HANG_GUARD_MS, polling: 50 },
      SPA_NEXT,
    );
    await sidebar.close();
    await page.close();
  });
});
