import { test, expect } from './fixtures';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { ArticlePage } from './pages/article-page';
import { SidebarPage } from './pages/sidebar-page';
import { seriousAccessibilityViolations } from './support/check-accessibility';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { tabIdOf } from './support/tab-id-of';

/**
 * Seed 002 reports a Russian strike on a gas facility "in Ukraine’s Odesa
 * region"; seed 003 (same story) reports Russia attacking a gas pumping
 * station "in southern Ukraine": one place at two scales, an agreement only
 * claims (not figures) find.
 */
const PAGE = '002_e6f7d8410eb97394';

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

test('on a seed page, the card sets the Odesa strike beside the other source’s "southern Ukraine" as one place at two scales', async ({
  page,
}) => {
  const article = await ArticlePage.open(page, site.url(`${PAGE}.html`));
  await article.restPointerOn('Zelenskyy');
  const card = await article.waitForCard();
  expect(card.label).toBe('Volodymyr Zelenskyy');
  expect(card.text).toContain('What they assert');
  expect(card.text).toContain('one place named at two scales');
  expect(card.text).toContain('In Ukraine’s Odesa region, a Russian strike on a natural gas facility');
  expect(card.text).toContain('Russia had attacked a gas pumping station in southern Ukraine');
  await article.screenshot('card-claims-two-scales.png');
});

test('on the same seed page, the sidebar’s item view sets the same two clauses side by side and says how much was compared', async ({
  page,
  background,
  extensionId,
}) => {
  await ArticlePage.open(page, site.url(`${PAGE}.html`));
  const tabId = await tabIdOf(background, page);
  const sidebarTab = await page.context().newPage();
  await sidebarTab.setViewportSize({ width: 420, height: 900 });
  const sidebar = await SidebarPage.open(sidebarTab, extensionId, tabId);
  await sidebar.briefing.waitFor({ timeout: HANG_GUARD_MS });
  await sidebar.compareItem('Volodymyr Zelenskyy');

  const claims = sidebar.comparison.locator('.claim-rows');
  await expect(claims.locator('.claim-rows-heading')).toHaveText('What they assert');
  const twoScales = claims.locator('.claim-row-agree', { hasText: 'one place named at two scales' });
  await expect(twoScales).toContainText(
    'In Ukraine’s Odesa region, a Russian strike on a natural gas facility',
  );
  await expect(twoScales).toContainText('Russia had attacked a gas pumping station in southern Ukraine');
  // Never a bare "0 differ": how many facts could be set beside another source’s.
  await expect(sidebar.comparison.locator('.facts-extent')).toHaveText(
    /^(\d+ of \d+ facts? could be set beside another source’s|No figure|\d+ facts?, (none|not) matched)/u,
  );
  await sidebar.screenshot('sidebar-claims-two-scales.png');
  expect(await seriousAccessibilityViolations(sidebar.page)).toEqual([]);
});

/** Seed 000 names "August 6"; seed 001 names the same day only as "Wednesday", which resolves to it. */
const DAY_PAGE = '000_ad04fbc0c7af5402';
const WEDNESDAY_SOURCE = '001_4ad11c5cc216dbde';

test('on a seed page, the card for a day lists the source that names it only as a weekday, and labels their agreement by the day', async ({
  page,
}) => {
  const article = await ArticlePage.open(page, site.url(`${DAY_PAGE}.html`));
  await article.restPointerOn('August 6');
  const card = await article.waitForCard();
  expect(card.label).toBe('August 6');
  expect(card.others.map((other) => other.sourceId)).toContain(WEDNESDAY_SOURCE);
  expect(card.silent).not.toContain('PolskieNews');
  const day = article.card.locator('.card-finding-agree', { hasText: 'August 6:' });
  await expect(day).toContainText('PolskieNews: Wednesday');
  // Each source once with each wording, however many of its sentences name the day.
  const text = (await day.textContent()) ?? '';
  expect(text.split('PolskieNews: Wednesday')).toHaveLength(2);
  await article.screenshot('card-day-agreement.png');
});

test('the sidebar’s facts for a day show the same-day agreement, labelled by the day, each source once', async ({
  page,
  background,
  extensionId,
}) => {
  await ArticlePage.open(page, site.url(`${DAY_PAGE}.html`));
  const tabId = await tabIdOf(background, page);
  const sidebarTab = await page.context().newPage();
  await sidebarTab.setViewportSize({ width: 420, height: 900 });
  const sidebar = await SidebarPage.open(sidebarTab, extensionId, tabId);
  await sidebar.briefing.waitFor({ timeout: HANG_GUARD_MS });
  await sidebar.compareItem('August 6');

  const day = sidebar.comparison.locator('.fact-row-agree', {
    has: sidebar.page.locator('.fact-label', { hasText: /^\S*\s*August 6$/u }),
  });
  await expect(day).toHaveCount(1);
  const sources = day.locator('.fact-value');
  await expect(sources.filter({ hasText: 'Wednesday' }).first()).toBeVisible();
  const ids = await sources.evaluateAll((values) =>
    values.map((value) => value.getAttribute('data-source-id')),
  );
  const wordings = await sources.locator('summary').allTextContents();
  const pairs = ids.map((id, index) => `${id}: ${wordings[index]}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  expect(ids).toContain(WEDNESDAY_SOURCE);
  await sidebar.screenshot('sidebar-day-agreement.png');
  expect(await seriousAccessibilityViolations(sidebar.page)).toEqual([]);
});
