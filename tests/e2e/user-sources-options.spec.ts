import type { BrowserContext, Worker } from 'playwright-core';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { OptionsPage, type ImportedFile } from './pages/options-page';
import { SidebarPage } from './pages/sidebar-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { cardSourcesOf, type CardSourceShown } from './support/card-sources-of';
import { tabIdOf } from './support/tab-id-of';

/**
 * The options page's sources section in the built extension: files imported
 * through the real file input, a bad file refused with its reason, an edited
 * outlet shown in the card, the export re-imported, and the hide switches
 * taking a source (bundled or the reader's) out of the card and the sidebar
 * and bringing it back.
 */

/** A seed that mentions Donald Trump many times. */
const SEED = '003_ef5a6fde2ba6a5a5';
const ITEM = 'Donald Trump';

const TXT: ImportedFile = {
  name: 'quay-visit.txt',
  text: [
    'Donald Trump tours the quay',
    '',
    'Donald Trump walked along the quay on Thursday and met 40 dock workers, the harbour master said.',
    '',
    'Donald Trump promised the crane crews that the port would stay open through the winter.',
  ].join('\n'),
};
const JSON_FILE: ImportedFile = {
  name: 'gazette.json',
  text: JSON.stringify({
    format: 'parallax-user-sources',
    version: 1,
    sources: [
      {
        outlet: 'Harbour Gazette',
        title: 'Trump at the docks',
        author: null,
        published: '2025-08-07',
        url: 'https://gazette.example/trump-docks',
        text: 'Trump at the docks\n\nDonald Trump spoke to 300 ferry workers at the docks on Friday. Donald Trump said wages would rise.',
      },
    ],
  }),
};
/** A JSON file that is not a Parallax export: its article has no text. */
const BAD_JSON: ImportedFile = {
  name: 'broken.json',
  text: JSON.stringify({ format: 'parallax-user-sources', version: 1, sources: [{ outlet: 'Nowhere' }] }),
};

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

function cardSources(context: BrowserContext): Promise<CardSourceShown[]> {
  return cardSourcesOf(context, {
    url: site.url(`${SEED}.html`),
    word: 'Trump',
    item: ITEM,
  });
}

/** The sidebar's comparison of the item, about the seed page: its source columns' ids. */
async function sidebarSources(
  context: BrowserContext,
  background: Worker,
  extensionId: string,
): Promise<string[]> {
  const seedTab = await context.newPage();
  await ArticlePage.open(seedTab, site.url(`${SEED}.html`));
  const sidebarTab = await context.newPage();
  const sidebar = await SidebarPage.open(sidebarTab, extensionId, await tabIdOf(background, seedTab));
  await sidebar.showItems();
  await sidebar.compareItem(ITEM);
  const ids = (await sidebar.shownColumns()).map((column) => column.sourceId);
  await sidebarTab.close();
  await seedTab.close();
  return ids;
}

/** What the background holds: every source and the hidden ids, asked as the options page asks. */
function storedSources(options: OptionsPage): Promise<unknown> {
  return options.page.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
    };
    return chrome.runtime.sendMessage({ type: 'sources-list' });
  });
}

test.describe('your sources on the options page', () => {
  test('a .txt and a .json file imported through the file input become sources; a bad file is refused with its reason and changes nothing; an edited outlet shows in the card; the export holds every source and imports back', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(90_000);
    const options = await OptionsPage.open(await context.newPage(), extensionId);
    await expect(options.page.getByText('None yet.')).toBeVisible();

    await options.import([TXT, JSON_FILE]);
    await expect(options.report).toHaveText(['2 sources added, 0 updated.']);
    const listed = await options.listedYours();
    expect(listed).toHaveLength(2);
    const gazette = listed.find((source) => source.name.startsWith('Harbour Gazette'));
    const quay = listed.find((source) => source !== gazette);
    if (!gazette || !quay)
      throw new Error(`test: the imported sources are not listed: ${JSON.stringify(listed)}`);

    // A bad file: its own message, naming the file and the field; nothing stored changes.
    const before = await storedSources(options);
    await options.import([BAD_JSON]);
    await expect(options.report).toHaveText([/^user-sources: broken\.json: not a Parallax export: .*text/u]);
    expect(await storedSources(options)).toEqual(before);
    expect(await options.listedYours()).toEqual(listed);

    // The .txt had no outlet: the reader gives it one, and the card shows it.
    await options.editOutlet(quay.sourceId, 'Quayside Weekly');
    const card = await cardSources(context);
    expect(card.find((source) => source.sourceId === quay.sourceId)?.outlet).toBe('Quayside Weekly yours');
    expect(card.find((source) => source.sourceId === gazette.sourceId)?.outlet).toBe('Harbour Gazette yours');

    // The export holds both, as edited.
    const exported = await options.export();
    expect(exported.name).toBe('parallax-sources.json');
    const file = JSON.parse(exported.text) as { format: string; sources: { outlet: string; text: string }[] };
    expect(file.format).toBe('parallax-user-sources');
    expect(file.sources.map((source) => source.outlet).sort()).toEqual([
      'Harbour Gazette',
      'Quayside Weekly',
    ]);
    expect(file.sources.find((source) => source.outlet === 'Quayside Weekly')?.text).toBe(TXT.text);

    // Removed, then imported back from the export: the same sources again.
    await options.remove(quay.sourceId);
    await options.remove(gazette.sourceId);
    await expect(options.page.getByText('None yet.')).toBeVisible();
    await options.import([exported]);
    await expect(options.report).toHaveText(['2 sources added, 0 updated.']);
    expect((await options.listedYours()).map((source) => source.name.split(' — ')[0]).sort()).toEqual([
      'Harbour Gazette',
      'Quayside Weekly',
    ]);
  });

  test('a hidden source, bundled or yours, leaves the card and the sidebar comparison and comes back when shown again', async ({
    context,
    background,
    extensionId,
  }) => {
    test.setTimeout(90_000);
    const options = await OptionsPage.open(await context.newPage(), extensionId);
    await options.import([JSON_FILE]);
    const [own] = await options.listedYours();
    if (!own) throw new Error('test: the imported source is not listed');

    const cardBefore = await cardSources(context);
    const sidebarBefore = await sidebarSources(context, background, extensionId);
    const bundled = cardBefore.find((source) => !source.sourceId.startsWith('yours-'))?.sourceId;
    if (!bundled) throw new Error('test: no bundled source mentions the item');
    for (const id of [own.sourceId, bundled]) {
      expect(cardBefore.map((source) => source.sourceId)).toContain(id);
      expect(sidebarBefore).toContain(id);
    }

    await options.setShown(bundled, false);
    await options.setShown(own.sourceId, false);
    const cardHidden = await cardSources(context);
    expect(cardHidden).toEqual(
      cardBefore.filter((source) => source.sourceId !== bundled && source.sourceId !== own.sourceId),
    );
    // The same sources less the hidden two; their order (most informative first) depends on who else is there.
    expect((await sidebarSources(context, background, extensionId)).sort()).toEqual(
      sidebarBefore.filter((id) => id !== bundled && id !== own.sourceId).sort(),
    );

    await options.setShown(bundled, true);
    await options.setShown(own.sourceId, true);
    expect(await cardSources(context)).toEqual(cardBefore);
    expect(await sidebarSources(context, background, extensionId)).toEqual(sidebarBefore);
  });
});
