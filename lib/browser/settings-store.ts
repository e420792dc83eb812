import browser from 'webextension-polyfill';
import { readStoredSettings, SETTINGS_STORAGE_KEY } from './read-stored-settings';
import { parseSettings, type Settings } from '../settings';

const STORAGE_KEY = SETTINGS_STORAGE_KEY;

/** The stored settings, migrated and repaired; the defaults when storage cannot be read at all. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await readStoredSettings());
}

/** Writes a change on top of the current settings, validated, in one storage write. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[STORAGE_KEY];
    if (area === 'local' && change) onChange(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
