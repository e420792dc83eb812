import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { domSnapshot, hasScanned, hasStarted, parallaxHighlightSizes } from '../support/browser/in-page';
import { settledSnapshot, type DomSnapshot } from '../support/browser/settled-snapshot';
import { serveFixtures, type FixtureServer } from '../support/browser/serve';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { savedPageNames, sharedPath, unlessShared } from '../helpers/shared-dir';
import {
  launchFirefox,
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxWithExtension,
} from './launch-firefox';
import { openScannedPage, restPointerOn, waitForCard } from './article-tab';
import { ExtensionHelper } from './extension-helper';
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from './recording-proxy';

/** A corpus article with a known outlet (The Straits Times). */
const SEED_ID = '003_ef5a6fde2ba6a5a5';
/** Typed into the popup: words that must not appear in any request the browser sends. */
const QUERY = 'Witkoff sanctions';
const PAGE_NAMES = savedPageNames();
/** Saved pages whose own scripts keep changing their DOM, named and capped: more would make the check hollow. */
const MAX_UNSTABLE_PAGES = 1;
/** How long the control browser is watched after its page loads: as long as the add-on's run takes, and more. */
const CONTROL_WATCH_MS = 5_000;
/** The control is watched until it sent nothing new for this long. */
const CONTROL_QUIET_MS = 2_000;

let proxy: RecordingProxy;
let firefox: FirefoxWithExtension;
let browser: Browser;
let site: SeedSite;
let pages: FixtureServer;
let helper: ExtensionHelper;

beforeAll(async () => {
  site = await serveSeedSite();
  pages = await serveFixtures({ '/pages': sharedPath('pages') });
  proxy = await startRecordingProxy([site.url('/'), pages.origin]);
  firefox = await launchFirefoxWithExtension(undefined, undefined, proxy.firefoxPrefs());
  ({ browser } = firefox);
  helper = await ExtensionHelper.open(firefox);
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await pages?.close();
  await site?.close();
});

