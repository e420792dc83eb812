import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { isPanelSettled } from '../e2e/support/is-panel-settled';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './launch-firefox';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { pollInPage } from './poll-in-page';

/** The background's entries (as lib/background/context-menu-action.ts names them), and one that does not exist. */
const MENU_IDS = ['parallax-compare-selection', 'parallax-add-page', 'parallax-no-such-entry'];
/** As in the Chromium page object (tests/e2e/pages/popup-page.ts). */
const SETTLE_MS = 400;

/** Tells one settle() from the next inside the page. */
let settleCount = 0;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.browser.close();
});

function openPopup(): Promise<Page> {
  return openExtensionPage(firefox, 'popup.html', 'input[type="search"]');
}

async function settle(page: Page): Promise<void> {
  const settled = await pollInPage(
    page,
    isPanelSettled,
    { polling: 50, timeout: HANG_GUARD_MS },
    { quietMs: SETTLE_MS, token: ++settleCount },
  ).then(
    () => true,
    () => false,
  );
  if (!settled) {
    const status = await page.$eval('.search-status', (element) => element.textContent ?? '');
    throw new Error(`popup: did not settle within ${HANG_GUARD_MS} ms (status "${status}")`);
  }
}

describe('popup in Firefox ESR', () => {
  it('opens at its pinned moz-extension:// address and shows the empty state', async () => {
    const page = await openPopup();

    await page.waitForSelector('.empty-state', { timeout: HANG_GUARD_MS });
    // page.url() still says about:blank: BiDi never reported this navigation.
    expect(await page.evaluate(() => location.href)).toBe(`${firefox.origin}popup.html`);
    await page.close();
  });

  it('typing "Witkoff" shows passages that name him, emphasised', async () => {
    const page = await openPopup();

    await page.type('input[type="search"]', 'Witkoff', { delay: 40 });
    await settle(page);

    const groups = await page.$$eval('ol.result-groups > li.result-group', (items) =>
      items.map((item) => ({
        sourceId: item.getAttribute('data-source-id') ?? '',
        passages: [...item.querySelectorAll('li.passage')].map((passage) => ({
          text: passage.textContent ?? '',
          marks: [...passage.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        })),
      })),
    );
    expect(groups.length).toBeGreaterThanOrEqual(1);
    const marked = groups
      .flatMap((group) => group.passages)
      .filter(
        (passage) =>
          passage.text.toLowerCase().includes('witkoff') &&
          passage.marks.some((mark) => mark.toLowerCase().includes('witkoff')),
      );
    expect(marked.length).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('the background answers a malformed search message with an error', async () => {
    const page = await openPopup();

    const answer = await page.evaluate(() => {
      const { browser: api } = globalThis as unknown as {
        browser: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
      };
      return api.runtime.sendMessage({ type: 'search', query: 42 });
    });

    expect(answer).toMatchObject({ type: 'error', message: expect.any(String) });
    await page.close();
  });

  // Firefox draws no menu headless and its background page is no BiDi target, so a click cannot be
  // driven here; what a click does is tested in Chromium through the background's own listener
  // (tests/e2e/context-menu.spec.ts). Here: the MV2 background created both entries.
  it('the context menu’s two entries exist (an unknown id is refused by the same probe)', async () => {
    const page = await openPopup();
    const probe = () =>
      page.evaluate(async (ids: string[]) => {
        const { browser: api } = globalThis as unknown as {
          browser: { contextMenus: { update: (id: string, change: object) => Promise<void> } };
        };
        return Promise.all(
          ids.map((id) =>
            api.contextMenus.update(id, {}).then(
              () => 'exists',
              () => 'refused',
            ),
          ),
        );
      }, MENU_IDS);
    expect(await probe()).toEqual(['exists', 'exists', 'refused']);
    await page.close();
  });
});
