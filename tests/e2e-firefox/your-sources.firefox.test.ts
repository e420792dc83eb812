import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { openScannedPage, restPointerOn, waitForCard } from './article-tab';
import { ExtensionHelper } from './extension-helper';
import { waitForDownload } from './wait-for-download';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';

/**
 * The reader's own sources in Firefox, where the background is an MV2 page
 * and the sources live in its IndexedDB: a page added from the popup, a file
 * imported through the options page's real file input, the export, and a
 * bundled source hidden from the card.
 */
const SEED_ID = '003_ef5a6fde2ba6a5a5';
/** A bundled source the card on the seed page lists for "Witkoff". */
const HIDDEN_ID = '000_ad04fbc0c7af5402';
const HARBOUR_TITLE = 'Harbour council votes to rebuild the sea wall';
/** A page no source of the corpus is: a reader would add it. */
const HARBOUR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${HARBOUR_TITLE}</title></head>
<body><article><h1>${HARBOUR_TITLE}</h1>
<p>The harbour council voted on Tuesday to rebuild the northern sea wall, which storms breached twice last winter.</p>
<p>Engineers told the meeting that the old wall, built of stone in the 1880s, could not be repaired in place.</p>
<p>The new wall will be of reinforced concrete faced with the old stone, and work is due to begin in the spring.</p>
<p>Residents of the lower town, whose cellars flooded in January, asked for temporary barriers until then.</p>
</article></body></html>`;
const IMPORTED = {
  name: 'quay-visit.txt',
  text: 'Witkoff tours the quay\n\nSteve Witkoff walked along the quay on Thursday and met 40 dock workers.\n',
};

let firefox: FirefoxWithExtension;
let site: SeedSite;
let helper: ExtensionHelper;
let files: string;
let downloads: string;

beforeAll(async () => {
  site = await serveSeedSite({ 'harbour.html': HARBOUR_PAGE });
  files = mkdtempSync(join(tmpdir(), 'parallax-firefox-files-'));
  downloads = join(files, 'downloads');
  firefox = await launchFirefoxWithExtension(undefined, downloads);
  helper = await ExtensionHelper.open(firefox);
});

afterAll(async () => {
  await firefox?.browser.close();
  await site?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

function openOptions(): Promise<Page> {
  return openExtensionPage(firefox, 'options.html', 'input[name="import"]:enabled');
}

/** The outlets of the other sources the seed page's card lists for "Witkoff". */
async function cardSourceIds(): Promise<string[]> {
  const page = await openScannedPage(firefox.browser, site.url(`${SEED_ID}.html`));
  await restPointerOn(page, 'Witkoff');
  const card = await waitForCard(page);
  await page.close();
  return card.others.map((other) => other.sourceId);
}

describe('your own sources in Firefox ESR', () => {
  it('a page added from the popup is stored, listed on the options page, and exported', async () => {
    const page = await openScannedPage(firefox.browser, site.url('harbour.html'));
    const tabId = await helper.tabIdOf(page);
    const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`, 'button.add-page-start');

    await popup.click('button.add-page-start');
    await popup.waitForSelector('form.add-page-preview', { timeout: HANG_GUARD_MS });
    expect(await popup.$eval('input[name="title"]', (input) => input.value)).toBe(HARBOUR_TITLE);
    await popup.click('form.add-page-preview button[type="submit"]');
    await popup.waitForSelector('.add-page-done', { timeout: HANG_GUARD_MS });

    // A new options page reads the list from the background's IndexedDB.
    const options = await openOptions();
    await options.waitForSelector('ul.options-yours > li', { timeout: HANG_GUARD_MS });
    const listed = await options.$$eval('ul.options-yours > li', (rows) =>
      rows.map((row) => row.textContent ?? ''),
    );
    expect(listed.some((row) => row.includes(HARBOUR_TITLE))).toBe(true);

    await options.click('::-p-text(Export your sources (JSON))');
    const exported = JSON.parse(
      readFileSync(join(downloads, await waitForDownload(downloads, '.json')), 'utf8'),
    ) as {
      format: string;
      sources: { title: string | null }[];
    };
    expect(exported.format).toBe('parallax-user-sources');
    expect(exported.sources.map((source) => source.title)).toContain(HARBOUR_TITLE);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('a file imported through the options page’s file input is listed and compared in the card', async () => {
    const path = join(files, IMPORTED.name);
    writeFileSync(path, IMPORTED.text);
    const options = await openOptions();
    const input = await options.$('input[name="import"]');
    if (!input) throw new Error('e2e-firefox: the options page has no import input');

    await input.uploadFile(path);

    await options.waitForSelector('.options-import-report li', { timeout: HANG_GUARD_MS });
    await options.waitForSelector('input[name="import"]:enabled', { timeout: HANG_GUARD_MS });
    const names = await options.$$eval('ul.options-yours > li', (rows) =>
      rows.map((row) => row.textContent ?? ''),
    );
    expect(names.some((row) => row.includes('Witkoff tours the quay'))).toBe(true);
    expect((await cardSourceIds()).some((id) => id.startsWith('yours-'))).toBe(true);
    await options.close();
  });

  it('a bundled source switched off on the options page leaves the card; switched on, it is back', async () => {
    expect(await cardSourceIds()).toContain(HIDDEN_ID);
    const options = await openOptions();
    const shown = `li[data-source-id="${HIDDEN_ID}"] input[name="shown"]`;

    await options.click(shown);
    await options.waitForSelector(`${shown}:not(:checked)`, { timeout: HANG_GUARD_MS });
    await options.waitForSelector('input[name="import"]:enabled', { timeout: HANG_GUARD_MS });
    expect(await cardSourceIds()).not.toContain(HIDDEN_ID);

    await options.click(shown);
    await options.waitForSelector(`${shown}:checked`, { timeout: HANG_GUARD_MS });
    await options.waitForSelector('input[name="import"]:enabled', { timeout: HANG_GUARD_MS });
    expect(await cardSourceIds()).toContain(HIDDEN_ID);
    await options.close();
  });
});
