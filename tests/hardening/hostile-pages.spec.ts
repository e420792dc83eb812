import { test, expect } from '../e2e/fixtures';
import { ArticlePage } from '../e2e/pages/article-page';
import { renderSeedPage } from '../support/browser/render-seed-page';
import { serveSeedSite, type SeedSite } from '../e2e/support/serve-seed-site';

const PAGE_SOURCE = '003_ef5a6fde2ba6a5a5';

/**
 * Page scripts that try to break an extension living in the page: they take
 * over the card's element name, and break the DOM and scheduling APIs a
 * content script might reach for. Parallax runs in its isolated world, so the
 * page's globals are not its globals; the custom element is the one thing the
 * page and the content script share (the document's element registry).
 */
const HOSTILE_SCRIPTS: Record<string, string> = {
  'defines <parallax-card> itself': `customElements.define('parallax-card', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'hijacked'; }
    });`,
  'overrides Node and Element prototypes': `
    for (const name of ['appendChild', 'insertBefore', 'removeChild', 'append']) {
      const proto = name === 'append' ? Element.prototype : Node.prototype;
      proto[name] = function () { throw new Error('page: ' + name + ' is mine'); };
    }
    Element.prototype.attachShadow = function () { throw new Error('page: no shadow roots'); };`,
  // The page's CSS and MutationObserver stay: the test's own in-page probes read them.
  'replaces Highlight, requestIdleCallback and scheduler': `
    window.Highlight = function () { throw new Error('page: no highlights'); };
    window.requestIdleCallback = function () { throw new Error('page: no idle callbacks'); };
    window.scheduler = { yield() { throw new Error('page: no yielding'); }, postTask() { throw new Error('page: no tasks'); } };`,
};

const LISTENING_SCRIPT = `window.heard = [];
  window.addEventListener('message', (event) => window.heard.push(JSON.stringify(event.data)));`;

let site: SeedSite;

test.beforeAll(async () => {
  const seeds = await serveSeedSite();
  const article = seeds.articles.find((candidate) => candidate.meta.id === PAGE_SOURCE);
  await seeds.close();
  if (!article) throw new Error(`hardening: seed ${PAGE_SOURCE} missing`);
  const page = renderSeedPage(article);
  const pages: Record<string, string> = {};
  Object.values(HOSTILE_SCRIPTS).forEach((script, i) => {
    // The script runs first thing in <head>, before the content script exists.
    pages[`hostile-${i}.html`] = page.replace('<head>', `<head>\n    <script>${script}</script>`);
  });
  // A page that listens to every message posted to its window, as ad and analytics scripts do.
  pages['listening.html'] = page.replace('<head>', `<head>\n    <script>${LISTENING_SCRIPT}</script>`);
  site = await serveSeedSite(pages);
});

test.afterAll(async () => {
  await site?.close();
});

Object.keys(HOSTILE_SCRIPTS).forEach((name, i) => {
  test(`a page that ${name}: highlights and the card still work, the page is unchanged`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const article = await ArticlePage.open(page, site.url(`hostile-${i}.html`));
    const text = await page.evaluate(() => document.body.textContent);

    expect(Object.values(await article.highlights()).some((size) => size > 0)).toBe(true);
    await article.restPointerOn('Witkoff');
    const card = await article.waitForCard();
    expect(card.label).toBe('Steve Witkoff');
    expect(card.others.length).toBeGreaterThan(0);
    await article.pressEscape();
    await expect(article.cardHost).toHaveCount(0);

    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    expect(errors).toEqual([]);
  });
});

test('a page listening for messages hears nothing from Parallax: not its start, not its id', async ({
  page,
}) => {
  const article = await ArticlePage.open(page, site.url('listening.html'));
  await article.restPointerOn('Witkoff');
  await article.waitForCard();
  await article.pressEscape();
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
});
