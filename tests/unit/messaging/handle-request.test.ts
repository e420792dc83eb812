import { describe, expect, it, vi } from 'vitest';
import {
  handleRequest,
  MAX_QUERY_LENGTH,
  MAX_RESULT_LIMIT,
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
  'item-card': () => Promise.reject(new Error('not under test')),
  'open-search': () => Promise.reject(new Error('not under test')),
  compare: () => Promise.reject(new Error('not under test')),
  coverage: () => Promise.reject(new Error('not under test')),
  'open-sidebar': () => Promise.reject(new Error('not under test')),
  'sources-list': () => Promise.reject(new Error('not under test')),
  'user-source-add': () => Promise.reject(new Error('not under test')),
  'user-source-edit': () => Promise.reject(new Error('not under test')),
  'user-source-remove': () => Promise.reject(new Error('not under test')),
  'user-sources-import': () => Promise.reject(new Error('not under test')),
  'user-sources-export': () => Promise.reject(new Error('not under test')),
  'source-hide': () => Promise.reject(new Error('not under test')),
};

function setup(search: RequestHandlers['search'] = () => ANSWER) {
  const handlers = { ...UNUSED, search: vi.fn(search) };
  const log = vi.fn<(reason: string) => void>();
  return { handlers, log, handle: (message: unknown) => handleRequest(message, handlers, log) };
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
    await expect(handleRequest(null, { ...UNUSED, search: () => ANSWER })).resolves.toMatchObject({
      type: 'error',
    });
  });
});
