import { describe, expect, it } from 'vitest';
import { errorResponseSchema, MAX_ID_LENGTH, messages, requestSchema } from '@/lib/messaging';
import { MAX_ARTICLE_TEXT, MAX_IMPORT_SOURCES } from '@/lib/user-sources';

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
    expect(messages.search.response.safeParse(response).success).toBe(true);
    const missing: Partial<typeof response> = { ...response };
    delete missing.sources;
    expect(messages.search.response.safeParse(missing).success).toBe(false);
    expect(messages.search.response.safeParse({ ...response, html: '<b>' }).success).toBe(false);
  });

  it('tells an error response apart from a search response', () => {
    expect(errorResponseSchema.safeParse({ type: 'error', message: 'no index' }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ type: 'search-result', message: 'no index' }).success).toBe(false);
  });
});

describe('protocol schemas for your own sources', () => {
  const draft = {
    outlet: 'Harbour Gazette',
    title: 'Crews walk out',
    author: null,
    published: '2025-08-07',
    url: 'https://gazette.example/strike',
    text: 'Crews walked out on Tuesday.',
  };
  const facts = { outlet: 'Harbour Gazette', title: null, author: null, published: null, url: null };
  const refused = (message: unknown): boolean => !requestSchema.safeParse(message).success;

  it('accepts every request about sources in its documented shape', () => {
    for (const message of [
      { type: 'sources-list' },
      { type: 'user-source-add', source: draft },
      { type: 'user-source-edit', id: 'yours-gazette-example-strike', facts },
      { type: 'user-source-remove', id: 'yours-gazette-example-strike' },
      { type: 'user-sources-import', sources: [draft, { ...draft, url: null }] },
      { type: 'user-sources-export' },
      { type: 'source-hide', sourceId: '000_ad04fbc0c7af5402', hidden: true },
    ])
      expect(requestSchema.parse(message)).toEqual(message);
  });

  it('refuses an added article with a missing, extra or malformed field', () => {
    const withoutText: Partial<typeof draft> = { ...draft };
    delete withoutText.text;
    expect(refused({ type: 'user-source-add', source: withoutText })).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, html: '<b>x</b>' } })).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, published: '7 August 2025' } })).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, published: '2025-02-30' } })).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, url: 'javascript:alert(1)' } })).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, outlet: '   ' } })).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, text: ' \n ' } })).toBe(true);
  });

  it('refuses an oversized article, field, import or source id', () => {
    expect(
      refused({ type: 'user-source-add', source: { ...draft, text: 'a'.repeat(MAX_ARTICLE_TEXT + 1) } }),
    ).toBe(true);
    expect(refused({ type: 'user-source-add', source: { ...draft, title: 'a'.repeat(1001) } })).toBe(true);
    expect(
      refused({
        type: 'user-sources-import',
        sources: Array.from({ length: MAX_IMPORT_SOURCES + 1 }, () => draft),
      }),
    ).toBe(true);
    expect(refused({ type: 'user-sources-import', sources: [] })).toBe(true);
    expect(refused({ type: 'source-hide', sourceId: 'a'.repeat(MAX_ID_LENGTH + 1), hidden: true })).toBe(
      true,
    );
  });

  it('refuses an edit or removal of anything but one of the reader’s sources, and an edit of the text', () => {
    expect(refused({ type: 'user-source-remove', id: '000_ad04fbc0c7af5402' })).toBe(true);
    expect(refused({ type: 'user-source-edit', id: '000_ad04fbc0c7af5402', facts })).toBe(true);
    expect(refused({ type: 'user-source-edit', id: 'yours-a', facts: { ...facts, text: 'new' } })).toBe(true);
    expect(refused({ type: 'user-source-edit', id: 'yours-a', facts: { outlet: 'x' } })).toBe(true);
    expect(refused({ type: 'source-hide', sourceId: 'yours-a', hidden: 'yes' })).toBe(true);
    expect(refused({ type: 'user-sources-export', format: 'csv' })).toBe(true);
  });

  it('accepts the answers about sources and refuses one with a negative count or an unknown outcome', () => {
    const meta = {
      id: 'yours-a',
      outlet: 'Harbour Gazette',
      title: null,
      author: null,
      published: null,
      publishedApproximate: false,
      url: null,
      yours: true,
    };
    const saved = { type: 'user-source-saved', outcome: 'added', source: meta };
    const imported = {
      type: 'user-sources-imported',
      added: 1,
      updated: 0,
      failed: [{ index: 1, reason: 'x' }],
    };
    const exported = { type: 'user-sources-export', json: '{}', count: 1 };
    const list = { type: 'sources-list', bundled: [], yours: [meta], hidden: ['yours-a'] };
    expect(messages['user-source-add'].response.safeParse(saved).success).toBe(true);
    expect(messages['user-sources-import'].response.safeParse(imported).success).toBe(true);
    expect(messages['user-sources-export'].response.safeParse(exported).success).toBe(true);
    expect(messages['source-hide'].response.safeParse(list).success).toBe(true);
    expect(messages['user-source-add'].response.safeParse({ ...saved, outcome: 'merged' }).success).toBe(
      false,
    );
    expect(messages['user-sources-import'].response.safeParse({ ...imported, added: -1 }).success).toBe(
      false,
    );
    expect(messages['user-sources-export'].response.safeParse({ ...exported, count: 1.5 }).success).toBe(
      false,
    );
  });
});
