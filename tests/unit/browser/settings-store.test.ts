import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '@/lib/browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';

// The real polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

describe('the settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads the defaults from a corrupt value, and each valid field from a damaged one', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { version: 1, enabled: 'no', density: 'all' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'all' });
  });

  it('migrates settings stored without a version', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, blockedSites: ['news.example'] } });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['news.example'],
    });
  });

  it('writes a migrated, current-version object on the next change', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlightAll: true, blockedSites: ['a.example'] } });
    await updateSettings({ enabled: false });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      density: 'all',
      disabledSites: ['a.example'],
    });
  });

  it('loads the defaults, with a logged reason, when storage cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('An unexpected error occurred'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith(
      'settings: cannot read storage (Error: An unexpected error occurred); using the defaults',
    );
  });
});
