import type { Page, Worker } from 'playwright-core';

/**
 * The browser's id of the tab showing `page`. Without the `tabs` permission
 * the extension cannot read a tab's URL, so the page is brought to the front
 * and the active tab's id is asked of the extension's service worker.
 */
export async function tabIdOf(background: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await background.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query: (filter: object) => Promise<{ id?: number }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`e2e: no active tab for ${page.url()}`);
  return id;
}
