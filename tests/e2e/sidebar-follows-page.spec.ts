import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { SidebarPage } from './pages/sidebar-page';
import { renderSpaPage, SPA_NAVIGATE } from './support/render-spa-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { tabIdOf } from './support/tab-id-of';

/**
 * The sidebar keeps up with a single-page app: the page swaps its article for
 * another story's and pushes the new address with the history API. No
 * document loads, so only the content script can say the page changed.
 */
const FIRST = '003_ef5a6fde2ba6a5a5';
/** Another story's article (the March 2025 pause). */
const NEXT = '004_cf8e87853554287d';
const SIDE_PANEL = { width: 360, height: 900 };

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite((articles) => {
    const article = (id: string) => {
      const found = articles.find((candidate) => candidate.meta.id === id);
      if (!found) throw new Error(`e2e: seed ${id} is not in the corpus`);
      return found;
    };
    return { 'spa.html': renderSpaPage(article(FIRST), article(NEXT), 'spa-next.html') };
  });
});

test.afterAll(async () => {
  await site?.close();
});

test('after a history-API navigation to another story, the sidebar shows the new page’s story and items', async ({
  page,
  background,
  extensionId,
}) => {
  await ArticlePage.open(page, site.url('spa.html'));
  const tabId = await tabIdOf(background, page);
  const sidebarTab = await page.context().newPage();
  await sidebarTab.setViewportSize(SIDE_PANEL);
  const sidebar = await SidebarPage.open(sidebarTab, extensionId, tabId);
  const thisPage = sidebar.briefingSources.filter({ hasText: 'this page' });
  await expect(thisPage).toHaveAttribute('data-source-id', FIRST, { timeout: HANG_GUARD_MS });
  const firstStory = await sidebar.briefing.getAttribute('data-story-id');

  await page.evaluate((name) => (window as unknown as Record<string, () => void>)[name]?.(), SPA_NAVIGATE);

  await expect(page).toHaveURL(/\/spa-next\.html$/);
  await expect(thisPage).toHaveAttribute('data-source-id', NEXT, { timeout: HANG_GUARD_MS });
  await expect(sidebar.briefing).not.toHaveAttribute('data-story-id', firstStory ?? '');
  // The items are the new page's: one only the first article names is gone.
  await sidebar.showItems();
  await expect(sidebar.item('Steve Witkoff')).toHaveCount(0);
  await sidebar.screenshot('sidebar-after-spa-navigation.png');
});
