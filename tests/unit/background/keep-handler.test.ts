import { describe, expect, it, vi } from 'vitest';
import { keepHandler } from '@/lib/background/keep-handler';
import type { UserSourceSavedResponse } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type KeepSettings, type Settings } from '@/lib/settings';
import type { UserSourceDraft } from '@/lib/user-sources';

const DRAFT: UserSourceDraft = {
  outlet: 'Example News',
  title: 'Talks end',
  author: null,
  published: '2025-08-06',
  url: 'https://elsewhere.example/claimed',
  text: 'Talks end\n\nThe talks ended on Wednesday.',
};
const PAGE = 'https://news.example/2025/08/06/talks.html';

function setup(keep: Partial<KeepSettings>, outcome: 'added' | 'updated' = 'added') {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    keep: { enabled: true, paused: false, sites: [], ...keep },
  };
  const add = vi.fn((draft: UserSourceDraft): Promise<UserSourceSavedResponse> =>
    Promise.resolve({
      type: 'user-source-saved',
      outcome,
      source: {
        id: 'yours-talks-end',
        outlet: draft.outlet,
        title: draft.title,
        author: draft.author,
        published: draft.published,
        publishedApproximate: false,
        url: draft.url,
        yours: true,
      },
    }),
  );
  const remove = vi.fn(() => Promise.resolve(undefined));
  return { add, remove, handler: keepHandler({ settings: () => Promise.resolve(settings), add, remove }) };
}

describe('keepHandler', () => {
  it.each([
    ['collection off', { enabled: false }, false, 'off'],
    ['paused', { paused: true }, false, 'paused'],
    ['a private window, even with collection on', {}, true, 'private-window'],
    [
      'a never rule for the site',
      { sites: [{ site: 'news.example', rule: 'never' as const }] },
      false,
      'site-never',
    ],
  ])('keeps nothing: %s', async (_, keep, incognito, reason) => {
    const { add, handler } = setup(keep);
    const answer = await handler.keep(
      { type: 'keep-article', source: DRAFT, confirmed: false },
      { url: PAGE, incognito },
    );
    expect(answer).toMatchObject({ outcome: 'skipped', reason });
    expect(add).not.toHaveBeenCalled();
  });

  it('adds the article under the address the browser reports, not the one the page claims', async () => {
    const { add, handler } = setup({});
    const answer = await handler.keep(
      { type: 'keep-article', source: DRAFT, confirmed: false },
      { url: PAGE, incognito: false },
    );
    expect(answer).toEqual({
      type: 'keep-answer',
      outcome: 'added',
      sourceId: 'yours-talks-end',
      reason: null,
    });
    expect(add).toHaveBeenCalledWith({ ...DRAFT, url: PAGE });
  });

  it('asks first on a site whose rule is ask, and keeps once the reader confirmed', async () => {
    const { add, handler } = setup({ sites: [{ site: 'news.example', rule: 'ask' }] });
    const request = { type: 'keep-article' as const, source: DRAFT, confirmed: false };
    expect(await handler.keep(request, { url: PAGE, incognito: false })).toMatchObject({ outcome: 'ask' });
    expect(add).not.toHaveBeenCalled();
    expect(
      await handler.keep({ ...request, confirmed: true }, { url: PAGE, incognito: false }),
    ).toMatchObject({
      outcome: 'added',
    });
  });

  it('undoes what it added, once, and nothing it only updated', async () => {
    const added = setup({});
    await added.handler.keep(
      { type: 'keep-article', source: DRAFT, confirmed: false },
      { url: PAGE, incognito: false },
    );
    expect(await added.handler.undo({ type: 'keep-undo', sourceId: 'yours-talks-end' })).toEqual({
      type: 'keep-undone',
      undone: true,
    });
    expect(added.remove).toHaveBeenCalledWith('yours-talks-end');
    expect(await added.handler.undo({ type: 'keep-undo', sourceId: 'yours-talks-end' })).toMatchObject({
      undone: false,
    });

    const updated = setup({}, 'updated');
    await updated.handler.keep(
      { type: 'keep-article', source: DRAFT, confirmed: false },
      { url: PAGE, incognito: false },
    );
    expect(await updated.handler.undo({ type: 'keep-undo', sourceId: 'yours-talks-end' })).toMatchObject({
      undone: false,
    });
    expect(updated.remove).not.toHaveBeenCalled();
  });
});
