import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { UserSourceSavedResponse } from '@/lib/messaging';
import { AddPage } from '@/lib/ui/popup/AddPage';
import type { UserSourceDraft } from '@/lib/user-sources';
import { blankPage } from './card-fixtures';

const READ: UserSourceDraft = {
  outlet: 'Breitbart',
  title: 'Crews walk out',
  author: null,
  published: '2016-12-22',
  url: 'https://www.example.com/strike',
  text: 'Crews walk out\n\nCrews walked out on Tuesday.\n\nThe port closed.',
};

function savedAs(draft: UserSourceDraft, outcome: 'added' | 'updated' = 'added'): UserSourceSavedResponse {
  return {
    type: 'user-source-saved',
    outcome,
    source: {
      id: 'yours-example-com-strike',
      outlet: draft.outlet,
      title: draft.title,
      author: draft.author,
      published: draft.published,
      publishedApproximate: false,
      url: draft.url,
      yours: true,
    },
  };
}

async function renderAddPage(
  readPage: () => Promise<UserSourceDraft | null>,
  addSource: (draft: UserSourceDraft) => Promise<UserSourceSavedResponse> = (draft) =>
    Promise.resolve(savedAs(draft)),
) {
  const { document, window } = blankPage('');
  const add = vi.fn(addSource);
  await act(async () => {
    render(<AddPage readPage={readPage} addSource={add} />, document.body);
    await Promise.resolve();
  });
  const settle = async (work: () => void): Promise<void> => {
    await act(async () => {
      work();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    });
  };
  const field = (name: string): HTMLInputElement => {
    const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`no field ${name}`);
    return input;
  };
  return {
    document,
    add,
    field,
    start: () =>
      settle(() =>
        document
          .querySelector('.add-page-start')
          ?.dispatchEvent(new window.Event('click', { bubbles: true })),
      ),
    type: (name: string, value: string) =>
      settle(() => {
        const input = field(name);
        input.value = value;
        input.dispatchEvent(new window.Event('input', { bubbles: true }));
      }),
    submit: () =>
      settle(() =>
        document
          .querySelector('form.add-page-preview')
          ?.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true })),
      ),
    alert: () => document.querySelector('[role="alert"]')?.textContent ?? null,
  };
}

describe('AddPage', () => {
  it('previews the page’s facts in editable fields and adds the draft with the reader’s corrections', async () => {
    const view = await renderAddPage(() => Promise.resolve(READ));
    await view.start();
    expect(view.field('outlet').value).toBe('Breitbart');
    expect(view.field('published').value).toBe('2016-12-22');
    expect(view.field('author').value).toBe('');
    expect(view.document.querySelector('.add-page-size')?.textContent).toBe(
      `3 paragraphs, ${READ.text.length} characters`,
    );

    await view.type('author', 'Lucas Nolan');
    await view.type('title', '  ');
    await view.submit();

    expect(view.add).toHaveBeenCalledExactlyOnceWith({ ...READ, author: 'Lucas Nolan', title: null });
    expect(view.document.querySelector('.add-page-done')?.textContent).toBe(
      'Added to your sources: Breitbart.',
    );
  });

  it('shows what is wrong with an edited fact and adds nothing', async () => {
    const view = await renderAddPage(() => Promise.resolve(READ));
    await view.start();
    await view.type('published', '22 December 2016');
    await view.submit();

    expect(view.add).not.toHaveBeenCalled();
    expect(view.alert()).toMatch(/published.*is not an ISO date \(YYYY-MM-DD\)/u);
    expect(view.document.querySelector('form.add-page-preview')).not.toBeNull();
  });

  it('shows the background’s refusal and keeps the preview to try again', async () => {
    const view = await renderAddPage(
      () => Promise.resolve(READ),
      () =>
        Promise.reject(new Error('user-sources: this article is already one of the bundled sources (BBC)')),
    );
    await view.start();
    await view.submit();

    expect(view.alert()).toBe('user-sources: this article is already one of the bundled sources (BBC)');
    expect(view.field('outlet').value).toBe('Breitbart');
  });

  it('says so when the page holds no article, or cannot be read', async () => {
    const none = await renderAddPage(() => Promise.resolve(null));
    await none.start();
    expect(none.alert()).toBe('No article found on this page.');
    expect(none.document.querySelector('form')).toBeNull();

    const unreadable = await renderAddPage(() => Promise.reject(new Error('no receiver')));
    await unreadable.start();
    expect(unreadable.alert()).toBe('Parallax cannot read this page (reload it and try again).');
  });
});
