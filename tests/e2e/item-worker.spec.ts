import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { PopupPage } from './pages/popup-page';
import { escapeHtml } from '../support/browser/render-seed-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { tabIdOf } from './support/tab-id-of';

/**
 * The item worker in Chromium: a page the reader adds is read by the build's
 * extractor in a worker that an offscreen document starts. The generated
 * article's one new name comes only after a demonym and a title ("Norwegian
 * Minister Ingrid Halvorsen"): the old light path took the whole run for the
 * name, the build's extractor takes "Ingrid Halvorsen", so a later page that
 * names her plainly has her highlighted, with the added source in her card.
 */
const PERSON = 'Ingrid Halvorsen';

function page(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${escapeHtml(title)}</title></head>
  <body>
    <article>
      <h1>${escapeHtml(title)}</h1>
      ${body}
    </article>
  </body>
</html>`;
}

const ADDED = page('Talks in Moscow end early', [
  'Norwegian Minister Ingrid Halvorsen arrived in Moscow on Monday for talks about the war in Ukraine, officials said after a long morning of meetings.',
  'The talks were brief. Norwegian Minister Ingrid Halvorsen left before the evening, and officials in Moscow said little about what had been agreed.',
  'Officials said the visit had been planned for weeks and that more meetings would follow later in the year, though no date was given.',
]);
const LATER = page('A quiet visit', [
  'Ingrid Halvorsen said on Tuesday that the talks had gone as well as could be expected, and that she would return in the spring.',
]);

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite({ 'added.html': ADDED, 'later.html': LATER });
});

test.afterAll(async () => {
  await site?.close();
});

test('an added page’s name is found by the item worker as the build finds it, and highlighted on a later page', async ({
  context,
  background,
  extensionId,
}) => {
  const added = await ArticlePage.open(await context.newPage(), site.url('added.html'));
  const popupTab = await context.newPage();
  const popup = await PopupPage.open(popupTab, extensionId, await tabIdOf(background, added.page));
  await popup.page.getByRole('button', { name: 'Add this page to your sources' }).click();
  await popup.page.getByRole('button', { name: 'Add to my sources' }).click();
  await expect(popup.page.locator('.add-page-done')).toHaveText(/^Added to your sources/u);

  const later = await ArticlePage.open(await context.newPage(), site.url('later.html'));
  await later.restPointerOn('Halvorsen');
  const card = await later.waitForCard();
  expect(card.label).toBe(PERSON);
  expect(card.others.map((source) => source.sourceId)).toEqual([expect.stringMatching(/^yours-/u)]);
  await later.screenshot('item-worker-later-page.png');

  // The offscreen document that runs the worker is open (it closes once idle).
  const offscreenOpen = await background.evaluate(() =>
    (
      globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean> } } }
    ).chrome.offscreen.hasDocument(),
  );
  expect(offscreenOpen).toBe(true);
});
