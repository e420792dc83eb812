import type { PageMention } from '../highlight';
import { MAX_PAGE_CONTEXT } from '../messaging/protocol';

/** Characters of the page on each side of a mention sent with a card request (the protocol caps the total). */
const CONTEXT_CHARS = 800;

/**
 * The words around a mention in its block, whitespace folded: where the page
 * states its own figures about the item. It goes with the card request to the
 * background and never leaves the browser.
 */
export function mentionContext(mention: Pick<PageMention, 'block' | 'from' | 'text'>): string {
  const text = (mention.block ?? mention.from.node.parentNode)?.textContent ?? mention.text;
  const at = Math.max(0, text.indexOf(mention.text));
  return text
    .slice(Math.max(0, at - CONTEXT_CHARS), at + mention.text.length + CONTEXT_CHARS)
    .replace(/\s+/gu, ' ')
    .slice(0, MAX_PAGE_CONTEXT);
}
