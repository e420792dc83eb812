import type { Page } from 'puppeteer-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';
import { openExtensionPage, type FirefoxWithExtension } from './launch-firefox';
import { pollInPage } from './poll-in-page';

/** What an extension page's `browser` is asked for here (the add-on has no `tabs` permission: ids only). */
interface ExtensionApi {
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  extension: { getViews(filter: { type: 'sidebar' }): Window[] };
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
/** In an extension page: the sidebar is open and Parallax's panel is one of the extension's views. */
async function sidebarLoaded(): Promise<boolean> {
  const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
  return (await api.sidebarAction.isOpen({})) && api.extension.getViews({ type: 'sidebar' }).length === 1;
}

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

  /**
   * Closes Firefox's sidebar (open since the add-on was installed: Firefox opens a new add-on's
   * sidebar), as a click in an extension page would: `sidebarAction.close()` runs only in answer
   * to a user action, and a BiDi click is one.
   */
  async closeSidebar(): Promise<void> {
    await this.page.evaluate(() => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const button = document.createElement('button');
      button.id = 'e2e-close-sidebar';
      button.textContent = 'Close the sidebar';
      button.style.cssText = 'position: fixed; inset: 0 auto auto 0; z-index: 2147483647';
      button.addEventListener('click', () => void api.sidebarAction.close(), { once: true });
      document.body.append(button);
    });
    await this.page.bringToFront();
    await this.page.click('#e2e-close-sidebar');
    await pollInPage(
      this.page,
      async () =>
        !(await (globalThis as unknown as { browser: ExtensionApi }).browser.sidebarAction.isOpen({})),
      { timeout: HANG_GUARD_MS, polling: 50 },
    );
    await this.page.evaluate(() => document.getElementById('e2e-close-sidebar')?.remove());
  }

  /** Whether Firefox's sidebar is open with Parallax's panel loaded in it. */
  sidebarOpen(): Promise<boolean> {
    return this.page.evaluate(sidebarLoaded);
  }

  /** Waits until the sidebar is open with its panel loaded (the panel's view registers after `isOpen` turns true). */
  async waitForSidebarOpen(): Promise<void> {
    await pollInPage(this.page, sidebarLoaded, { timeout: HANG_GUARD_MS, polling: 50 });
  }

  /**
   * Waits until the open sidebar's document (the real panel, reached as an extension view of the same
   * origin) has an element matching `selector`, and returns its `attribute` (or its text when null).
   */
  async waitInSidebar(selector: string, attribute: string | null = null): Promise<string> {
    const found = await pollInPage(
      this.page,
      (wanted: string, name: string | null) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const element = api.extension.getViews({ type: 'sidebar' })[0]?.document.querySelector(wanted);
        if (!element) return null;
        return name === null ? (element.textContent ?? '') : (element.getAttribute(name) ?? '');
      },
      { timeout: HANG_GUARD_MS, polling: 100 },
      selector,
      attribute,
    );
    return found ?? '';
  }

  /** Clicks an element of the open sidebar (a script's click: what the sidebar does with it needs no gesture). */
  async clickInSidebar(selector: string): Promise<void> {
    await this.waitInSidebar(selector);
    await this.page.evaluate((wanted: string) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const element = api.extension.getViews({ type: 'sidebar' })[0]?.document.querySelector(wanted);
      (element as HTMLElement | null | undefined)?.click();
    }, selector);
  }
}
