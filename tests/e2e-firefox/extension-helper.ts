import type { Page } from 'puppeteer-core';
import { openExtensionPage, type FirefoxWithExtension } from './launch-firefox';

/** What an extension page's `browser` is asked for here (the add-on has no `tabs` permission: ids only). */
interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/**
 * One of the add-on's own pages kept open in a tab, to ask the browser what
 * only the extension may ask: a tab's id, and the messages the background
 * would send a tab. Firefox's background page is not a target BiDi can
 * evaluate in, so this page stands in for it (the same origin, the same APIs).
 */
export class ExtensionHelper {
  private constructor(readonly page: Page) {}

  static async open(firefox: FirefoxWithExtension): Promise<ExtensionHelper> {
    return new ExtensionHelper(await openExtensionPage(firefox, 'options.html', 'main'));
  }

  /** The browser's id of the tab showing `page`: brought to the front, it is the window's active tab. */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    });
    if (id === null) throw new Error('e2e-firefox: no active tab');
    return id;
  }

  /** Sends `message` to the content script of tab `tabId`, as the background does. */
  async sendToTab(tabId: number, message: unknown): Promise<unknown> {
    return this.page.evaluate(
      (id, sent) => (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(id, sent),
      tabId,
      message as never,
    );
  }
}
