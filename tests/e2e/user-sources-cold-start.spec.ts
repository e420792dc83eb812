import type { Page } from 'playwright-core';
import { controlExtensionWorker } from '../hardening/support/control-extension-worker';
import { test, expect } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { cardSourcesOf } from './support/card-sources-of';

/**
 * The reader's sources after the service worker was stopped: the popup's
 * search finds them (answered from the paged index, the seeds' MiniSearch
 * beside it) and a seed's card cites them, each from a worker that has just
 * started again.
 */

/** A seed that mentions Donald Trump many times. */
const SEED = '003_ef5a6fde2ba6a5a5';
const ITEM = 'Donald Trump';
/** A word no seed has: only the reader's sources can answer it. */
const WORD = 'Skerrivore';
const SCREENSHOTS = 'test-results/screenshots';

const drafts = [
  {
    outlet: 'Harbour Gazette',
    title: 'Donald Trump visits Skerrivore harbour',
    author: null,
    published: '2025-08-07',
    url: 'https://gazette.example/trump-skerrivore',
    text: 'Donald Trump visits Skerrivore harbour\n\nDonald Trump walked along the Skerrivore quay on Thursday and met 40 dock workers. Donald Trump said the harbour would stay open.',
  },
  {
    outlet: 'Quay Weekly',
    title: 'Skerrivore ferry keeps its timetable',
    author: null,
    published: '2025-08-08',
    url: 'https://quay.example/skerrivore-ferry',
    text: 'Skerrivore ferry keeps its timetable\n\nThe Skerrivore ferry sails twice a day, Donald Trump was told on his visit. Donald Trump promised the pier new lights.',
  },
];

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

/** Imports as the options page does: one message to the background. */
function importDrafts(page: Page): Promise<{ added: number }> {
  return page.evaluate((sources) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ added: number }> } };
    };
    return chrome.runtime.sendMessage({ type: 'user-sources-import', sources });
  }, drafts);
}

test('after the service worker was stopped, the popup finds the reader’s sources and a card cites them', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect((await importDrafts(options)).added).toBe(drafts.length);
  await options.close();

  const worker = await controlExtensionWorker(context, extensionId);
  await worker.stop();
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.search(WORD);
  await worker.restarted();
  const groups = await popup.resultGroups();
  await popup.page.screenshot({ path: `${SCREENSHOTS}/popup-your-sources-cold.png`, fullPage: true });
  expect(groups.map((group) => group.sourceId).filter((id) => id.startsWith('yours-'))).toHaveLength(2);
  expect(groups.map((group) => group.outlet).join(' | ')).toMatch(
    /Harbour Gazette.*\|.*Quay Weekly|Quay Weekly.*\|.*Harbour Gazette/u,
  );
  for (const group of groups) expect(group.passages[0]?.marks).toContain(WORD);
  await popup.page.close();

  await worker.stop();
  const cited = await cardSourcesOf(context, { url: site.url(`${SEED}.html`), word: 'Trump', item: ITEM });
  await worker.restarted();
  await worker.close();
  expect(
    cited.filter((source) => source.sourceId.startsWith('yours-')).map((source) => source.outlet),
  ).toEqual(
    expect.arrayContaining([
      expect.stringContaining('Harbour Gazette'),
      expect.stringContaining('Quay Weekly'),
    ]),
  );
});
