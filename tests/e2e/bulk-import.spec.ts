import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { setParallaxSettings } from '../support/browser/set-parallax-settings';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { missingShared, sharedPath } from '../helpers/shared-dir';

/**
 * Bulk import on the options page of the built extension: a folder of real
 * articles (the first BASIL files, read from ../shared at test time) and one
 * file that cannot be imported go through the real file input; the progress
 * bar climbs to the total, the bad file is listed with its reason, and the
 * corpus manager lists, counts and filters what came in.
 */
const BASIL = 'corpora/basil';
/** More files than one batch holds (run-bulk-import.ts), so progress has steps. */
const FILES = 30;
const SCREENSHOTS = 'test-results/screenshots';

test.describe('bulk import', () => {
  const missing = missingShared(BASIL);
  test.skip(missing !== null, missing ?? '');

  test('many files show progress, then the list; a bad file is listed and adds nothing', async ({
    page,
    extensionId,
    background,
  }) => {
    test.setTimeout(120_000);
    const dir = sharedPath(BASIL);
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .slice(0, FILES);
    const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Record<
      string,
      { outlet: string; published: string }
    >;
    // Each article as a Markdown file whose front matter names its outlet and date, as a reader's notes would.
    const markdown = (name: string): Buffer => {
      const meta = manifest[name.replace(/\.txt$/u, '')];
      const front = meta ? `---\noutlet: ${meta.outlet}\npublished: ${meta.published}\n---\n\n` : '';
      return Buffer.from(front + readFileSync(join(dir, name), 'utf8'), 'utf8');
    };
    const files = [
      ...names.map((name) => ({
        name: name.replace(/\.txt$/u, '.md'),
        mimeType: 'text/markdown',
        buffer: markdown(name),
      })),
      { name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK binary') },
    ];

    const options = await OptionsPage.open(page, extensionId);
    // Every state of the progress bar the page shows, recorded as it shows it.
    await page.evaluate(() => {
      const seen: { value: number; max: number }[] = [];
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('.options-import-progress progress');
        if (bar instanceof HTMLProgressElement) seen.push({ value: bar.value, max: bar.max });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.locator('input[name="import"]').setInputFiles(files);
    await options.report.first().waitFor({ timeout: HANG_GUARD_MS * 3 });
    await options.idle();

    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: { value: number; max: number }[] }).progressSeen,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((state) => state.max === files.length)).toBe(true);
    expect(Math.max(...seen.map((state) => state.value))).toBeGreaterThan(0);

    const report = await options.report.allTextContents();
    expect(report[0]).toMatch(new RegExp(`^${FILES} sources added`, 'u'));
    expect(report.some((line) => line.includes('notes.docx'))).toBe(true);
    await expect(options.yours).toHaveCount(FILES);
    await expect(page.locator('.options-counts')).toContainText(`${FILES} of your sources`);
    await expect(page.locator('.options-counts')).toContainText('Storage used by Parallax');

    // The story filter offers the background's stories that hold these sources, and shows only a story's own.
    const stories = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          runtime: {
            sendMessage: (
              message: unknown,
            ) => Promise<{ stories: { id: string; sources: { id: string }[] }[] }>;
          };
        };
      };
      return (await chrome.runtime.sendMessage({ type: 'stories-list' })).stories;
    });
    const listedIds = new Set((await options.listedYours()).map((row) => row.sourceId));
    const ownStory = stories.find((story) => story.sources.some((source) => listedIds.has(source.id)));
    expect(ownStory, 'a story holds some of the imported BASIL reports').toBeDefined();
    if (ownStory) {
      await page.locator('select[name="corpus-story"]').selectOption(ownStory.id);
      const members = ownStory.sources.map((source) => source.id).filter((id) => listedIds.has(id));
      await expect(options.yours).toHaveCount(members.length);
      expect((await options.listedYours()).map((row) => row.sourceId).sort()).toEqual(members.sort());
      await page.screenshot({ path: `${SCREENSHOTS}/options-story-filter.png`, fullPage: true });
      await page.locator('select[name="corpus-story"]').selectOption('');
      await expect(options.yours).toHaveCount(FILES);
    }

    // The manager's outlet filter narrows the list to one outlet's reports.
    await page.locator('select[name="corpus-outlet"]').selectOption('Fox News');
    const foxCount = names.filter((name) => name.endsWith('-fox.txt')).length;
    await expect(options.yours).toHaveCount(foxCount);
    await page.screenshot({ path: `${SCREENSHOTS}/options-bulk-import.png`, fullPage: true });

    // Delete the selection: select what is shown, delete, and the rest stays.
    await page.getByRole('button', { name: 'Select all shown' }).click();
    await page.locator('button[name="delete-selected"]').click();
    await page.locator('select[name="corpus-outlet"]').selectOption('');
    await expect(options.yours).toHaveCount(FILES - foxCount, { timeout: HANG_GUARD_MS * 3 });

    // The popup's pause switch for "Keep what I read" appears once it is on.
    await setParallaxSettings(background, { keep: { enabled: true, paused: false, sites: [] } });
    const popupTab = await page.context().newPage();
    const popup = await PopupPage.open(popupTab, extensionId);
    await popup.openSettings();
    await expect(popupTab.locator('input[name="keep"]')).toBeChecked();
    await popupTab.screenshot({ path: `${SCREENSHOTS}/popup-keep-switch.png` });
  });
});
