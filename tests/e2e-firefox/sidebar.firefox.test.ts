import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.browser.close();
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
});
