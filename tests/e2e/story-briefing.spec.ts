import type { Page, Worker } from 'playwright-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { SidebarPage } from './pages/sidebar-page';
import { seriousAccessibilityViolations } from './support/check-accessibility';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { tabIdOf } from './support/tab-id-of';

/**
 * The sidebar on a story: a seed page opens on its story's briefing (the
 * corpus groups the seeds into the August 2025 talks and the March 2025
 * pause, a story of one), the stories list, a story opened from it, and an
 * off-story page. At a side panel's width.
 */
const SIDE_PANEL = { width: 360, height: 900 };
const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';
const OFF_STORY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Allotment diary</title></head>
<body><article><h1>Allotment diary: the beans are late</h1>
<p>The runner beans went in a fortnight late this spring, after a cold wet April on the hill.</p>
<p>Slugs took half of the lettuce; the rest is bolting in the heat of the greenhouse.</p>
</article></body></html>`;

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite({ 'allotment.html': OFF_STORY_PAGE });
});

test.afterAll(async () => {
  await site?.close();
});

/** The seeds reporting the same event as the page (by their file names' numbers: 000–003). */
function storyMates(): string[] {
  return site.articles.map((article) => article.meta.id).filter((id) => !id.startsWith('004'));
}

async function openSidebarOn(page: Page, background: Worker, extensionId: string, file: string) {
  await ArticlePage.open(page, site.url(file));
  const tabId = await tabIdOf(background, page);
  const sidebarTab = await page.context().newPage();
  await sidebarTab.setViewportSize(SIDE_PANEL);
  return SidebarPage.open(sidebarTab, extensionId, tabId);
}

test('on a seed page the sidebar opens on the page’s story: its four sources and what they say', async ({
  page,
  background,
  extensionId,
}) => {
  // An axe run, two views and two screenshots on two busy cores.
  test.setTimeout(60_000);
  const sidebar = await openSidebarOn(page, background, extensionId, `${PAGE_SOURCE}.html`);
  await sidebar.briefing.waitFor({ timeout: HANG_GUARD_MS });

  await expect(sidebar.page.locator('.briefing-kicker')).toHaveText('This page’s story');
  const shown = await sidebar.briefingSources.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-source-id')),
  );
  expect(shown.sort()).toEqual(storyMates().sort());
  await expect(sidebar.briefingSources.filter({ hasText: 'this page' })).toHaveAttribute(
    'data-source-id',
    PAGE_SOURCE,
  );
  // No source is named by its id.
  for (const id of storyMates()) await expect(sidebar.briefing).not.toContainText(id);

  const findings = sidebar.page.locator('.briefing-finding-differ, .briefing-finding-agree');
  expect(await findings.count()).toBeGreaterThanOrEqual(1);
  // A line opens onto the sentence it comes from, quoted from one of the story's sources.
  const first = findings.first();
  await first.locator('summary').first().click();
  const sentence = (await first.locator('blockquote').first().textContent()) ?? '';
  expect(sentence.length).toBeGreaterThan(0);
  expect(site.articles.some((article) => article.body.includes(sentence))).toBe(true);
  await sidebar.screenshot('sidebar-briefing.png');
  expect(await seriousAccessibilityViolations(sidebar.page)).toEqual([]);

  // Each line leads to the item's comparison, and back.
  const line = sidebar.page.locator('.briefing-missing .briefing-line').first();
  const itemLabel = ((await line.locator('.briefing-line-label').textContent()) ?? '').trim();
  await line.locator('.briefing-compare').click();
  await sidebar.comparison.waitFor();
  await expect(sidebar.page.locator('.comparison-title')).toHaveText(itemLabel);
  await sidebar.page.locator('.sidebar-back').click();
  await sidebar.briefing.waitFor();

  // The page's items stay one click away, each with a line on who mentions it.
  await sidebar.showItems();
  await expect(sidebar.page.locator('.page-item-summary').first()).toContainText(
    new RegExp(`of ${storyMates().length} sources`, 'u'),
  );
  await sidebar.screenshot('sidebar-items.png');
});

test('the briefing’s coverage strip names which sources report the story’s main items; a cell goes to its source', async ({
  page,
  background,
  extensionId,
}) => {
  const sidebar = await openSidebarOn(page, background, extensionId, `${PAGE_SOURCE}.html`);
  await sidebar.briefing.waitFor({ timeout: HANG_GUARD_MS });
  // Short, so that the story's sources start below the fold.
  await sidebar.page.setViewportSize({ width: SIDE_PANEL.width, height: 320 });

  const strip = sidebar.briefing.locator('svg.coverage-strip');
  await expect(strip).toHaveAccessibleName(/^Who reports the story’s \d+ main items\./u);
  const cells = strip.locator('.strip-cell');
  await expect(cells).toHaveCount(storyMates().length);
  const ids = await cells.evaluateAll((all) => all.map((cell) => cell.getAttribute('data-source-id') ?? ''));
  expect([...ids].sort()).toEqual(storyMates().sort());

  // The last source in the list, by keyboard; the first by a click.
  for (const [sourceId, go] of [
    [ids.at(-1) ?? '', 'Enter'],
    [ids[0] ?? '', 'click'],
  ] as const) {
    const cell = cells.and(sidebar.page.locator(`[data-source-id="${sourceId}"]`));
    await expect(cell).toHaveAccessibleName(/: reports \d+ of the \d+ main items\. Go to this source\.$/u);
    const source = sidebar.briefingSources.and(sidebar.page.locator(`[data-source-id="${sourceId}"]`));
    await sidebar.page.evaluate(() => window.scrollTo(0, 0));
    await expect(source).not.toBeInViewport();
    if (go === 'click') await cell.click();
    else {
      await cell.focus();
      await sidebar.page.keyboard.press(go);
    }
    await expect(source).toBeFocused();
    await expect(source).toBeInViewport();
  }
  expect(await seriousAccessibilityViolations(sidebar.page)).toEqual([]);
});

test('the stories view lists the corpus’ two stories; a story shows its sources side by side and its coverage', async ({
  page,
  background,
  extensionId,
}) => {
  const sidebar = await openSidebarOn(page, background, extensionId, `${PAGE_SOURCE}.html`);
  await sidebar.briefing.waitFor({ timeout: HANG_GUARD_MS });
  await sidebar.showStories();

  await expect(sidebar.stories).toHaveCount(2);
  // The page's own story is marked; the March pause is a story of one source with its date.
  await expect(sidebar.stories.filter({ hasText: '4 sources' })).toHaveAttribute('aria-current', 'true');
  const pause = sidebar.stories.filter({ hasText: '1 source' });
  await expect(pause).toContainText('19 Mar 2025');
  await sidebar.screenshot('sidebar-stories.png');
  expect(await seriousAccessibilityViolations(sidebar.page)).toEqual([]);

  await sidebar.stories.filter({ hasText: '4 sources' }).locator('.story-open').click();
  await sidebar.briefing.waitFor();
  await expect(sidebar.page.locator('.briefing-kicker')).toHaveText('Story');
  await expect(sidebar.page.locator('.briefing-side-by-side li')).toHaveCount(storyMates().length);
  await expect(sidebar.matrix.locator('thead th')).toHaveCount(1 + storyMates().length);
  await sidebar.screenshot('sidebar-story.png');
});

test('an off-story page says so in one line and offers the stories and a search', async ({
  page,
  background,
  extensionId,
}) => {
  const sidebar = await openSidebarOn(page, background, extensionId, 'allotment.html');
  const line = sidebar.page.locator('.off-story-line');
  await line.waitFor({ timeout: HANG_GUARD_MS });
  await expect(sidebar.briefing).toHaveCount(0);
  await sidebar.screenshot('sidebar-off-story.png');

  await sidebar.page.getByRole('searchbox').fill('shadow fleet');
  await sidebar.page.getByRole('button', { name: 'Compare', exact: true }).click();
  await sidebar.comparison.waitFor();
  await expect(sidebar.page.locator('.comparison-title')).toHaveText('shadow fleet');

  await sidebar.page.locator('.sidebar-back').click();
  await sidebar.showStories();
  await expect(sidebar.stories).toHaveCount(2);
});
