import { describe, expect, it, vi } from 'vitest';
import {
  handleRequest,
  isForPages,
  MAX_ID_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_RESULT_LIMIT,
  receiveMessage,
  type RequestHandlers,
  type SearchResponse,
} from '@/lib/messaging';

const ANSWER: SearchResponse = {
  type: 'search-result',
  query: 'harbour',
  hits: [],
  suggestions: ['harbour'],
  sourceCount: 0,
  sources: [],
};

/** Handlers for the other message types: these tests are about routing and validation. */
const UNUSED: Omit<RequestHandlers, 'search'> = {
  'page-setup': () => Promise.reject(new Error('not under test')),
  'page-story': () => Promise.reject(new Error('not under test')),
  'item-card': () => Promise.reject(new Error('not under test')),
  'open-search': () => Promise.reject(new Error('not under test')),
  compare: () => Promise.reject(new Error('not under test')),
  coverage: () => Promise.reject(new Error('not under test')),
  'story-briefing': () => Promise.reject(new Error('not under test')),
  'stories-list': () => Promise.reject(new Error('not under test')),
  'open-sidebar': () => Promise.reject(new Error('not under test')),
  'sources-list': () => Promise.reject(new Error('not under test')),
  'user-source-add': () => Promise.reject(new Error('not under test')),
  'user-source-edit': () => Promise.reject(new Error('not under test')),
  'user-source-remove': () => Promise.reject(new Error('not under test')),
  'user-sources-import': () => Promise.reject(new Error('not under test')),
  'user-sources-export': () => Promise.reject(new Error('not under test')),
  'user-sources-export-page': () => Promise.reject(new Error('not under test')),
  'user-sources-retain': () => Promise.reject(new Error('not under test')),
  'source-hide': () => Promise.reject(new Error('not under test')),
  'keep-article': () => Promise.reject(new Error('not under test')),
  'keep-undo': () => Promise.reject(new Error('not under test')),
};

function setup(search: RequestHandlers['search'] = () => ANSWER) {
  const handlers = { ...UNUSED, search: vi.fn(search) };
  const log = vi.fn<(reason: string) => void>();
  return { handlers, log, handle: (message: unknown) => handleRequest(message, 'extension', handlers, log) };
}

