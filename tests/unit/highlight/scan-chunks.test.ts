import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/entities';
import { extractPageText, MentionIndex, scanUnit, scanUnits, WINDOW_CHARS } from '@/lib/highlight';

const matcher = compileMatcher([
  { text: 'Steve Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
  { text: 'Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
  { text: 'Pokrovsk', entityId: 'pokrovsk', caseSensitive: false, properNoun: true },
]);

function scan(html: string) {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const units = scanUnits(extractPageText(document.body).chunks);
  return { document, units, mentions: units.flatMap((unit) => scanUnit(unit, matcher)) };
}

describe('scanUnits and scanUnit', () => {
  it('locate a mention split across inline elements in both text nodes', () => {
    const { mentions } = scan('<p>Envoy Steve <b>Witkoff</b> flew in.</p>');
    expect(mentions).toHaveLength(1);
    const [mention] = mentions;
    expect(mention?.from.node.nodeValue).toBe('Envoy Steve ');
    expect(mention?.from.offset).toBe(6);
    expect(mention?.to.node.nodeValue).toBe('Witkoff');
    expect(mention?.to.offset).toBe(7);
    expect(mention?.nodes).toHaveLength(2);
    expect((mention?.block as Element | null)?.tagName).toBe('P');
  });

  it('never join two paragraphs into one mention', () => {
    expect(scan('<p>Steve</p><p>Witkoff</p>').mentions.map((m) => m.text)).toEqual(['Witkoff']);
  });

  it('find every mention in a text node longer than a window, once each, including at the cuts', () => {
    const filler = 'x'.repeat(WINDOW_CHARS - 4);
    // "Pokrovsk" straddles the first window's end; the second sits past it.
    const text = `${filler} Pokrovsk ${'y '.repeat(WINDOW_CHARS / 2)}Witkoff and Steve Witkoff.`;
    const { units, mentions } = scan(`<p>${text}</p>`);
    expect(units.length).toBeGreaterThan(1);
    expect(mentions.map((m) => m.text)).toEqual(['Pokrovsk', 'Witkoff', 'Steve Witkoff']);
    for (const mention of mentions) {
      expect(mention.from.node.nodeValue?.slice(mention.from.offset, mention.to.offset)).toBe(mention.text);
    }
  });

  it('respect a word boundary right at a window cut', () => {
    const text = `${'x'.repeat(WINDOW_CHARS - 1)}aPokrovsk`;
    expect(scan(`<p>${text}</p>`).mentions).toEqual([]);
  });
});

describe('MentionIndex', () => {
  it('finds the mention under a caret position by node and offset, and nothing between mentions', () => {
    const { mentions } = scan('<p>Witkoff met Steve <i>Witkoff</i> near Pokrovsk.</p>');
    const index = new MentionIndex();
    for (const mention of mentions) index.add(mention);
    const [first, second, third] = mentions;
    if (!first || !second || !third) throw new Error('expected three mentions');
    expect(index.at(first.from.node, 0)).toBe(first);
    expect(index.at(first.from.node, 6)).toBe(first);
    expect(index.at(first.from.node, 8)).toBeUndefined();
    expect(index.at(second.from.node, second.from.offset + 2)).toBe(second);
    expect(index.at(second.to.node, 3)).toBe(second);
    expect(index.at(third.from.node, third.from.offset)).toBe(third);
    expect(index.at(third.from.node, third.to.offset)).toBeUndefined();
  });

  it('forgets removed mentions', () => {
    const { mentions } = scan('<p>Witkoff and Pokrovsk</p>');
    const index = new MentionIndex();
    for (const mention of mentions) index.add(mention);
    const removed = index.removeWhere((mention) => mention.entityId === 'witkoff');
    expect(removed).toHaveLength(1);
    expect(index.size).toBe(1);
    expect(index.at(mentions[0]?.from.node as Node, 1)).toBeUndefined();
  });
});
