import type { Worker } from 'playwright-core';

/** The stored shape (lib/settings/settings-schema.ts); fields left out fall back to their defaults. */
export interface StoredSettings {
  enabled?: boolean;
  disabledSites?: string[];
  density?: 'first' | 'all';
  highlightScope?: 'story' | 'every';
  keep?: { enabled: boolean; paused: boolean; sites: { site: string; rule: 'always' | 'never' | 'ask' }[] };
}

/**
 * Writes the user's settings the way the popup does, from the extension's own
 * service worker; every content script reacts to the storage change at once.
 */
export async function setParallaxSettings(background: Worker, settings: StoredSettings): Promise<void> {
  await background.evaluate(async (change) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set: (items: Record<string, unknown>) => Promise<void> } } };
    };
    await chrome.storage.local.set({ settings: { version: 1, ...change } });
  }, settings);
}
