import type { SourceMeta } from '../../lib/corpus';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { engineUsedEarlyStart } from '../support/browser/in-page';
import { sendFocusMention } from './support/send-focus-mention';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { setParallaxSettings } from '../support/browser/set-parallax-settings';
import { HANG_GUARD_MS, quietPeriodMs } from '../support/browser/hang-guard';

/** Two corpus articles as pages: one with a known outlet, one without outlet or title. */
const SEED_PAGES = ['003_ef5a6fde2ba6a5a5', '002_e6f7d8410eb97394'] as const;

/** A page of our own that is not a corpus article, mentioning a person and a place from the catalogue. */
const MADE_UP_PAGE = 'made-up.html';
const MADE_UP_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A made-up brief</title></head>
  <body>
    <main>
      <h1>Envoy returns</h1>
      <p>The US envoy Steve Witkoff flew home on Thursday, while fighting went on around Pokrovsk.</p>
      <p>Nothing else in this short note comes from any of the sources.</p>
    </main>
  </body>
</html>
`;

/** How the card names a source in a sentence (lib/ui/card/ItemCard.tsx, sourceName). */
function cardName(meta: SourceMeta): string {
  if (meta.outlet !== null) return meta.outlet;
  if (meta.title !== null) return `“${meta.title}”`;
  return meta.lead ? `From the text: “${meta.lead}”` : 'Untitled article';
}

/** The page's own source in the card's summary line: never its internal id. */
function pageName(meta: SourceMeta): string {
  if (meta.outlet === null && meta.title === null && !meta.lead) return 'one of them (outlet unknown)';
  return cardName(meta);
}

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite({ [MADE_UP_PAGE]: MADE_UP_HTML });
});

test.afterAll(async () => {
  await site?.close();
});

function metaOf(sourceId: string): SourceMeta {
  const article = site.articles.find((candidate) => candidate.meta.id === sourceId);
  if (!article) throw new Error(`e2e: seed ${sourceId} is not in the corpus`);
  return article.meta;
}

// The card names the page's own source, so it is checked on both pages; the rest does not depend on
// which corpus article the page is, and runs on the first.
for (const sourceId of SEED_PAGES) {
  test.describe(`on the page of seed article ${sourceId}`, () => {
    test('resting the pointer on "Witkoff" opens a card that lists the other sources and recognises this page', async ({
      page,
    }) => {
      const article = await ArticlePage.open(page, site.url(`${sourceId}.html`));

      await article.restPointerOn('Witkoff');
      const card = await article.waitForCard();

      expect(card.label).toBe('Steve Witkoff');
      expect(card.summary).toMatch(/^Mentioned by \d+ of \d+ sources/);
      expect(card.summary).toContain(`this page is ${pageName(metaOf(sourceId))}.`);
      expect(card.others.length).toBeGreaterThan(0);
      expect(card.others.map((other) => other.sourceId)).not.toContain(sourceId);
      for (const other of card.others) {
        expect(other.outlet).not.toBe('');
        expect(other.passages).toBeGreaterThan(0);
      }
      if (sourceId === SEED_PAGES[0]) await article.screenshot('card-seed-page.png');
    });
  });
}

test.describe(`on the page of seed article ${SEED_PAGES[0]}`, () => {
  const sourceId = SEED_PAGES[0];

  test('the catalogue items are highlighted, under names that all start with "parallax"', async ({
    page,
  }) => {
    const article = await ArticlePage.open(page, site.url(`${sourceId}.html`));

    const highlights = await article.highlights();
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^parallax-/);
    expect(highlights['parallax-person'], JSON.stringify(highlights)).toBeGreaterThan(0);
    // The injected script asked for the settings and the page set-up while the engine loaded.
    expect(await page.evaluate(engineUsedEarlyStart)).toBe(true);
  });

  test('Esc closes the open card and takes it off the page', async ({ page }) => {
    const article = await ArticlePage.open(page, site.url(`${sourceId}.html`));
    await article.restPointerOn('Witkoff');
    await article.waitForCard();

    await article.pressEscape();

    await expect(article.cardHost).toHaveCount(0);
  });

  test('the next-item keyboard command opens the card of the first item with focus inside it', async ({
    page,
    background,
  }) => {
    const article = await ArticlePage.open(page, site.url(`${sourceId}.html`));
    // The background sends the command to the active tab of the current window.
    await page.bringToFront();

    // Headless Chromium cannot press extension shortcuts, so send what the
    // background's command handler would send for `next-item`.
    await sendFocusMention(background, 'next');

    const card = await article.waitForCard();
    expect(card.summary).toMatch(/^Mentioned by \d+ of \d+ sources/);
    expect(card.focused).toBe(true);
    expect((await article.highlights())['parallax-focus']).toBe(1);
    await article.screenshot('card-keyboard.png');
  });

  test('turning Parallax off removes every highlight at once, and resting on a mention then opens no card', async ({
    page,
    background,
  }) => {
    const article = await ArticlePage.open(page, site.url(`${sourceId}.html`));
    // The control case: on, resting there opens a card, this fast on this machine now.
    const cardMs = await article.timeCardOpen('Witkoff');
    const witkoff = await article.locate('Witkoff');

    await setParallaxSettings(background, { enabled: false });

    await expect.poll(() => article.highlights(), { timeout: HANG_GUARD_MS }).toEqual({});
    await article.movePointerTo(witkoff);
    await page.waitForTimeout(quietPeriodMs(cardMs));
    await expect(article.cardHost).toHaveCount(0);
  });
});

test('on a page that is no corpus article, the card gives every source’s status', async ({ page }) => {
  const article = await ArticlePage.open(page, site.url(MADE_UP_PAGE));
  const highlights = await article.highlights();
  // Off the seeds' stories only the envoy is worth a highlight, not "US" or "Pokrovsk" (story-highlights.spec.ts).
  expect(highlights, JSON.stringify(highlights)).toMatchObject({ 'parallax-person': 1 });

  await article.restPointerOn('Witkoff', 'main p');
  const card = await article.waitForCard();

  const total = site.articles.length;
  expect(card.summary).toBe(`Mentioned by ${card.others.length} of ${total} sources.`);
  const listed = new Set(card.others.map((other) => other.sourceId));
  expect(listed.size).toBe(card.others.length);
  const silentOnes = site.articles.filter(({ meta }) => !listed.has(meta.id));
  for (const { meta } of silentOnes) expect(card.silent).toContain(cardName(meta));
  if (silentOnes.length > 0) expect(card.silent).toMatch(/^Not mentioned by:/);
});
