import type { Page } from 'playwright-core';
import type { Article } from '../../lib/corpus';
import { readCorpusDir } from '../../lib/node';
import { missingShared, sharedPath } from '../helpers/shared-dir';
import { controlExtensionWorker } from '../hardening/support/control-extension-worker';
import { renderSeedPage } from '../support/browser/render-seed-page';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';

/**
 * A card on a page of one of the reader's stories, from a service worker
 * that was stopped after the sources were added: two outlets' reports of one
 * BASIL event (../shared/corpora/basil, read at test time) and two other
 * events are imported; on the third outlet's page, the card on the event's
 * protagonist cites both reports: the restarted worker finds the page's
 * story among the kept stories (lib/stories/kept-stories.ts) without
 * re-clustering the reader's articles.
 */
const BASIL = 'corpora/basil';
const EVENT = 'b000';
const OTHERS = ['b001-fox', 'b002-fox'];
const SCREENSHOTS = 'test-results/screenshots';

let site: SeedSite;
let articles: Article[] = [];

test.beforeAll(async () => {
  if (missingShared(BASIL) !== null) return;
  articles = readCorpusDir(sharedPath(BASIL)).filter(
    (article) => article.meta.id.startsWith(`${EVENT}-`) || OTHERS.includes(article.meta.id),
  );
  site = await serveSeedSite(() =>
    Object.fromEntries(articles.map((article) => [`basil-${article.meta.id}.html`, renderSeedPage(article)])),
  );
});

test.afterAll(async () => {
  await site?.close();
});

/** Imports as the options page does: one message to the background. */
function importArticles(page: Page, chosen: readonly Article[]): Promise<{ added: number }> {
  const sources = chosen.map(({ meta, body }) => ({
    outlet: meta.outlet,
    title: meta.title,
    author: meta.author,
    published: meta.published,
    url: null,
    text: body,
  }));
  return page.evaluate((drafts) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ added: number }> } };
    };
    return chrome.runtime.sendMessage({ type: 'user-sources-import', sources: drafts });
  }, sources);
}

test('after the service worker was stopped, a card on a page of the reader’s story cites the story’s reports', async ({
  context,
  extensionId,
}) => {
  test.skip(missingShared(BASIL) !== null, missingShared(BASIL) ?? '');
  const event = articles.filter((article) => article.meta.id.startsWith(`${EVENT}-`));
  const [first, second, third] = event;
  if (!first || !second || !third) throw new Error(`e2e: BASIL event ${EVENT} has fewer than three articles`);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const imported = [first, second, ...articles.filter((article) => OTHERS.includes(article.meta.id))];
  expect((await importArticles(options, imported)).added).toBe(imported.length);
  await options.close();

  const worker = await controlExtensionWorker(context, extensionId);
  await worker.stop();
  const tab = await context.newPage();
  const page = await ArticlePage.open(tab, site.url(`basil-${third.meta.id}.html`));
  await page.restPointerOn('Beck');
  const card = await page.waitForCard();
  await worker.restarted();
  await worker.close();
  await tab.screenshot({ path: `${SCREENSHOTS}/story-card-your-sources-cold.png` });
  const cited = card.others
    .filter((other) => other.sourceId.startsWith('yours-'))
    .map((other) => other.outlet);
  expect(cited).toEqual(
    expect.arrayContaining([
      expect.stringContaining(first.meta.outlet ?? ''),
      expect.stringContaining(second.meta.outlet ?? ''),
    ]),
  );
});
