import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { OptionsApp, type OptionsDeps } from '@/lib/ui/options/OptionsApp';
import { blankPage } from './card-fixtures';

/** Settings kept in memory as storage would keep them; `push` plays a change made elsewhere. */
function fakeDeps(initial: Settings) {
  let stored = initial;
  let listener: ((settings: Settings) => void) | null = null;
  const updateSettings = vi.fn((change: Partial<Settings>) => {
    stored = { ...stored, ...change };
    return Promise.resolve(stored);
  });
  const deps: OptionsDeps = {
    loadSettings: () => Promise.resolve(stored),
    updateSettings,
    watchSettings: (onChange) => {
      listener = onChange;
      return () => (listener = null);
    },
  };
  return { deps, updateSettings, push: (settings: Settings) => listener?.(settings), stored: () => stored };
}

async function renderOptions(initial: Settings) {
  const { document, window } = blankPage('');
  const fake = fakeDeps(initial);
  await act(async () => {
    render(<OptionsApp deps={fake.deps} />, document.body);
    await Promise.resolve();
  });
  const sites = (): string[] =>
    [...document.querySelectorAll('.options-site')].map((site) => site.textContent ?? '');
  const click = async (element: Element | null): Promise<void> => {
    if (!element) throw new Error('nothing to click');
    await act(async () => {
      element.dispatchEvent(new window.Event('click', { bubbles: true }));
      await Promise.resolve();
    });
  };
  const change = async (element: Element | null): Promise<void> => {
    if (!element) throw new Error('nothing to change');
    await act(async () => {
      element.dispatchEvent(new window.Event('change', { bubbles: true }));
      await Promise.resolve();
    });
  };
  return { document, fake, sites, click, change };
}

describe('OptionsApp', () => {
  it('shows the popup’s switches without a current site, and says when no site is off', async () => {
    const { document, sites } = await renderOptions(DEFAULT_SETTINGS);
    expect(document.querySelector('input[name="enabled"]')).not.toBeNull();
    expect(document.querySelector('input[name="site"]')).toBeNull();
    expect(document.querySelectorAll('input[name="kind"]')).toHaveLength(5);
    expect(sites()).toEqual([]);
    expect(document.querySelector('.options-none')?.textContent).toContain('runs on every site');
  });

  it('lists the sites where Parallax is off and switches one back on', async () => {
    const { document, fake, sites, click } = await renderOptions({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.org', 'news.example'],
    });
    expect(sites()).toEqual(['example.org', 'news.example']);
    const button = document.querySelector('button[aria-label="Switch back on for example.org"]');

    await click(button);

    expect(fake.updateSettings).toHaveBeenCalledExactlyOnceWith({ disabledSites: ['news.example'] });
    expect(sites()).toEqual(['news.example']);
  });

  it('offers this story’s items (chosen by default) or every known item, and saves the choice', async () => {
    const { document, fake, change } = await renderOptions(DEFAULT_SETTINGS);
    const scope = (value: string) =>
      document.querySelector(`input[name="highlight-scope"][value="${value}"]`);
    const checked = (value: string) => scope(value)?.hasAttribute('checked');
    expect(checked('story')).toBe(true);
    expect(checked('every')).toBe(false);
    expect(document.querySelector('.options-scope')?.textContent).toContain('Every known item');

    await change(scope('every'));

    expect(fake.updateSettings).toHaveBeenCalledExactlyOnceWith({ highlightScope: 'every' });
    expect(checked('every')).toBe(true);
    expect(checked('story')).toBe(false);
  });

  it('follows a change made in the popup while it is open', async () => {
    const { fake, sites } = await renderOptions(DEFAULT_SETTINGS);

    await act(async () => {
      fake.push({ ...DEFAULT_SETTINGS, disabledSites: ['elsewhere.example'] });
      await Promise.resolve();
    });

    expect(sites()).toEqual(['elsewhere.example']);
  });
});
