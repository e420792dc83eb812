import { describe, expect, it } from 'vitest';
import { errorResponseSchema, requestSchema, responseSchemas } from '@/lib/messaging';

describe('protocol schemas', () => {
  it('parses a search request with and without a limit', () => {
    expect(requestSchema.parse({ type: 'search', query: 'harbour' })).toEqual({
      type: 'search',
      query: 'harbour',
    });
    expect(requestSchema.parse({ type: 'search', query: '', limit: 1 })).toEqual({
      type: 'search',
      query: '',
      limit: 1,
    });
  });

  it('refuses a search response missing a field or with an extra one', () => {
    const response = {
      type: 'search-result',
      query: 'harbour',
      hits: [],
      suggestions: [],
      sourceCount: 0,
      sources: [],
    };
    expect(responseSchemas.search.safeParse(response).success).toBe(true);
    const missing: Partial<typeof response> = { ...response };
    delete missing.sources;
    expect(responseSchemas.search.safeParse(missing).success).toBe(false);
    expect(responseSchemas.search.safeParse({ ...response, html: '<b>' }).success).toBe(false);
  });

  it('tells an error response apart from a search response', () => {
    expect(errorResponseSchema.safeParse({ type: 'error', message: 'no index' }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ type: 'search-result', message: 'no index' }).success).toBe(false);
  });
});
