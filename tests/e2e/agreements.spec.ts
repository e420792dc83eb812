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
