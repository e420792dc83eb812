import { test, expect } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { findExtensionId, launchChromiumWithExtension } from '../support/browser/launch-chromium';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/**
 * The streamed export of the built extension: the options page pulls the
 * reader's sources a page at a time (message user-sources-export-page) and
 * downloads one file; that file, imported through the file input of another
 * profile, brings back as many sources.
 */
/** More than two export pages (MAX_EXPORT_PAGE_SOURCES), so the cursor moves. */
const SOURCES = 230;
const SCREENSHOTS = 'test-results/screenshots';

function drafts(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    outlet: i % 2 === 0 ? 'Harbour Gazette' : 'Quayside Weekly',
    title: `Harbour report ${i}`,
    author: null,
    published: `2025-0${1 + (i % 9)}-1${i % 10}`,
    url: `https://gazette.example/report-${i}`,
    text: `Harbour report ${i}\n\nThe harbour master counted ${i + 10} ships at the quay on a calm day number ${i}.`,
  }));
}

test.describe('streamed export', () => {
  test('the export downloads one file that another profile imports back with the same count', async ({
    page,
    extensionId,
  }) => {
    test.setTimeout(180_000);
    const options = await OptionsPage.open(page, extensionId);
    const answer = await page.evaluate(async (sources) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ added?: number }> } };
      };
      return chrome.runtime.sendMessage({ type: 'user-sources-import', sources });
    }, drafts(SOURCES));
    expect(answer.added).toBe(SOURCES);
    await page.reload();
    await options.idle();
    await expect(options.yours).toHaveCount(SOURCES);

    const exported = await options.export();
    await expect(page.locator('.options-export-status')).toHaveText(`${SOURCES} sources exported.`);
    await page.screenshot({ path: `${SCREENSHOTS}/options-export.png` });
    expect(exported.name).toBe('parallax-sources.json');
    const file = JSON.parse(exported.text) as { format: string; sources: { url: string }[] };
    expect(file.format).toBe('parallax-user-sources');
    expect(new Set(file.sources.map((source) => source.url)).size).toBe(SOURCES);

    const other = await launchChromiumWithExtension();
    try {
      const otherId = await findExtensionId(other.context);
      const fresh = await OptionsPage.open(await other.context.newPage(), otherId);
      await expect(fresh.yours).toHaveCount(0);
      await fresh.page.locator('input[name="import"]').setInputFiles({
        name: exported.name,
        mimeType: 'application/json',
        buffer: Buffer.from(exported.text, 'utf8'),
      });
      await fresh.report.first().waitFor({ timeout: HANG_GUARD_MS * 3 });
      await expect(fresh.report).toHaveText([`${SOURCES} sources added, 0 updated.`]);
      await expect(fresh.yours).toHaveCount(SOURCES);
    } finally {
      await other.close();
    }
  });
});
