import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { escapeHtml } from '../support/browser/render-seed-page';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';
import { openScannedPage, restPointerOn, waitForCard } from './article-tab';
import { ExtensionHelper } from './extension-helper';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';

/**
 * The item worker in Firefox, where the MV2 background page starts it itself:
 * the added page's one new name follows a demonym and a title ("Norwegian
 * Minister Ingrid Halvorsen"), which the old light path kept in the name; the
 * build's extractor finds "Ingrid Halvorsen", highlighted on a later page.
 */
function page(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><article><h1>${escapeHtml(title)}</h1>${body}</article></body></html>`;
}

const ADDED = page('Talks in Moscow end early', [
  'Norwegian Minister Ingrid Halvorsen arrived in Moscow on Monday for talks about the war in Ukraine, officials said after a long morning of meetings.',
  'The talks were brief. Norwegian Minister Ingrid Halvorsen left before the evening, and officials in Moscow said little about what had been agreed.',
  'Officials said the visit had been planned for weeks and that more meetings would follow later in the year, though no date was given.',
]);
const LATER = page('A quiet visit', [
  'Ingrid Halvorsen said on Tuesday that the talks had gone as well as could be expected, and that she would return in the spring.',
]);

let firefox: FirefoxWithExtension;
let site: SeedSite;
let helper: ExtensionHelper;

beforeAll(async () => {
  site = await serveSeedSite({ 'added.html': ADDED, 'later.html': LATER });
  firefox = await launchFirefoxWithExtension();
  helper = await ExtensionHelper.open(firefox);
});

afterAll(async () => {
  await firefox?.browser.close();
  await site?.close();
});

describe('the item worker in Firefox ESR', () => {
  it('finds an added page’s name as the build does, and it is highlighted on a later page', async () => {
    const added = await openScannedPage(firefox.browser, site.url('added.html'));
    const popup = await openExtensionPage(
      firefox,
      `popup.html?tab=${await helper.tabIdOf(added)}`,
      'button.add-page-start',
    );
    await popup.click('button.add-page-start');
    await popup.waitForSelector('form.add-page-preview', { timeout: HANG_GUARD_MS });
    await popup.click('form.add-page-preview button[type="submit"]');
    await popup.waitForSelector('.add-page-done', { timeout: HANG_GUARD_MS });

    const later = await openScannedPage(firefox.browser, site.url('later.html'));
    await restPointerOn(later, 'Halvorsen');
    const card = await waitForCard(later);
    expect(card.label).toBe('Ingrid Halvorsen');
    expect(card.others.map((other) => other.sourceId)).toEqual([expect.stringMatching(/^yours-/u)]);
  });
});
