import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToRuntime, releaseOnAbort } from '@/lib/browser/content-runtime';

// The real polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

describe('the content script’s runtime', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands runtime messages, with their sender, to the handler until the signal aborts', async () => {
    const heard: unknown[] = [];
    const abort = new AbortController();
    listenToRuntime((message, sender) => {
      heard.push([message, sender.id]);
      return undefined;
    }, abort.signal);
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'page-items' },
        { id: 'parallax' },
        () => undefined,
      ),
    ).toHaveLength(1);
    abort.abort();
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'page-html' }, { id: 'parallax' }, () => undefined),
    ).toHaveLength(0);
    expect(heard).toEqual([[{ type: 'page-items' }, 'parallax']]);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('adds no listener for a signal already aborted (the context ended while the engine started)', () => {
    const abort = new AbortController();
    abort.abort();
    listenToRuntime(() => undefined, abort.signal);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('releases once on abort, and swallows the error of an orphaned context', () => {
    const abort = new AbortController();
    let releases = 0;
    releaseOnAbort(abort.signal, () => {
      releases++;
      throw new Error('Extension context invalidated.');
    });
    expect(() => abort.abort()).not.toThrow();
    abort.abort();
    expect(releases).toBe(1);
  });

  it('releases at once what is tied to a signal already aborted', () => {
    const abort = new AbortController();
    abort.abort();
    let releases = 0;
    releaseOnAbort(abort.signal, () => releases++);
    expect(releases).toBe(1);
  });
});