/** Writes Parallax's settings as the popup does (from an extension page: Firefox's background is not reachable). */
async function setEnabled(enabled: boolean): Promise<void> {
  await helper.page.evaluate(async (on: boolean) => {
    const api = (
      globalThis as unknown as {
        browser: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).browser;
    await api.storage.local.set({ settings: { version: 1, enabled: on, highlightScope: 'every' } });
  }, enabled);
}

function snapshot(page: Page): Promise<DomSnapshot> {
  return page.evaluate(domSnapshot);
}

/** The host a proxied request went to (CONNECT names it as host:port). */
function hostOf(request: ProxiedRequest): string {
  return request.method === 'CONNECT' ? request.target : new URL(request.target).host;
}

/**
 * The hosts Firefox itself reaches on its own (Remote Settings and the like, which a release build
 * does not let a profile turn off): a control browser with the same prefs and no add-on opens the
 * same page, and what it sends is the browser's, not Parallax's.
 */
async function browserOwnHosts(): Promise<Set<string>> {
  const control = await startRecordingProxy([site.url('/')]);
  const plain = await launchFirefox(control.firefoxPrefs());
  try {
    const page = await plain.newPage();
    await page.goto(site.url(`${SEED_ID}.html`));
    // Watched for a while, then until the browser has been quiet for a moment: its own syncs come in bursts.
    await new Promise((done) => setTimeout(done, CONTROL_WATCH_MS));
    let count = -1;
    while (control.requests().length !== count) {
      count = control.requests().length;
      await new Promise((done) => setTimeout(done, CONTROL_QUIET_MS));
    }
    const requests = control.requests();
    // The control's own control: its proxy saw its page, so it sees what this browser sends.
    expect(requests.map((request) => request.target)).toContain(site.url(`${SEED_ID}.html`));
    return new Set(requests.map(hostOf).filter((host) => host !== new URL(site.url('/')).host));
  } finally {
    await plain.close();
    await control.close();
  }
}

describe('privacy in Firefox ESR: every request the browser sends goes through a recording proxy', () => {
  it('reading a page, its card and a popup search send nothing anywhere but the pages’ own requests', async () => {
    const page = await openScannedPage(browser, site.url(`${SEED_ID}.html`));
    await restPointerOn(page, 'Witkoff');
    const card = await waitForCard(page);
    expect(card.label).toBe('Steve Witkoff');
    expect(card.others.length).toBeGreaterThan(0);

    const popup = await openExtensionPage(firefox, 'popup.html', 'input[type="search"]');
    await popup.type('input[type="search"]', QUERY, { delay: 20 });
    await popup.waitForSelector('ol.result-groups > li.result-group', { timeout: HANG_GUARD_MS });
    await popup.close();
    await page.close();

    const requests = proxy.requests();
    // The control: the proxy is in the browser's path, so what it did not see was not sent.
    expect(requests.map((request) => request.target)).toContain(site.url(`${SEED_ID}.html`));
    const ownHosts = new Set([new URL(site.url('/')).host, new URL(pages.origin).host]);
    const browserOwn = await browserOwnHosts();
    const elsewhere = requests.map(hostOf).filter((host) => !ownHosts.has(host) && !browserOwn.has(host));
    expect(elsewhere, 'hosts neither the test pages’ servers nor Firefox’s own (without the add-on)').toEqual(
      [],
    );
    const words = QUERY.toLowerCase().split(' ');
    const carrying = requests.filter((request) =>
      words.some((word) => decodeURIComponent(request.target).toLowerCase().includes(word)),
    );
    expect(carrying, 'requests carrying the query or the card’s item').toEqual([]);
  });
});

describe('Parallax in Firefox ESR on saved real pages', () => {
  const unstable: string[] = [];
  const highlighted: Record<string, number> = {};

  it('saved real pages are there to check', unlessShared('pages'), () => {
    expect(PAGE_NAMES.length).toBeGreaterThan(0);
  });

  for (const name of PAGE_NAMES) {
    it(`${name}: highlighting and turning off leave the DOM and text exactly as they were`, async () => {
      await setEnabled(false);
      const page = await browser.newPage();
      // Some saved pages' own scripts navigate frames to hosts the proxy refuses, which BiDi reports as the
      // navigation's failure ("Address rejected"); the page itself is there, as hasStarted shows.
      await page
        .goto(pages.url(`/pages/${name}/source.html`), { waitUntil: 'domcontentloaded' })
        .catch(() => undefined);
      await page.waitForFunction(hasStarted, { timeout: HANG_GUARD_MS, polling: 50 });
      const before = await settledSnapshot(() => snapshot(page));

      await setEnabled(true);
      await page.waitForFunction(hasScanned, { timeout: HANG_GUARD_MS, polling: 50 });
      const sizes = await page.evaluate(parallaxHighlightSizes);
      highlighted[name] = Object.values(sizes).reduce((sum, size) => sum + size, 0);
      const during = await snapshot(page);

      await setEnabled(false);
      await page.waitForFunction(
        (names: string[]) => names.every((highlight) => !CSS.highlights.has(highlight)),
        { timeout: HANG_GUARD_MS, polling: 50 },
        Object.keys(sizes),
      );
      const after = await snapshot(page);
      await page.close();

      if (before === null) {
        unstable.push(name);
        return;
      }
      expect(during.text, 'body text while highlighted').toBe(before.text);
      expect(during.html, 'DOM while highlighted').toBe(before.html);
      expect(after.text, 'body text after turning off').toBe(before.text);
      expect(after.html, 'DOM after turning off').toBe(before.html);
    });
  }

  it(
    'highlights something on the news pages, and few pages escape the DOM comparison, each named',
    unlessShared('pages'),
    () => {
      console.log(
        `firefox real pages: highlighted ${JSON.stringify(highlighted)}; not compared: ${unstable.join(', ') || 'none'}`,
      );
      expect(Object.values(highlighted).filter((count) => count > 0).length).toBeGreaterThan(0);
      expect(unstable.length, unstable.join(', ')).toBeLessThanOrEqual(MAX_UNSTABLE_PAGES);
    },
  );
});
