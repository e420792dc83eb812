import browser from 'webextension-polyfill';

/** Where the settings live in `storage.local`. */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * The stored settings as they are, unchecked (undefined when storage cannot be read at all). Kept
 * apart from the schema (lib/settings) and the store (settings-store.ts), so that the script injected
 * into every page can start the read without loading zod (lib/content/engine-module.ts);
 * parseSettings checks it.
 */
export async function readStoredSettings(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch (error) {
    // Firefox keeps storage.local in IndexedDB, and a damaged profile database
    // rejects every get: the page still gets Parallax with its defaults
    // rather than an exception.
    console.warn(`settings: cannot read storage (${String(error)}); using the defaults`);
    return undefined;
  }
}
