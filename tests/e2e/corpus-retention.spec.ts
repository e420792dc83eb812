import { test, expect } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/**
 * Deleting by age and the retention settings on the options page of the
 * built extension: "Delete older" removes what was published before a day;
 * "keep the last N months" removes what is older at once, and again after
 * the next import; "at most N" keeps the newest; the bundled sources stay.
 */
const SCREENSHOTS = 'test-results/screenshots';

/** The ISO day `months` months before now (the browser's clock is the machine's). */
function monthsAgo(months: number): string {
  const day = new Date();
  day.setUTCDate(1);
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

/** Words enough that no two reports read as the same wording (the import would update instead of adding). */
const WORDS = ['cranes', 'ferries', 'grain', 'tugboats', 'lighthouse', 'fishermen', 'containers', 'pilots'];

const source = (title: string, published: string | null) => {
  const seed = [...title].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const words = WORDS.map((_, i) => WORDS[(seed + i * 3) % WORDS.length]);
  return {
    outlet: 'Harbour Gazette',
    title,
    author: null,
    published,
    url: `https://gazette.example/${encodeURIComponent(title)}`,
    text: `${title}\n\n${words.map((word, i) => `Report ${title} saw ${seed * (i + 1)} ${word} on day ${i}.`).join(' ')}`,
  };
};

async function importByMessage(options: OptionsPage, sources: ReturnType<typeof source>[]): Promise<void> {
  const answer = await options.page.evaluate(async (drafts) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ added?: number }> } };
    };
    return chrome.runtime.sendMessage({ type: 'user-sources-import', sources: drafts });
  }, sources);
  expect(answer.added).toBe(sources.length);
  await options.page.reload();
  await options.idle();
}

const titles = async (options: OptionsPage): Promise<string[]> =>
  (await options.listedYours()).map((row) => row.name.split(' — ')[1]?.split(' (')[0] ?? row.name).sort();

test.describe('corpus retention', () => {
  test('delete older than a day, then keep N months and at most N sources; the bundled sources stay', async ({
    page,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    const options = await OptionsPage.open(page, extensionId);
    const bundled = await page.locator('ul.options-bundled > li').count();
    await importByMessage(options, [
      source('forty months', monthsAgo(40)),
      source('thirty months', monthsAgo(30)),
      source('twenty months', monthsAgo(20)),
      source('two months', monthsAgo(2)),
      source('one month', monthsAgo(1)),
      source('undated', null),
    ]);
    await expect(options.yours).toHaveCount(6);

    // Older than: everything published before 25 months ago goes; the undated one is never "older".
    await page.locator('input[name="corpus-before"]').fill(monthsAgo(25));
    await page.locator('button[name="delete-older"]').click();
    await expect(options.yours).toHaveCount(4, { timeout: HANG_GUARD_MS * 3 });
    await options.idle();
    expect(await titles(options)).toEqual(['one month', 'twenty months', 'two months', 'undated']);

    // Keep the last 12 months: the twenty-month-old report goes at once.
    await page.locator('input[name="retention-months"]').fill('12');
    await page.locator('input[name="retention-months"]').blur();
    await expect(options.report).toHaveText(['1 source removed by your retention settings.'], {
      timeout: HANG_GUARD_MS * 3,
    });
    await options.idle();
    expect(await titles(options)).toEqual(['one month', 'two months', 'undated']);

    // An import of an old article: added, then removed by the retention that applies after it.
    await options.import([
      {
        name: 'old.md',
        text: `---\noutlet: Quayside Weekly\npublished: ${monthsAgo(30)}\n---\n\nAn old report of the quay and its cranes.`,
      },
    ]);
    await expect(options.report).toHaveText(['1 source added, 0 updated.']);
    expect(await titles(options)).toEqual(['one month', 'two months', 'undated']);

    // At most two: the newest dated ones stay, the undated one ranks last.
    await page.locator('input[name="retention-max"]').fill('2');
    await page.locator('input[name="retention-max"]').blur();
    await expect(options.report).toHaveText(['1 source removed by your retention settings.'], {
      timeout: HANG_GUARD_MS * 3,
    });
    await options.idle();
    expect(await titles(options)).toEqual(['one month', 'two months']);
    await expect(page.locator('ul.options-bundled > li')).toHaveCount(bundled);
    await page.locator('.options-retention').screenshot({ path: `${SCREENSHOTS}/options-retention.png` });

    // The settings are stored: a new page shows them.
    await page.reload();
    await options.idle();
    await expect(page.locator('input[name="retention-months"]')).toHaveValue('12');
    await expect(page.locator('input[name="retention-max"]')).toHaveValue('2');
  });
});
