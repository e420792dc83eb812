import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { PopupPage, type ShownGroup } from './pages/popup-page';
import { seriousAccessibilityViolations } from './support/check-accessibility';
import { setParallaxSettings } from '../support/browser/set-parallax-settings';

const SCREENSHOTS = 'test-results/screenshots';
/** The popup's own width (popup.css); the height fits a few result groups. */
const POPUP_VIEWPORT = { width: 420, height: 640 };

/** Passages containing every word of `term`, each word inside a <mark>. */
function markedPassages(groups: ShownGroup[], term: string) {
  const words = term.toLowerCase().split(/\s+/);
  return groups.flatMap((group) =>
    group.passages.filter(
      (passage) =>
        passage.text.toLowerCase().includes(term.toLowerCase()) &&
        words.every((word) => passage.marks.some((mark) => mark.toLowerCase().includes(word))),
    ),
  );
}

async function screenshot(popup: PopupPage, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await popup.page.screenshot({ path: `${SCREENSHOTS}/${name}`, fullPage: true });
}

test.describe('popup search in Chromium', () => {
  for (const term of ['Witkoff', 'Dmitriev', 'Pokrovsk', 'air truce']) {
    test(`typing "${term}" shows passages that contain it, emphasised`, async ({ popup }) => {
      await popup.search(term);

      const groups = await popup.resultGroups();
      expect(groups.length).toBeGreaterThanOrEqual(1);
      expect(markedPassages(groups, term).length).toBeGreaterThanOrEqual(1);
      await expect(popup.status).not.toBeEmpty();
      for (const group of groups) {
        expect(group.sourceId).not.toBe('');
        expect(group.outlet).not.toBe('');
      }
    });
  }

  test('"shadow fleet" is reported by at least three different sources', async ({ popup }) => {
    await popup.search('shadow fleet');

    const groups = await popup.resultGroups();
    const sources = new Set(groups.map((group) => group.sourceId));
    expect(sources.size, `sources: ${[...sources].join(', ')}`).toBeGreaterThanOrEqual(3);
  });

  test('results are grouped by story, each headed with its label and dates, a few passages a source', async ({
    popup,
  }) => {
    // The seeds hold two stories: 000–003 the August 2025 visit, 004 the March 2025 strike pause.
    await popup.search('ceasefire');

    const stories = await popup.shownStories();
    expect(stories.length).toBeGreaterThanOrEqual(2);
    for (const story of stories) {
      expect(story.storyId).toMatch(/^s-/u);
      expect(story.label).not.toBe('');
      expect(story.dates).toMatch(/\d{4}/u);
      for (const count of story.passageCounts) expect(count).toBeLessThanOrEqual(3);
    }
    const pause = stories.find((story) => story.sourceIds.includes('004_cf8e87853554287d'));
    expect(pause?.dates).toContain('Mar 2025');
    expect(pause?.sourceIds).toEqual(['004_cf8e87853554287d']);
    const visit = stories.find((story) => story !== pause);
    expect(visit?.sourceIds.every((id) => /^00[0-3]_/u.test(id))).toBe(true);
    expect(visit?.dates).toContain('Aug 2025');
    await popup.page.setViewportSize(POPUP_VIEWPORT);
    await screenshot(popup, 'popup-results-by-story.png');
  });

  test('a query nothing matches shows the no-results state', async ({ popup }) => {
    await popup.search('xqzvkw plorbt');

    await expect(popup.noResults).toBeVisible();
    await expect(popup.noResults).toContainText('xqzvkw plorbt');
    await expect(popup.groups).toHaveCount(0);
  });

  test('Escape clears the box and returns to the empty state', async ({ popup }) => {
    await popup.search('Witkoff');
    await expect(popup.groups).not.toHaveCount(0);

    await popup.pressEscape();

    await expect(popup.searchBox).toHaveValue('');
    await expect(popup.emptyState).toBeVisible();
    await expect(popup.groups).toHaveCount(0);
    await expect(popup.noResults).toHaveCount(0);
  });

  test('typing part of a name suggests the item, and ArrowDown makes it the active option', async ({
    popup,
  }) => {
    await popup.search('witk');

    await expect(popup.searchBox).toHaveAttribute('aria-expanded', 'true');
    const first = popup.suggestions.first();
    await expect(first).toContainText('Steve Witkoff');
    await expect(first).toContainText('Person');

    await popup.searchBox.press('ArrowDown');

    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(popup.searchBox).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? '',
    );
  });

  test('opened as a tab, the popup says it cannot read the page it is on', async ({ popup }) => {
    await popup.settle();

    await expect(popup.onThisPage).toContainText('Parallax cannot read this page.');
  });

  test('the background answers a malformed search message with an error', async ({ popup }) => {
    const answer = await popup.page.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ type: 'search', query: 42 });
    });

    expect(answer).toMatchObject({ type: 'error', message: expect.any(String) });
  });

  test('searching makes no network request outside the extension', async ({ page, extensionId }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) outside.push(request.url());
    });
    const popup = await PopupPage.open(page, extensionId);

    await popup.search('shadow fleet');
    await expect(popup.groups).not.toHaveCount(0);
    await popup.search('Witkoff');

    expect(outside).toEqual([]);
  });

  test('screenshots of the empty, result and dark states', async ({ popup }) => {
    await popup.page.setViewportSize(POPUP_VIEWPORT);
    await popup.settle();
    await expect(popup.emptyState).toBeVisible();
    await screenshot(popup, 'popup-empty.png');

    await popup.search('Witkoff');
    await expect(popup.groups).not.toHaveCount(0);
    await screenshot(popup, 'popup-results.png');

    await popup.page.emulateMedia({ colorScheme: 'dark' });
    await popup.search('shadow fleet');
    await expect(popup.groups).not.toHaveCount(0);
    await screenshot(popup, 'popup-results-dark.png');
  });
});

test.describe('options page in Chromium', () => {
  test('lists the sites where Parallax is off, switches one back on, and has no serious accessibility violation', async ({
    page,
    background,
    extensionId,
  }) => {
    await setParallaxSettings(background, { disabledSites: ['example.org', 'news.example'] });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const sites = page.locator('.options-site');
    await expect(sites).toHaveText(['example.org', 'news.example']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch back on for example.org' }).click();

    await expect(sites).toHaveText(['news.example']);
    const stored = await background.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } } };
      };
      return (await chrome.storage.local.get('settings')).settings;
    });
    expect(stored).toMatchObject({ disabledSites: ['news.example'] });
  });

  test('the popup’s “More settings” opens it', async ({ popup, context }) => {
    await popup.openSettings();
    const [options] = await Promise.all([
      context.waitForEvent('page'),
      popup.page.getByRole('button', { name: 'More settings' }).click(),
    ]);
    await expect(options).toHaveURL(/\/options\.html$/);
    await expect(options.getByRole('heading', { name: 'Parallax settings' })).toBeVisible();
  });
});
