import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { findExtensionId, launchChromiumWithExtension } from '../support/browser/launch-chromium';
import { PopupPage } from './pages/popup-page';

/**
 * WXT's Playwright pattern: every test gets its own Chromium profile with the
 * built extension (.output/chrome-mv3) loaded, and the extension's id.
 */
export const test = base.extend<{
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to act as the background would (settings, keyboard commands). */
  background: Worker;
  popup: PopupPage;
}>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must stay.
  context: async ({}, use) => {
    const launched = await launchChromiumWithExtension();
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await findExtensionId(context));
  },
  background: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },
  popup: async ({ page, extensionId }, use) => {
    await use(await PopupPage.open(page, extensionId));
  },
});

export const expect = test.expect;
