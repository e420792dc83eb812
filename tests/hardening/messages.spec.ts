import type { Page } from 'playwright-core';
import { test, expect } from '../e2e/fixtures';

/**
 * Malformed, oversized and unknown messages sent to the background from an
 * extension page, the way any extension context could send them: each is
 * answered with an error that says why, nothing throws, and the background
 * goes on answering valid requests.
 */
const HOSTILE_MESSAGES: Record<string, unknown> = {
  'not an object': 'search shadow fleet',
  null: null,
  'an array': [{ type: 'search', query: 'x' }],
  'no type': { query: 'shadow fleet' },
  'an unknown type': { type: 'delete-everything' },
  'a query of the wrong type': { type: 'search', query: 42 },
  'an oversized query': { type: 'search', query: 'x'.repeat(100_000) },
  'a limit out of range': { type: 'search', query: 'fleet', limit: 1e9 },
  'an unknown field': { type: 'search', query: 'fleet', eval: 'alert(1)' },
  'an oversized card context': {
    type: 'item-card',
    entityId: 'steve-witkoff',
    pageSourceId: null,
    pageContext: 'y'.repeat(1_000_000),
  },
  'too many coverage ids': {
    type: 'coverage',
    entityIds: Array.from({ length: 100_000 }, (_, i) => `id-${i}`),
  },
  'an unknown sidebar view': { type: 'open-sidebar', view: { kind: 'settings' } },
};

function send(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((payload) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
    };
    return chrome.runtime.sendMessage(payload);
  }, message);
}

test('every malformed, oversized or unknown message is rejected with a reason; the background still answers', async ({
  page,
  extensionId,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${extensionId}/options.html`);

  for (const [name, message] of Object.entries(HOSTILE_MESSAGES)) {
    const answer = await send(page, message);
    expect(answer, name).toMatchObject({ type: 'error', message: expect.stringMatching(/^messaging: /) });
  }

  const valid = (await send(page, { type: 'search', query: 'shadow fleet', limit: 3 })) as {
    type: string;
    hits: unknown[];
  };
  expect(valid.type).toBe('search-result');
  expect(valid.hits.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
