/**
 * An editable region holding more text than this is something the reader is
 * writing (a document, a wiki page in edit mode), not a comment box under an
 * article, which news pages often have.
 */
const EDITABLE_TEXT_CHARS = 500;

/**
 * Whether the page is one the reader works in rather than reads: the whole
 * document in design mode or editable, a password field (a sign-in or an
 * account page, whatever its address), or a large editable region. Such a
 * page is never kept.
 */
export function isEditablePage(doc: Document): boolean {
  if (doc.designMode === 'on') return true;
  if (doc.body?.isContentEditable || doc.documentElement.isContentEditable) return true;
  if (doc.querySelector('input[type="password" i]')) return true;
  for (const region of doc.querySelectorAll('[contenteditable]:not([contenteditable="false" i]), textarea')) {
    const text =
      region.tagName === 'TEXTAREA' ? (region as HTMLTextAreaElement).value : (region.textContent ?? '');
    if (text.length >= EDITABLE_TEXT_CHARS) return true;
  }
  return false;
}
