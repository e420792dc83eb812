import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { openOtherStories, readCardStoryGroups } from './support/card-story-groups';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';

/** The seeds of the 6 August 2025 Witkoff–Putin visit, and the one of the March 2025 strike pause. */
const AUGUST_VISIT = [
  '000_ad04fbc0c7af5402',
  '001_4ad11c5cc216dbde',
  '002_e6f7d8410eb97394',
  '003_ef5a6fde2ba6a5a5',
];
const MARCH_PAUSE = '004_cf8e87853554287d';
/** Pages of the August visit to open: with an outlet (003), without outlet or title (002), the first (000). */
const PAGES = ['000_ad04fbc0c7af5402', '002_e6f7d8410eb97394', '003_ef5a6fde2ba6a5a5'] as const;
/** Every seed names him, so the card has a source in both stories. */
const WORD = 'Putin';

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

for (const pageId of PAGES) {
  test(`on the page of seed ${pageId}, the card lists the August visit under "Same story" and the March pause under "Other stories"`, async ({
    page,
  }) => {
    const article = await ArticlePage.open(page, site.url(`${pageId}.html`));
    await article.restPointerOn(WORD);
    const card = await article.waitForCard();
    expect(card.label).toBe('Vladimir Putin');

    const groups = await page.evaluate(readCardStoryGroups);
    expect(groups?.sameHeading).toMatch(/^Same story .+ \d{1,2} Aug 2025/u);
    expect(groups?.same.sort()).toEqual(AUGUST_VISIT.filter((id) => id !== pageId));
    expect(groups?.otherSummary).toBe('Other stories: 1 source');
    expect(groups?.otherOpen).toBe(false);
    expect(groups?.others).toHaveLength(1);
    expect(groups?.others[0]?.sourceIds).toEqual([MARCH_PAUSE]);
    expect(groups?.others[0]?.dates).toMatch(/Mar 2025$/u);
    // No source is named by its id anywhere on the card.
    for (const { meta } of site.articles) expect(card.text).not.toContain(meta.id);

    if (pageId === PAGES[0]) {
      await article.screenshot('story-card-light.png');
      await page.evaluate(openOtherStories);
      await article.screenshot('story-card-light-other-stories.png');
    }
  });
}

test('in dark mode, the card shows the same groups', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const article = await ArticlePage.open(page, site.url(`${PAGES[0]}.html`));
  await article.restPointerOn(WORD);
  await article.waitForCard();
  await page.evaluate(openOtherStories);
  const groups = await page.evaluate(readCardStoryGroups);
  expect(groups?.others[0]?.sourceIds).toEqual([MARCH_PAUSE]);
  await article.screenshot('story-card-dark.png');
});
