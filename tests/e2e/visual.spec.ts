import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { test, expect } from './fixtures';
import { ArticlePage, SCREENSHOTS_DIR } from './pages/article-page';
import { PopupPage } from './pages/popup-page';
import { SidebarPage } from './pages/sidebar-page';
import { seriousAccessibilityViolations } from './support/check-accessibility';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { tabIdOf } from './support/tab-id-of';

/**
 * Visual regression: the card, the popup and the sidebar's three views (the
 * page's story, the page's items, one item) at a narrow side panel (360), its
 * usual width (420) and a wide one (800), light and dark, against the
 * baselines in visual.spec.ts-snapshots/. After an intended change to the
 * UI, regenerate them all with one command (see the README):
 *
 *   npx wxt build && npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 *
 * The same run saves the README's screenshots (the 420 px views, light and
 * dark, as first seen) to test-results/screenshots/readme/.
 *
 * Below 700 px the views must not scroll sideways, and the item view must
 * have no empty gap (the sources are stacked, each as tall as itself).
 */
const WIDTHS = [360, 420, 800] as const;
const SCHEMES = ['light', 'dark'] as const;
const HEIGHT = 900;
/** The popup's usual height budget: Chrome caps a popup at 600 px. */
const POPUP_MAX_HEIGHT = 600;
/** Below this the sources stack (lib/ui/sidebar/sidebar.css). */
const STACKED_BELOW = 700;
/** More space than this between consecutive blocks of the item view is a gap, not a margin. */
const MAX_GAP = 40;
const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';
const ITEM = 'Steve Witkoff';
/** The README's screenshots (docs/screenshots) are these views at this width, as a reader first sees them. */
const README_WIDTH = 420;
const README_DIR = `${SCREENSHOTS_DIR}/readme`;
/** Font antialiasing differs by a few pixels between runs and machines; a changed layout moves far more. */
const SCREENSHOT = { maxDiffPixelRatio: 0.015, animations: 'disabled', caret: 'hide' } as const;

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

/** At the README's width, also saves what the reader first sees (the viewport, not the whole page). */
async function readmeShot(
  width: number,
  scheme: string,
  view: string,
  target: Page | Locator,
): Promise<void> {
  if (width !== README_WIDTH) return;
  mkdirSync(README_DIR, { recursive: true });
  await target.screenshot({
    path: `${README_DIR}/${view}-${scheme}.png`,
    animations: 'disabled',
    caret: 'hide',
  });
}

/** The document is no wider than the viewport: nothing scrolls sideways. */
async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/** The largest vertical space between consecutive blocks of the item view (its sections and stacked sources). */
async function largestGap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const gaps = (selector: string) => {
      const boxes = [...document.querySelectorAll(selector)].map((element) =>
        element.getBoundingClientRect(),
      );
      return boxes.slice(1).map((box, index) => box.top - (boxes[index]?.bottom ?? box.top));
    };
    return Math.max(
      0,
      ...gaps('.comparison > *'),
      ...gaps('.comparison-story:first-of-type .comparison-source'),
    );
  });
}

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`card, popup and sidebar at ${width} px in the ${scheme} scheme match their baselines`, async ({
      page,
      background,
      extensionId,
    }) => {
      // Five views, each waited for and compared, and an axe run: slow on two busy cores.
      test.setTimeout(120_000);
      const name = (view: string) => `${view}-${width}-${scheme}.png`;
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: Math.max(width, 800), height: HEIGHT });
      const articlePage = await ArticlePage.open(page, site.url(`${PAGE_SOURCE}.html`));
      const tabId = await tabIdOf(background, page);

      await articlePage.restPointerOn('Witkoff');
      await articlePage.waitForCard();
      await expect(articlePage.card).toHaveScreenshot(name('card'), SCREENSHOT);
      await readmeShot(width, scheme, 'card', articlePage.card);

      const sidebarTab = await page.context().newPage();
      await sidebarTab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await sidebarTab.setViewportSize({ width, height: HEIGHT });
      const sidebar = await SidebarPage.open(sidebarTab, extensionId, tabId);
      await sidebar.briefing.waitFor({ timeout: HANG_GUARD_MS });
      await expect(sidebarTab).toHaveScreenshot(name('sidebar-story'), { ...SCREENSHOT, fullPage: true });
      await readmeShot(width, scheme, 'sidebar-story', sidebarTab);
      if (width < STACKED_BELOW) {
        const { scrollWidth, clientWidth } = await sidewaysOverflow(sidebarTab);
        expect(scrollWidth, 'the story view scrolls sideways').toBeLessThanOrEqual(clientWidth);
      }

      await sidebar.showItems();
      await expect(sidebarTab).toHaveScreenshot(name('sidebar-page'), { ...SCREENSHOT, fullPage: true });

      await sidebar.compareItem(ITEM);
      await expect(sidebarTab).toHaveScreenshot(name('sidebar-item'), { ...SCREENSHOT, fullPage: true });
      await readmeShot(width, scheme, 'sidebar-item', sidebarTab);
      if (width < STACKED_BELOW) {
        const { scrollWidth, clientWidth } = await sidewaysOverflow(sidebarTab);
        expect(scrollWidth, 'the item view scrolls sideways').toBeLessThanOrEqual(clientWidth);
        expect(await largestGap(sidebarTab)).toBeLessThanOrEqual(MAX_GAP);
      }
      expect(await seriousAccessibilityViolations(sidebarTab)).toEqual([]);

      const popupTab = await page.context().newPage();
      await popupTab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popupTab.setViewportSize({ width, height: POPUP_MAX_HEIGHT });
      const popup = await PopupPage.open(popupTab, extensionId, tabId);
      await popup.onThisPage.getByRole('button', { name: /^Show all/u }).waitFor({ timeout: HANG_GUARD_MS });
      await popup.settle();
      await expect(popupTab).toHaveScreenshot(name('popup'), { ...SCREENSHOT, fullPage: true });
      await readmeShot(width, scheme, 'popup', popupTab);
      const height = await popupTab.evaluate(() => document.documentElement.scrollHeight);
      expect(height, 'the popup needs scrolling on a seed page').toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
      expect(await seriousAccessibilityViolations(popupTab)).toEqual([]);
    });
  }
}
