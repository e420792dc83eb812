import { describe, expect, it } from 'vitest';
import {
  answerContentMessage,
  type ContentMessageContext,
} from '../../../lib/content/answer-content-message';
import type { PageCommands } from '../../../lib/content/page-commands';

const EXTENSION = { id: 'parallax-id', url: 'chrome-extension://parallax-id/' };
/** A sender from one of the extension's own pages (the popup or the sidebar). */
const OWN = { id: EXTENSION.id, url: `${EXTENSION.url}popup.html` };

function setUp(running: boolean) {
  const calls: string[] = [];
  const page: PageCommands = {
    focusMention: (direction) => void calls.push(`focus-mention ${direction}`),
    focusItem: (entityId) => void calls.push(`focus-item ${entityId}`),
    pageItems: () => ({
      type: 'page-items',
      hostname: 'news.example',
      active: true,
      pageSourceId: 'bbc-1',
      story: null,
      items: [{ id: 'steve-witkoff', count: 3 }],
    }),
  };
  const context: ContentMessageContext = {
    own: EXTENSION,
    page: running ? page : null,
    location: { hostname: 'news.example', href: 'https://news.example/story' },
    doc: { documentElement: { outerHTML: '<html><body>Story</body></html>' } } as unknown as Document,
  };
  return { calls, context };
}

describe('the content script’s answers to runtime messages', () => {
  it('hands the keyboard’s and the sidebar’s commands to the page, and answers nothing', () => {
    const { calls, context } = setUp(true);
    expect(
      answerContentMessage({ type: 'focus-mention', direction: 'previous' }, OWN, context),
    ).toBeUndefined();
    expect(
      answerContentMessage({ type: 'focus-item', entityId: 'steve-witkoff' }, OWN, context),
    ).toBeUndefined();
    expect(calls).toEqual(['focus-mention previous', 'focus-item steve-witkoff']);
  });

  it('answers which items the running page highlights', async () => {
    const { context } = setUp(true);
    await expect(answerContentMessage({ type: 'page-items' }, OWN, context)).resolves.toMatchObject({
      active: true,
      items: [{ id: 'steve-witkoff', count: 3 }],
    });
  });

  it('answers "not active" with the host where Parallax does not run', async () => {
    const { context } = setUp(false);
    await expect(answerContentMessage({ type: 'page-items' }, OWN, context)).resolves.toEqual({
      type: 'page-items',
      hostname: 'news.example',
      active: false,
      pageSourceId: null,
      story: null,
      items: [],
    });
  });

  it('asked while a run restarts (an SPA navigation), answers with the new run’s items, not "not active"', async () => {
    const { context } = setUp(true);
    const running = context.page;
    let restarted: (page: PageCommands | null) => void = () => undefined;
    const restarting: ContentMessageContext = {
      ...context,
      page: null,
      settled: () => new Promise((done) => (restarted = done)),
    };
    const answer = answerContentMessage({ type: 'page-items' }, OWN, restarting);
    restarted(running);
    await expect(answer).resolves.toMatchObject({ active: true, items: [{ id: 'steve-witkoff', count: 3 }] });
  });

  it('gives the page’s address and markup for "Add this page", running or not', async () => {
    const { context } = setUp(false);
    await expect(answerContentMessage({ type: 'page-html' }, OWN, context)).resolves.toEqual({
      type: 'page-html',
      url: 'https://news.example/story',
      html: '<html><body>Story</body></html>',
    });
  });

  it('ignores every message from another extension, before reading it', () => {
    const { calls, context } = setUp(true);
    const foreign = { id: 'another-extension' };
    expect(answerContentMessage({ type: 'page-html' }, foreign, context)).toBeUndefined();
    expect(
      answerContentMessage({ type: 'focus-mention', direction: 'next' }, foreign, context),
    ).toBeUndefined();
    expect(answerContentMessage({ type: 'page-items' }, {}, context)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('ignores a request another content script sends, which the table lets only extension pages send', () => {
    const { calls, context } = setUp(true);
    const contentScript = { id: EXTENSION.id, url: 'https://other.example/', tab: { id: 7 } };
    expect(answerContentMessage({ type: 'page-html' }, contentScript, context)).toBeUndefined();
    expect(
      answerContentMessage({ type: 'focus-item', entityId: 'steve-witkoff' }, contentScript, context),
    ).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('ignores a message that is not one of the content script’s, or is malformed', () => {
    const { calls, context } = setUp(true);
    for (const message of [
      { type: 'item-card', entityId: 'steve-witkoff' },
      { type: 'focus-mention', direction: 'sideways' },
      { type: 'focus-item', entityId: '' },
      { type: 'page-items', extra: true },
      'page-items',
      null,
    ])
      expect(answerContentMessage(message, OWN, context)).toBeUndefined();
    expect(calls).toEqual([]);
  });
});
