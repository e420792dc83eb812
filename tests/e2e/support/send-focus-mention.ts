import type { Worker } from 'playwright-core';

/**
 * What the background sends the active tab when the reader presses the
 * `next-item` / `previous-item` shortcut (entrypoints/background/index.ts).
 * Headless Chromium cannot press extension shortcuts, so tests send the same
 * message from the service worker, to the same tab the command handler would
 * pick.
 */
export async function sendFocusMention(background: Worker, direction: 'next' | 'previous'): Promise<void> {
  await background.evaluate(async (towards) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query: (filter: { active: boolean; currentWindow: boolean }) => Promise<{ id?: number }[]>;
          sendMessage: (tabId: number, message: unknown) => Promise<unknown>;
        };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('e2e: no active tab to send the keyboard command to');
    await chrome.tabs.sendMessage(tab.id, { type: 'focus-mention', direction: towards });
  }, direction);
}
