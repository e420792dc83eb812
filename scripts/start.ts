/**
 * `npm start`: builds the extension, serves a demo article made from a seed,
 * and opens both in Chromium with the extension loaded. Headed when there is
 * a display (it then runs until the browser is closed or Ctrl-C), headless
 * otherwise (it prints what it found and exits). Screenshots go to screenshots/.
 *
 *   npm start [-- --query "shadow fleet"] [--seed 003_ef5a6fde2ba6a5a5] [--headless] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpusDir } from '../lib/node';
import { ArticlePage } from '../tests/e2e/pages/article-page';
import { PopupPage } from '../tests/e2e/pages/popup-page';
import { SidebarPage } from '../tests/e2e/pages/sidebar-page';
import { tabIdOf } from '../tests/e2e/support/tab-id-of';
import { launchChromiumWithExtension } from '../tests/support/browser/launch-chromium';
import { renderSeedPage } from '../tests/support/browser/render-seed-page';
import { serveFixtures } from '../tests/support/browser/serve';

/** A Reuters report on Witkoff's Moscow visit: it has a headline and names most of the corpus's people. */
const DEFAULT_SEED = '003_ef5a6fde2ba6a5a5';
const DEFAULT_QUERY = 'Witkoff';
/** A card answer comes from the background's memory: a second is generous. */
const CARD_TIMEOUT_MS = 5000;
const DEMO_DIR = resolve('.cache/demo');
const SCREENSHOT_DIR = resolve('screenshots');
/** A side panel's usual width. */
const SIDEBAR_VIEWPORT = { width: 420, height: 900 };

