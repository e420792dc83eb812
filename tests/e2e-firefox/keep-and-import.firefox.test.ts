import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/corpus';
import { readCorpusDir } from '../../lib/node';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { hasScanned } from '../support/browser/in-page';
import { renderSeedPage } from '../support/browser/render-seed-page';
import { missingShared, sharedPath } from '../helpers/shared-dir';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import {
  EXTENSION_UUID,
  FIREFOX_EXTENSION_DIR,
  FIREFOX_PATH,
  openExtensionPage,
  type FirefoxWithExtension,
} from './launch-firefox';
import { pollInPage } from './poll-in-page';

/**
 * "Keep what I read" and bulk import in Firefox ESR, through the same path
 * as the Chromium e2e: two outlets' reports of one BASIL event (pages
 * generated at test time from ../shared/corpora/basil) read through with
 * collection on are kept and listed on the options page; a few files
 * imported show progress, then the list; and a report read through in a
 * real private window keeps nothing, although the add-on runs there.
 *
 * The private window needs the add-on allowed in private browsing: Firefox
 * keeps that grant in the profile's permissions store, which reads a
 * profile's `extension-preferences.json` on first start; the profile is made
 * here with that file (a temporarily installed add-on is not allowed by
 * default: `windows.create({ incognito: true })` answers "Extension does not
 * have permission for incognito mode", and the pref
 * extensions.allowPrivateBrowsingByDefault no longer changes that).
 */
const BASIL = 'corpora/basil';
/** One event told by three outlets (BASIL's ids are bNNN-<outlet>). */
const EVENT = 'b000';
const KEEP_ON = { enabled: true, paused: false, sites: [] };

/** The extension APIs the helper page uses. */
interface Api {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  windows: { create(details: object): Promise<{ id?: number; incognito: boolean }> };
}

let browser: Browser;
let firefox: FirefoxWithExtension;
let profile: string;
let files: string;
let site: SeedSite;
let event: Article[];
let helper: Page;

const missing = missingShared(BASIL);

