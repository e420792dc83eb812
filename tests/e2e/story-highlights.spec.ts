import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parallaxHighlightSizes } from '../support/browser/in-page';
import { serveFixtures, type FixtureServer } from '../support/browser/serve';
import { setParallaxSettings } from '../support/browser/set-parallax-settings';
import { missingShared, sharedPath } from '../helpers/shared-dir';
import { expect, test } from './fixtures';
import { SCREENSHOTS_DIR } from './pages/article-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';

/**
 * What a page highlights follows its story (lib/stories/highlight-policy):
 * every item on a seed page, only the specific ones on a real page about
 * another story, and every item again with the "every known item" setting.
 */

/** A saved BBC page of 2015 (President Obama on gun control): the United States, Canada, Iran, Europe, Trump… */
const OFF_STORY_PAGE = 'bbc-1';
const STORY_TIMEOUT_MS = 10_000;

/** How many times the content script has settled a page's story (each settings change starts afresh). */
function storiesKnown(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('parallax:story-known').length);
}

async function waitForStory(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (count) => performance.getEntriesByName('parallax:story-known').length > count,
    after,
    { timeout: STORY_TIMEOUT_MS },
  );
}

async function rangeCount(page: Page): Promise<number> {
  const sizes = await page.evaluate(parallaxHighlightSizes);
  return Object.entries(sizes)
    .filter(([name]) => name !== 'parallax-focus')
    .reduce((sum, [, size]) => sum + size, 0);
}

/** The text of every highlighted range, by highlight name. */
function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const texts: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('parallax') || name === 'parallax-focus') return;
      texts[name] = [...highlight].map((range) => (range as Range).toString()).sort();
    });
    return texts;
  });
}

test.describe('highlights follow the page’s story', () => {
  let server: FixtureServer | null = null;
  let site: SeedSite;

  test.beforeAll(async () => {
    if (missingShared(`pages/${OFF_STORY_PAGE}`) === null) {
      const html = readFileSync(sharedPath(`pages/${OFF_STORY_PAGE}/source.html`), 'utf8');
      // The same page with one sentence about someone the seeds discuss in one story of theirs.
      const withEnvoy = html.replace(
        /<p>/u,
        '<p>Separately, the US special envoy Steve Witkoff was expected to travel later in the year.</p><p>',
      );
      site = await serveSeedSite({ 'with-envoy.html': withEnvoy });
      server = await serveFixtures({ '/pages': sharedPath('pages') });
    } else {
      site = await serveSeedSite();
    }
  });

  test.afterAll(async () => {
    await server?.close();
    await site?.close();
  });

  test.beforeEach(async ({ context }) => {
    // The saved pages point at ad and font hosts: refuse those at once (the machine is offline).
    await context.route(
      (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
  });

  test('a real page about another story highlights none of its generic items, and every one with “every known item”', async ({
    page,
    background,
  }) => {
    test.skip(server === null, missingShared(`pages/${OFF_STORY_PAGE}`) ?? '');
    await page.goto(server!.url(`/pages/${OFF_STORY_PAGE}/source.html`));
    await waitForStory(page, 0);
    expect(await rangeCount(page)).toBe(0);

    const before = await storiesKnown(page);
    await setParallaxSettings(background, { highlightScope: 'every' });
    await waitForStory(page, before);
    const every = await highlightedTexts(page);
    // The United States, Canada, Iran, Europe, China, Washington, the White House, the EU, Donald Trump.
    expect(every['parallax-place']).toEqual(expect.arrayContaining(['Canada', 'Iran', 'Europe']));
    expect(every['parallax-person']).toEqual(['Trump']);
    expect(await rangeCount(page)).toBeGreaterThanOrEqual(20);
  });

  test('off-story, only the specific item is highlighted', async ({ page, background }) => {
    test.skip(server === null, missingShared(`pages/${OFF_STORY_PAGE}`) ?? '');
    await page.goto(site.url('with-envoy.html'));
    await waitForStory(page, 0);
    // Discussed by four seed reports of one story: worth a highlight on any page (the rest are generic).
    expect(await highlightedTexts(page)).toEqual({ 'parallax-person': ['Steve Witkoff'] });
    await page.getByText('special envoy Steve Witkoff').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/story-highlights-off-story.png` });

    const before = await storiesKnown(page);
    await setParallaxSettings(background, { highlightScope: 'every' });
    await waitForStory(page, before);
    expect(await rangeCount(page)).toBeGreaterThanOrEqual(20);
  });

  test('a seed page highlights every item, as many as “every known item” does', async ({
    page,
    background,
  }) => {
    const id = site.articles.find((article) => article.meta.id.startsWith('002_'))!.meta.id;
    await page.goto(site.url(`${id}.html`));
    await waitForStory(page, 0);
    const onStory = await highlightedTexts(page);
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/story-highlights-seed.png` });

    const before = await storiesKnown(page);
    await setParallaxSettings(background, { highlightScope: 'every' });
    await waitForStory(page, before);
    expect(onStory).toEqual(await highlightedTexts(page));
    expect(Object.keys(onStory).sort()).toEqual([
      'parallax-date',
      'parallax-organisation',
      'parallax-person',
      'parallax-place',
      'parallax-topic',
    ]);
    expect(await rangeCount(page)).toBeGreaterThanOrEqual(50);
  });
});