describe('handleRequest', () => {
  it('returns the handler’s answer for a valid message', async () => {
    const { handlers, log, handle } = setup();
    await expect(handle({ type: 'search', query: 'harbour', limit: 5 })).resolves.toEqual(ANSWER);
    expect(handlers.search).toHaveBeenCalledWith({ type: 'search', query: 'harbour', limit: 5 });
    expect(log).not.toHaveBeenCalled();
  });

  it('waits for a handler that answers asynchronously', async () => {
    const { handle } = setup(() => Promise.resolve(ANSWER));
    await expect(handle({ type: 'search', query: 'harbour' })).resolves.toEqual(ANSWER);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'search harbour'],
    ['a number', 42],
    ['a list', [{ type: 'search', query: 'harbour' }]],
  ])('rejects %s with an error response and logs why', async (_name, message) => {
    const { handlers, log, handle } = setup();
    const response = await handle(message);
    expect(response).toEqual({
      type: 'error',
      message: expect.stringMatching(/^messaging: rejected message: /u),
    });
    expect(log).toHaveBeenCalledWith(response.type === 'error' ? response.message : '');
    expect(handlers.search).not.toHaveBeenCalled();
  });

  it('rejects an unknown message type, naming the field', async () => {
    const { handlers, handle } = setup();
    const response = await handle({ type: 'delete-everything', query: 'harbour' });
    expect(response).toMatchObject({ type: 'error', message: expect.stringContaining('field "type"') });
    expect(handlers.search).not.toHaveBeenCalled();
  });

  it('rejects a message with extra fields', async () => {
    const { handlers, handle } = setup();
    const response = await handle({ type: 'search', query: 'harbour', script: 'alert(1)' });
    expect(response).toMatchObject({ type: 'error', message: expect.stringContaining('script') });
    expect(handlers.search).not.toHaveBeenCalled();
  });

  it('rejects fields of the wrong type or out of range, naming the field', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'search', query: 7 })).resolves.toMatchObject({
      message: expect.stringContaining('field "query"'),
    });
    for (const limit of [0, 1.5, MAX_RESULT_LIMIT + 1]) {
      await expect(handle({ type: 'search', query: 'harbour', limit })).resolves.toMatchObject({
        type: 'error',
        message: expect.stringContaining('field "limit"'),
      });
    }
  });

  it('accepts a query of exactly MAX_QUERY_LENGTH characters and rejects a longer one', async () => {
    const { handlers, handle } = setup();
    await expect(handle({ type: 'search', query: 'a'.repeat(MAX_QUERY_LENGTH) })).resolves.toEqual(ANSWER);
    const response = await handle({ type: 'search', query: 'a'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(response).toMatchObject({ type: 'error', message: expect.stringContaining('field "query"') });
    expect(handlers.search).toHaveBeenCalledTimes(1);
  });

  it('turns a throwing handler into an error response with the reason', async () => {
    const { log, handle } = setup(() => {
      throw new Error('index not loaded');
    });
    const expected = { type: 'error', message: 'messaging: search failed: index not loaded' };
    await expect(handle({ type: 'search', query: 'harbour' })).resolves.toEqual(expected);
    expect(log).toHaveBeenCalledWith(expected.message);
  });

  it('turns a rejected handler promise into an error response', async () => {
    const { handle } = setup(() => Promise.reject(new Error('fetch failed')));
    await expect(handle({ type: 'search', query: 'harbour' })).resolves.toEqual({
      type: 'error',
      message: 'messaging: search failed: fetch failed',
    });
  });

  it('works without a log', async () => {
    await expect(
      handleRequest(null, 'extension', { ...UNUSED, search: () => ANSWER }),
    ).resolves.toMatchObject({
      type: 'error',
    });
  });

  it('refuses a message from a sender the table does not name, before its handler runs', async () => {
    const { handlers, log } = setup();
    const fromContent = await handleRequest({ type: 'search', query: 'harbour' }, 'content', handlers, log);
    expect(fromContent).toEqual({
      type: 'error',
      message: 'messaging: rejected message: "search" may not come from a content script',
    });
    expect(log).toHaveBeenCalledWith(fromContent.type === 'error' ? fromContent.message : '');
    expect(handlers.search).not.toHaveBeenCalled();
    const card = { type: 'item-card', entityId: 'steve-witkoff', pageSourceId: null };
    await expect(handleRequest(card, 'extension', handlers, log)).resolves.toMatchObject({
      type: 'error',
      message: expect.stringContaining('"item-card" may not come from an extension page'),
    });
  });

  it('lets a message that both content scripts and pages send through from either', async () => {
    const answer = { type: 'page-setup' as const, items: [], sources: [] };
    const handlers = { ...UNUSED, search: () => ANSWER, 'page-setup': () => answer };
    for (const origin of ['content', 'extension'] as const)
      await expect(handleRequest({ type: 'page-setup' }, origin, handlers)).resolves.toEqual(answer);
  });

  it('refuses a message meant for a tab, naming the field', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'focus-item', entityId: 'steve-witkoff' })).resolves.toMatchObject({
      type: 'error',
      message: expect.stringContaining('field "type"'),
    });
  });
});

