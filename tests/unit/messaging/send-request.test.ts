import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkResponse, RequestError, sendRequest, sendToPages, sendToTab } from '@/lib/messaging';

const sent = vi.hoisted(() => ({
  runtime: vi.fn<(message: unknown) => Promise<unknown>>(),
  tab: vi.fn<(tabId: number, message: unknown) => Promise<unknown>>(),
}));
vi.mock('@/lib/browser/send-message', () => ({
  sendRuntimeMessage: sent.runtime,
  sendTabMessage: sent.tab,
}));

const LIST = { type: 'sources-list', bundled: [], yours: [], hidden: ['a'] };
const ITEMS = {
  type: 'page-items',
  hostname: 'example.org',
  active: true,
  pageSourceId: null,
  story: null,
  items: [],
};

describe('the typed senders', () => {
  beforeEach(() => {
    sent.runtime.mockReset();
    sent.tab.mockReset();
  });

  it('send the request as it is and return the answer checked against the table', async () => {
    sent.runtime.mockResolvedValue(LIST);
    await expect(sendRequest({ type: 'sources-list' })).resolves.toEqual(LIST);
    expect(sent.runtime).toHaveBeenCalledWith({ type: 'sources-list' });
    sent.tab.mockResolvedValue(ITEMS);
    await expect(sendToTab(7, { type: 'page-items' })).resolves.toEqual(ITEMS);
    expect(sent.tab).toHaveBeenCalledWith(7, { type: 'page-items' });
  });

  it('turn an error response or a malformed answer into a RequestError', async () => {
    sent.runtime.mockResolvedValue({ type: 'error', message: 'messaging: search failed: no index' });
    await expect(sendRequest({ type: 'search', query: 'x' })).rejects.toThrow(
      new RequestError('messaging: search failed: no index'),
    );
    sent.runtime.mockResolvedValue({ ...LIST, html: '<b>' });
    await expect(sendRequest({ type: 'sources-list' })).rejects.toThrow(/malformed sources-list response/u);
    sent.tab.mockResolvedValue(undefined);
    await expect(sendToTab(7, { type: 'page-items' })).rejects.toBeInstanceOf(RequestError);
  });

  it('expect nothing back from a message that needs no answer', async () => {
    sent.tab.mockResolvedValue({ anything: true });
    await expect(sendToTab(7, { type: 'focus-item', entityId: 'steve-witkoff' })).resolves.toBeUndefined();
    sent.runtime.mockResolvedValue(undefined);
    await expect(
      sendToPages({ type: 'mention-hovered', entityId: 'steve-witkoff' }),
    ).resolves.toBeUndefined();
  });

  it('check an answer received some other way as sendRequest does', () => {
    const setup = { type: 'page-setup', items: [], sources: [] };
    expect(checkResponse('page-setup', setup)).toEqual(setup);
    expect(() => checkResponse('page-setup', { ...setup, type: 'item-card' })).toThrow(RequestError);
  });
});
