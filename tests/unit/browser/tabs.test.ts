import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabs } from '@/lib/browser';

// The real polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

describe('the tabs wrapper', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports a finished load only, until unsubscribed', async () => {
    const loaded: number[] = [];
    const unwatch = tabs.onLoaded((tabId) => loaded.push(tabId));
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, tab);
    unwatch();
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, tab);
    expect(loaded).toEqual([4]);
  });

  it('hands over the activated tab with its window, until unsubscribed', async () => {
    const activated: [number, number][] = [];
    const unwatch = tabs.onActivated((tabId, windowId) => activated.push([tabId, windowId]));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: 1 });
    unwatch();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    expect(activated).toEqual([[3, 1]]);
  });

  it('opens a page at the index asked for, or where the browser puts it', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await tabs.open('https://news.example/b', 2);
    await tabs.open('https://news.example/c');
    expect(create.mock.calls).toEqual([
      [{ url: 'https://news.example/b', index: 2 }],
      [{ url: 'https://news.example/c' }],
    ]);
  });
});
