import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  openSidebar,
  parseSidebarRequest,
  readSidebarRequest,
  SIDEBAR_VIEW_KEY,
  watchSidebarRequest,
  type SidebarRequest,
} from '@/lib/browser';

// The real polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

const itemRequest: SidebarRequest = { tabId: 7, view: { kind: 'item', entityId: 'steve-witkoff' } };

describe('opening the sidebar', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it("opens Chrome's side panel on the request's tab and leaves the view in session storage", async () => {
    const open = vi.fn(() => Promise.resolve());
    vi.stubGlobal('chrome', { sidePanel: { open } });
    await openSidebar(itemRequest, 3);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect((await fakeBrowser.storage.session.get(SIDEBAR_VIEW_KEY))[SIDEBAR_VIEW_KEY]).toEqual(itemRequest);
  });

  it('opens the side panel on the window when the request names no tab', async () => {
    const open = vi.fn(() => Promise.resolve());
    vi.stubGlobal('chrome', { sidePanel: { open } });
    await openSidebar({ tabId: null, view: { kind: 'page' } }, 3);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it("opens Firefox's sidebar where there is no side panel", async () => {
    const open = vi.fn(() => Promise.resolve());
    vi.stubGlobal('chrome', undefined);
    vi.stubGlobal('browser', { sidebarAction: { open } });
    await openSidebar(itemRequest);
    expect(open).toHaveBeenCalledOnce();
  });

  it('rejects, naming the module, in a browser with neither', async () => {
    vi.stubGlobal('chrome', undefined);
    vi.stubGlobal('browser', undefined);
    await expect(openSidebar(itemRequest)).rejects.toThrow('sidebar: this browser has no sidebar API');
  });
});

describe('the sidebar request', () => {
  beforeEach(() => fakeBrowser.reset());

  it("reads as the page's items when nothing, or something of another shape, is stored", async () => {
    expect(await readSidebarRequest()).toEqual({ tabId: null, view: { kind: 'page' } });
    expect(parseSidebarRequest({ tabId: 1.5, view: { kind: 'nonsense' } })).toEqual({
      tabId: null,
      view: { kind: 'page' },
    });
  });

  it('is watched in session storage only, until unsubscribed', async () => {
    const seen: SidebarRequest[] = [];
    const unwatch = watchSidebarRequest((request) => seen.push(request));
    await fakeBrowser.storage.local.set({ [SIDEBAR_VIEW_KEY]: itemRequest });
    await fakeBrowser.storage.session.set({ [SIDEBAR_VIEW_KEY]: itemRequest });
    unwatch();
    await fakeBrowser.storage.session.set({ [SIDEBAR_VIEW_KEY]: { tabId: 1, view: { kind: 'page' } } });
    expect(seen).toEqual([itemRequest]);
  });
});
