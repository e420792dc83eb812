import { describe, expect, it } from 'vitest';
import { ADD_PAGE_MENU, COMPARE_SELECTION_MENU, contextMenuAction } from '@/lib/background';
import { MAX_SELECTION_LENGTH } from '@/lib/messaging';

describe('contextMenuAction', () => {
  it('opens the add flow pinned to the clicked page’s tab', () => {
    expect(contextMenuAction({ menuItemId: ADD_PAGE_MENU }, 7)).toEqual({ kind: 'open-add-page', tabId: 7 });
  });

  it('does nothing for the add entry without a real tab (devtools and some browser pages give none or -1)', () => {
    expect(contextMenuAction({ menuItemId: ADD_PAGE_MENU }, undefined)).toBeNull();
    expect(contextMenuAction({ menuItemId: ADD_PAGE_MENU }, -1)).toBeNull();
  });

  it('compares a selection, trimmed and cut to the longest the sidebar compares', () => {
    const long = `  ${'a'.repeat(MAX_SELECTION_LENGTH + 10)}  `;
    expect(contextMenuAction({ menuItemId: COMPARE_SELECTION_MENU, selectionText: long }, 3)).toEqual({
      kind: 'open-sidebar',
      tabId: 3,
      view: { kind: 'selection', text: 'a'.repeat(MAX_SELECTION_LENGTH) },
    });
    expect(contextMenuAction({ menuItemId: COMPARE_SELECTION_MENU, selectionText: ' \n ' }, 3)).toBeNull();
  });

  it('ignores another extension’s or an unknown menu entry', () => {
    expect(contextMenuAction({ menuItemId: 'something-else', selectionText: 'text' }, 3)).toBeNull();
  });
});