/** Firefox with the add-on, in a profile that allows it in private windows. */
async function launch(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const id = manifest.browser_specific_settings.gecko.id;
  profile = mkdtempSync(join(tmpdir(), 'parallax-firefox-private-'));
  writeFileSync(
    join(profile, 'extension-preferences.json'),
    JSON.stringify({ [id]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
  );
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: FIREFOX_PATH,
    args: ['--remote-allow-system-access'],
    userDataDir: profile,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  firefox = { browser, origin: `moz-extension://${EXTENSION_UUID}/` };
}

beforeAll(async () => {
  if (missing !== null) return;
  event = readCorpusDir(sharedPath(BASIL)).filter((article) => article.meta.id.startsWith(`${EVENT}-`));
  site = await serveSeedSite(() =>
    Object.fromEntries(event.map((article) => [`basil-${article.meta.id}.html`, renderSeedPage(article)])),
  );
  files = mkdtempSync(join(tmpdir(), 'parallax-firefox-import-'));
  await launch();
  helper = await openExtensionPage(firefox, 'options.html', 'main');
  await helper.evaluate(
    (keep) =>
      (globalThis as unknown as { browser: Api }).browser.storage.local.set({
        settings: { version: 1, keep },
      }),
    KEEP_ON,
  );
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of [profile, files]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The reader's sources as the background lists them (asked from the helper page). */
async function yours(): Promise<{ id: string; url: string | null }[]> {
  const list = (await helper.evaluate(() =>
    (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'sources-list' }),
  )) as { yours: { id: string; url: string | null }[] };
  return list.yours.map(({ id, url }) => ({ id, url }));
}

/** The "kept" notice's text (its shadow root is open), or null while there is none. */
function noticeText(): string | null {
  const host = document.querySelector('[data-parallax-keep]');
  return host ? (host.shadowRoot?.textContent ?? host.textContent ?? '') : null;
}

/** A page read through: scanned by the content script, scrolled to its end. */
async function readThrough(page: Page): Promise<void> {
  await page.waitForFunction(hasScanned, { timeout: HANG_GUARD_MS, polling: 50 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

const basilUrl = (article: Article): string => site.url(`basil-${article.meta.id}.html`);

describe.skipIf(missing !== null)('collection and import in Firefox ESR', () => {
  let keptAfterMs = 0;

  it('two outlets’ reports read with collection on are kept and listed on the options page', async () => {
    const read = event.slice(0, 2);
    expect(read).toHaveLength(2);
    const started = Date.now();
    for (const article of read) {
      const page = await browser.newPage();
      await page.goto(basilUrl(article));
      await readThrough(page);
      await page.waitForFunction(
        () => {
          const host = document.querySelector('[data-parallax-keep]');
          return (host?.shadowRoot?.textContent ?? host?.textContent ?? '').includes('Kept in your sources');
        },
        { timeout: HANG_GUARD_MS, polling: 50 },
      );
      await page.close();
    }
    keptAfterMs = (Date.now() - started) / read.length;
    expect((await yours()).map((source) => source.url).sort()).toEqual(read.map(basilUrl).sort());

    const options = await openExtensionPage(firefox, 'options.html', 'ul.options-yours > li');
    const rows = await options.$$eval('ul.options-yours > li', (items) =>
      items.map((item) => item.getAttribute('data-source-id')),
    );
    expect(rows.sort()).toEqual((await yours()).map((source) => source.id).sort());
    await options.close();
  });

  it('a few files imported through the file input show progress, then the list', async () => {
    const before = (await yours()).length;
    const paths = ['cranes', 'ferries', 'pilots'].map((word, i) => {
      const path = join(files, `${word}.md`);
      writeFileSync(
        path,
        `---\noutlet: Quayside Weekly\npublished: 2025-0${i + 1}-10\n---\n\nThe ${word} of the harbour\n\nThe harbour office counted ${12 + i} ${word} at the quay on ${['Monday', 'Tuesday', 'Friday'][i]}, and the council met about the ${word} once more.`,
      );
      return path;
    });
    const bad = join(files, 'notes.docx');
    writeFileSync(bad, 'PK binary');
    const options = await openExtensionPage(firefox, 'options.html', 'input[name="import"]:enabled');
    await options.evaluate(() => {
      const seen: { value: number; max: number }[] = [];
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('.options-import-progress progress');
        if (bar instanceof HTMLProgressElement) seen.push({ value: bar.value, max: bar.max });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const input = await options.$('input[name="import"]');
    if (!input) throw new Error('e2e-firefox: the options page has no import input');
    await input.uploadFile(...paths, bad);

    await options.waitForSelector('.options-import-report li', { timeout: HANG_GUARD_MS });
    await options.waitForSelector('input[name="import"]:enabled', { timeout: HANG_GUARD_MS });
    const seen = await options.evaluate(
      () => (window as unknown as { progressSeen: { value: number; max: number }[] }).progressSeen,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((state) => state.max === paths.length + 1)).toBe(true);
    expect(Math.max(...seen.map((state) => state.value))).toBeGreaterThan(0);
    const report = await options.$$eval('.options-import-report li', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(report[0]).toBe('3 sources added, 0 updated.');
    expect(report.some((line) => line.includes('notes.docx'))).toBe(true);
    await pollInPage(
      options,
      (count: number) => document.querySelectorAll('ul.options-yours > li').length === count,
      { timeout: HANG_GUARD_MS },
      before + paths.length,
    );
    expect((await yours()).length).toBe(before + paths.length);
    await options.close();
  });

  it('a report read through in a private window keeps nothing, though the add-on runs there', async () => {
    const article = event[2];
    if (!article) throw new Error(`e2e-firefox: BASIL event ${EVENT} has fewer than three articles`);
    const before = await yours();
    const url = basilUrl(article);
    const window = await helper.evaluate(
      (address) =>
        (globalThis as unknown as { browser: Api }).browser.windows.create({ incognito: true, url: address }),
      url,
    );
    expect(window.incognito).toBe(true);
    let page: Page | undefined;
    for (let tries = 0; !page && tries < 100; tries++) {
      page = (await browser.pages()).find((candidate) => candidate.url() === url);
      if (!page) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!page) throw new Error('e2e-firefox: the private window’s tab is not reachable over BiDi');
    // The content script scans the private tab (highlights work there); only keeping is refused.
    await readThrough(page);
    // Three times as long as keeping took in a normal window, then: no notice, nothing new kept.
    await new Promise((resolve) => setTimeout(resolve, Math.max(3 * keptAfterMs, 3000)));
    expect(await page.evaluate(noticeText)).toBeNull();
    expect(await yours()).toEqual(before);
  });
});
