import type { Page, Worker } from 'playwright-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { SidebarPage } from './pages/sidebar-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';
import { tabIdOf } from './support/tab-id-of';

/**
 * The context menu, from its entries to what a click does. Headless Chromium
 * draws no context menu, so nothing can click one: the click is handed to the
 * listener the background registered, through the event's own `dispatch` in
 * the service worker, with the click data and the tab Chromium would give it.
 * Chromium refuses `sidePanel.open()` outside a user gesture, so the panel
 * does not open; what the click asked it to show is read as the panel reads it.
 */
const SEED = '003_ef5a6fde2ba6a5a5';
/** lib/background/context-menu-action.ts's ids (its module loads the polyfill, which refuses Node). */
const COMPARE_SELECTION_MENU = 'parallax-compare-selection';
const ADD_PAGE_MENU = 'parallax-add-page';
/** A page no source of the corpus is: a reader would add it. */
const NEWS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour council votes to rebuild the sea wall</title></head>
<body><article><h1>Harbour council votes to rebuild the sea wall</h1>
<p>The harbour council voted on Tuesday to rebuild the northern sea wall, which storms breached twice last winter.</p>
<p>Engineers told the meeting that the old wall, built of stone in the 1880s, could not be repaired in place.</p>
<p>The new wall will be of reinforced concrete faced with the old stone, and work is due to begin in the spring.</p>
<p>Residents of the lower town, whose cellars flooded in January, asked for temporary barriers until then.</p>
<p>The council said it would lend sandbags from the depot and review the drainage of the quay before the next storm season.</p>
</article></body></html>`;

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite({ 'harbour.html': NEWS_PAGE });
});

test.afterAll(async () => {
  await site?.close();
});

/** What the service worker's `chrome` is asked for here. */
interface ChromeForMenus {
  contextMenus: {
    update(id: string, change: object): Promise<void>;
    onClicked: { dispatch(info: object, tab: object): void };
  };
  tabs: {
    get(id: number): Promise<{ id?: number; index: number; windowId: number }>;
    query(filter: object): Promise<{ id?: number; index: number; url?: string; pendingUrl?: string }[]>;
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * A click on menu entry `menuItemId` in the tab `tabId`, handed to the background's listener with the
 * data Chromium gives it (OnClickData, and the tab as `tabs.get` reads it).
 */
async function clickMenu(
  background: Worker,
  click: { menuItemId: string; tabId: number; pageUrl: string; selectionText?: string },
): Promise<void> {
  await background.evaluate(async ({ tabId, ...info }) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeForMenus };
    const tab = await chrome.tabs.get(tabId);
    chrome.contextMenus.onClicked.dispatch({ ...info, frameId: 0, editable: false }, tab);
  }, click);
}

/** Selects the first sentence of the body that names `word`, as a reader's drag would, and returns it. */
async function selectSentence(page: Page, word: string): Promise<string> {
  return page.evaluate((name) => {
    const paragraph = [...document.querySelectorAll('article p:not(.byline)')].find((p) =>
      (p.textContent ?? '').includes(name),
    );
    const text = paragraph?.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return '';
    const content = text.textContent ?? '';
    const sentence = content.match(new RegExp(`[^.!?]*${name}[^.!?]*[.!?]`, 'u'))?.[0] ?? '';
    const start = content.indexOf(sentence);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + sentence.length);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }, word);
}

test('both entries are created when the extension is installed (an unknown id is refused by the same probe)', async ({
  background,
}) => {
  // contextMenus has no getter: update() with no change succeeds only for an entry that exists.
  // The background creates them as it starts, which may still be under way: wait for it.
  const probe = () =>
    background.evaluate(
      async (ids) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeForMenus };
        return Promise.all(
          ids.map((id) =>
            chrome.contextMenus.update(id, {}).then(
              () => 'exists',
              (error: Error) => error.message,
            ),
          ),
        );
      },
      [COMPARE_SELECTION_MENU, ADD_PAGE_MENU, 'parallax-no-such-entry'],
    );
  await expect
    .poll(probe, { timeout: HANG_GUARD_MS })
    .toEqual(['exists', 'exists', 'Cannot find menu item with id parallax-no-such-entry']);
});

test('“Compare with other sources” on a selected sentence asks the sidebar of that tab for the sentence’s comparison', async ({
  page,
  background,
  extensionId,
}) => {
  await ArticlePage.open(page, site.url(`${SEED}.html`));
  const tabId = await tabIdOf(background, page);
  const logged: string[] = [];
  background.on('console', (message) => logged.push(message.text()));
  const selected = await selectSentence(page, 'Witkoff');
  expect(selected).toMatch(/Witkoff/u);

  await clickMenu(background, {
    menuItemId: COMPARE_SELECTION_MENU,
    tabId,
    pageUrl: page.url(),
    // Chromium hands over the selection with its surrounding white space.
    selectionText: ` ${selected} `,
  });

  // What the sidebar reads on opening and watches (lib/browser/open-sidebar.ts).
  const asked = () =>
    background.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeForMenus };
      return (await chrome.storage.session.get('sidebarView')).sidebarView ?? null;
    });
  await expect
    .poll(asked, { timeout: HANG_GUARD_MS })
    .toEqual({ tabId, view: { kind: 'selection', text: selected.trim() } });
  // The handler did try to open the panel: Chromium refuses it without a user gesture, and the background says so.
  await expect
    .poll(() => logged, { timeout: HANG_GUARD_MS })
    .toContain('sidebar: `sidePanel.open()` may only be called in response to a user gesture.');
  const sidebar = await SidebarPage.open(await page.context().newPage(), extensionId, tabId);
  await sidebar.comparison.waitFor({ timeout: HANG_GUARD_MS });
  await expect(sidebar.page.locator('.comparison-query')).toHaveText(selected.trim());
  expect((await sidebar.shownColumns()).length).toBeGreaterThanOrEqual(1);
});

test('“Add this page to your Parallax sources” opens the add flow next to the clicked tab, about that tab', async ({
  page,
  context,
  background,
}) => {
  // Two readable tabs: the flow must be about the one clicked, not the other.
  await ArticlePage.open(page, site.url(`${SEED}.html`));
  const other = await context.newPage();
  await other.goto(site.url('harbour.html'));
  const tabId = await tabIdOf(background, other);
  const { index } = await background.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeForMenus };
    return chrome.tabs.get(id);
  }, tabId);

  const [popup] = await Promise.all([
    context.waitForEvent('page', { predicate: (opened) => opened.url().includes('/popup.html') }),
    clickMenu(background, { menuItemId: ADD_PAGE_MENU, tabId, pageUrl: other.url() }),
  ]);

  expect(new URL(popup.url()).searchParams.get('tab')).toBe(String(tabId));
  // The popup's own tab, as its document sees it: without the "tabs" permission a tab's `url` is
  // empty to the background (Chromium 150), even for the extension's own pages.
  const popupIndex = (): Promise<number | undefined> =>
    popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { getCurrent: () => Promise<{ index: number } | undefined> } };
      };
      return (await chrome.tabs.getCurrent())?.index;
    });
  await expect.poll(popupIndex, { timeout: HANG_GUARD_MS }).toBe(index + 1);
  await popup.getByRole('button', { name: 'Add this page to your sources' }).click();
  const preview = popup.locator('form.add-page-preview');
  await preview.waitFor({ timeout: HANG_GUARD_MS });
  await expect(preview.locator('input[name="title"]')).toHaveValue(
    'Harbour council votes to rebuild the sea wall',
  );
  await preview.getByRole('button', { name: 'Add to my sources' }).click();
  await expect(popup.locator('.add-page-done')).toContainText('Added to your sources');
});
