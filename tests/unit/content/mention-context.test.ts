import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mentionContext } from '../../../lib/content/mention-context';
import { MAX_PAGE_CONTEXT } from '../../../lib/messaging/protocol';

function mentionIn(html: string, text: string, withBlock = true) {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const block = document.querySelector('p') as Element;
  const walker = document.createTreeWalker(block, 4);
  let node = walker.nextNode() as Text | null;
  while (node && !node.data.includes(text)) node = walker.nextNode() as Text | null;
  if (!node) throw new Error(`test: "${text}" is not in the page`);
  return { text, block: withBlock ? block : null, from: { node, offset: node.data.indexOf(text) } };
}

describe('the words around a mention', () => {
  it('are its block’s text, whitespace folded, across the block’s elements', () => {
    const mention = mentionIn(
      '<p>Talks with   <b>Steve Witkoff</b>\n lasted three hours.</p><p>Elsewhere.</p>',
      'Witkoff',
    );
    expect(mentionContext(mention)).toBe('Talks with Steve Witkoff lasted three hours.');
  });

  it('are the text node’s parent where the mention has no block', () => {
    const mention = mentionIn('<p>Talks with <b>Steve Witkoff</b> lasted.</p>', 'Witkoff', false);
    expect(mentionContext(mention)).toBe('Steve Witkoff');
  });

  it('keep to a window around the mention in a long block, within the protocol’s cap', () => {
    const filler = 'word '.repeat(1000);
    const mention = mentionIn(`<p>${filler}Witkoff ${filler}</p>`, 'Witkoff');
    const context = mentionContext(mention);
    expect(context).toContain('Witkoff');
    expect(context.length).toBeLessThanOrEqual(MAX_PAGE_CONTEXT);
    expect(context.length).toBeGreaterThan(1000);
    const at = context.indexOf('Witkoff');
    expect(Math.abs(at - (context.length - at - 'Witkoff'.length))).toBeLessThan(10);
  });
});
