import browser from 'webextension-polyfill';

/**
 * The raw message sends, answers unchecked: lib/messaging's typed senders
 * (sendRequest, sendToTab, sendToPages) check them against the message table.
 */

/** To the background and every open extension page; the answer is the first listener's. */
export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** To the content script of one tab; rejects when the tab has none (a browser page, a store). */
export function sendTabMessage(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}