const { values } = parseArgs({
  options: {
    query: { type: 'string', default: DEFAULT_QUERY },
    seed: { type: 'string', default: DEFAULT_SEED },
    corpus: { type: 'string', default: 'seeds' },
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

/** Ctrl-C or a kill stops the demo; the browser and its profile are still cleaned up. */
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => stop.abort());

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = values.headless || !hasDisplay;

function step(message: string): void {
  process.stdout.write(`\n▶ ${message}\n`);
}

if (!values['no-build']) {
  step('Building the extension (npx wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write(`start: the build failed (exit ${build.status ?? build.signal})\n`);
    process.exit(1);
  }
}

step(`Writing the demo page for seed ${values.seed}`);
const articles = readCorpusDir(resolve(values.corpus));
const article = articles.find((candidate) => candidate.meta.id === values.seed);
if (!article) {
  process.stderr.write(
    `start: --seed ${values.seed}: no such article in ${values.corpus}; one of ${articles.map((a) => a.meta.id).join(', ')}\n`,
  );
  process.exit(1);
}
mkdirSync(DEMO_DIR, { recursive: true });
const demoFile = `${article.meta.id}.html`;
writeFileSync(join(DEMO_DIR, demoFile), renderSeedPage(article));

const server = await serveFixtures({ '/demo': DEMO_DIR });
const demoUrl = server.url(`/demo/${demoFile}`);

step(`Launching Chromium (${headless ? 'headless: no DISPLAY or WAYLAND_DISPLAY' : 'headed'})`);
const launched = await launchChromiumWithExtension({ headless, handleSignals: false });
const { context, extensionId } = launched;
let failed = false;

try {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const demoPage = context.pages()[0] ?? (await context.newPage());
  // The content script highlights the page; resting the pointer on a mention opens its card.
  const demo = await ArticlePage.open(demoPage, demoUrl);
  const highlights = await demo.highlights();
  await demoPage.screenshot({ path: join(SCREENSHOT_DIR, 'demo-page.png') });
  let card: Awaited<ReturnType<ArticlePage['readCard']>> = null;
  try {
    await demo.restPointerOn(values.query);
    card = await demo.waitForCard();
    // The card fades in; the screenshot should show it whole.
    await demo.page.screenshot({ path: join(SCREENSHOT_DIR, 'demo-card.png'), animations: 'disabled' });
    await demo.pressEscape();
  } catch (error) {
    failed = true;
    process.stderr.write(
      `start: no card for "${values.query}" on the demo page: ${(error as Error).message}\n`,
    );
  }

  const [background] = context.serviceWorkers();
  const demoTab = background ? await tabIdOf(background, demoPage) : undefined;
  const popup = await PopupPage.open(await context.newPage(), extensionId, demoTab);
  try {
    await popup.search(values.query);
  } catch (error) {
    failed = true;
    process.stderr.write(`start: ${(error as Error).message}\n`);
  }
  const slug = values.query.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'query';
  const popupShot = join(SCREENSHOT_DIR, `popup-${slug}.png`);
  // The popup document is 420 px wide; a tab is wider, so shoot the body alone.
  await popup.page.locator('body').screenshot({ path: popupShot });

  const groups = await popup.resultGroups();

  // The sidebar about the demo tab: the story briefing, the page's items, then the comparison of the first suggested item.
  let sidebarSummary = 'Sidebar: none';
  const sidebarShot = join(SCREENSHOT_DIR, `sidebar-${slug}.png`);
  if (demoTab !== undefined) {
    const sidebarTab = await context.newPage();
    await sidebarTab.setViewportSize(SIDEBAR_VIEWPORT);
    const sidebar = await SidebarPage.open(sidebarTab, extensionId, demoTab);
    try {
      // It opens on the page's story briefing; the page's items are one click away.
      await sidebarTab.locator('.sidebar-to-items').waitFor({ timeout: CARD_TIMEOUT_MS });
      await sidebarTab.screenshot({ path: join(SCREENSHOT_DIR, 'sidebar-briefing.png'), fullPage: true });
      await sidebar.showItems();
      const items = await sidebar.items.count();
      await sidebarTab.screenshot({ path: join(SCREENSHOT_DIR, 'sidebar-page.png') });
      const label = card?.label ?? values.query;
      await sidebar.compareItem(label);
      const columns = await sidebar.shownColumns();
      await sidebarTab.screenshot({ path: sidebarShot });
      sidebarSummary = `Sidebar    ${items} items on the page; "${label}" side by side in ${columns.length} sources: ${columns.map((column) => column.outlet).join(', ')}`;
    } catch (error) {
      failed = true;
      process.stderr.write(`start: sidebar: ${(error as Error).message}\n`);
    }
  }
  const passages = groups.reduce((sum, group) => sum + group.passages.length, 0);
  process.stdout.write(
    [
      '',
      `Extension  chrome-extension://${extensionId}/`,
      `Demo page  ${demoUrl}  (${article.meta.outlet ?? 'unknown outlet'}: ${article.meta.title ?? 'untitled'})`,
      `Popup      chrome-extension://${extensionId}/popup.html`,
      '',
      `Highlights ${Object.entries(highlights)
        .filter(([, count]) => count > 0)
        .map(([name, count]) => `${name.replace('parallax-', '')} ${count}`)
        .join(', ')}`,
      card
        ? `Card "${card.label}": ${card.summary} Others: ${card.others.map((other) => other.outlet).join(', ')}`
        : 'Card: none',
      `Search "${values.query}": ${passages} passage${passages === 1 ? '' : 's'} shown from ${groups.length} source${groups.length === 1 ? '' : 's'}` +
        ` (status line: "${(await popup.status.textContent())?.trim() ?? ''}")`,
      ...groups.map(
        (group) =>
          `  ${String(group.passages.length).padStart(3)}  ${group.outlet.padEnd(22)} ${group.sourceId}`,
      ),
      sidebarSummary,
      '',
      `Screenshots  ${join('screenshots', 'demo-page.png')}, ${join('screenshots', 'demo-card.png')}, ${join('screenshots', `popup-${slug}.png`)}, ${join('screenshots', 'sidebar-page.png')}, ${join('screenshots', `sidebar-${slug}.png`)}`,
      '',
    ].join('\n'),
  );
  if (groups.length === 0) failed = true;

  if (!headless) {
    process.stdout.write('The browser stays open: close it or press Ctrl-C to stop.\n');
    await new Promise<void>((done) => {
      context.once('close', () => done());
      if (stop.signal.aborted) done();
      stop.signal.addEventListener('abort', () => done());
    });
  }
} finally {
  await launched.close().catch(() => undefined);
  await server.close();
}
process.exit(failed ? 1 : 0);
