import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isEditablePage } from '@/lib/content/keep-page-signals';

const LONG = 'The minister said the talks would resume next week. '.repeat(12);

describe('isEditablePage', () => {
  it.each([
    [
      'an article with a comment box',
      `<article><p>${LONG}</p></article><textarea name="comment"></textarea>`,
      false,
    ],
    [
      'a sign-in form beside an article',
      `<article><p>${LONG}</p></article><form><input type="password"></form>`,
      true,
    ],
    ['a document being written', `<div contenteditable="true"><p>${LONG}</p></div>`, true],
    ['an editable region switched off', `<div contenteditable="false"><p>${LONG}</p></div>`, false],
    ['a long draft in a text area', `<textarea>${LONG}</textarea>`, true],
  ])('%s → %s', (_, body, editable) => {
    const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
    expect(isEditablePage(document)).toBe(editable);
  });
});