describe('receiveMessage', () => {
  const items = {
    type: 'page-items' as const,
    hostname: 'example.org',
    active: true,
    pageSourceId: null,
    story: null,
    items: [],
  };
  function tab() {
    const handlers = {
      'focus-mention': vi.fn(),
      'focus-item': vi.fn(),
      'page-items': vi.fn(() => items),
      'page-html': vi.fn(() => ({
        type: 'page-html' as const,
        url: 'https://example.org/',
        html: '<p>x</p>',
      })),
    };
    return { handlers, receive: (message: unknown) => receiveMessage('tab', message, 'extension', handlers) };
  }

  it('answers a request that expects an answer with its handler’s', async () => {
    const { handlers, receive } = tab();
    await expect(receive({ type: 'page-items' })).resolves.toEqual(items);
    expect(handlers['page-items']).toHaveBeenCalledWith({ type: 'page-items' });
  });

  it('runs the handler of a message that expects no answer and leaves it unanswered', () => {
    const { handlers, receive } = tab();
    expect(receive({ type: 'focus-mention', direction: 'next' })).toBeUndefined();
    expect(handlers['focus-mention']).toHaveBeenCalledWith({ type: 'focus-mention', direction: 'next' });
  });

  it.each([
    ['nothing', undefined],
    ['an unknown type', { type: 'delete-everything' }],
    ['a message for the background', { type: 'search', query: 'harbour' }],
    ['an extra field', { type: 'page-items', script: 'alert(1)' }],
    ['a field out of range', { type: 'focus-item', entityId: 'a'.repeat(MAX_ID_LENGTH + 1) }],
    ['an unknown direction', { type: 'focus-mention', direction: 'up' }],
  ])('leaves %s unanswered and runs no handler', (_name, message) => {
    const { handlers, receive } = tab();
    expect(receive(message)).toBeUndefined();
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuses at a tab what only the background may send when it comes from a page, and the reverse', () => {
    const { handlers } = tab();
    // focus-mention is the background's; a content script never sends to a tab.
    expect(receiveMessage('tab', { type: 'page-items' }, 'content', handlers)).toBeUndefined();
    expect(handlers['page-items']).not.toHaveBeenCalled();
  });

  it('lets pages act on a mention hovered in a content script, and on nothing else', () => {
    const hovered = vi.fn();
    const receive = (message: unknown, origin: 'content' | 'extension') =>
      receiveMessage('pages', message, origin, { 'mention-hovered': hovered, 'page-changed': vi.fn() });
    expect(receive({ type: 'mention-hovered', entityId: 'steve-witkoff' }, 'content')).toBeUndefined();
    expect(hovered).toHaveBeenCalledWith({ type: 'mention-hovered', entityId: 'steve-witkoff' });
    expect(receive({ type: 'mention-hovered', entityId: 'steve-witkoff' }, 'extension')).toBeUndefined();
    expect(receive({ type: 'search', query: 'harbour' }, 'extension')).toBeUndefined();
    expect(receive({ type: 'mention-hovered', entityId: '' }, 'content')).toBeUndefined();
    expect(hovered).toHaveBeenCalledTimes(1);
  });

  it('lets pages act on a page changed in a content script, and not on one forged by an extension page', () => {
    const changed = vi.fn();
    const receive = (message: unknown, origin: 'content' | 'extension') =>
      receiveMessage('pages', message, origin, { 'mention-hovered': vi.fn(), 'page-changed': changed });
    expect(receive({ type: 'page-changed' }, 'extension')).toBeUndefined();
    expect(receive({ type: 'page-changed', url: 'https://example.com/' }, 'content')).toBeUndefined();
    expect(changed).not.toHaveBeenCalled();
    expect(receive({ type: 'page-changed' }, 'content')).toBeUndefined();
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

describe('isForPages', () => {
  it('names the messages the background leaves to the pages, whatever their fields', () => {
    expect(isForPages({ type: 'mention-hovered', entityId: 'steve-witkoff' })).toBe(true);
    expect(isForPages({ type: 'mention-hovered', html: '<b>' })).toBe(true);
    for (const message of [
      null,
      'mention-hovered',
      { type: 'search' },
      { type: 'toString' },
      { type: 7 },
      {},
    ])
      expect(isForPages(message)).toBe(false);
  });
});
