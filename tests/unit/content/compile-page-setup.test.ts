import { describe, expect, it } from 'vitest';
import { compilePageSetup } from '../../../lib/content/compile-page-setup';
import type { PageSetupResponse } from '../../../lib/messaging/protocol';

const setup: PageSetupResponse = {
  type: 'page-setup',
  items: [
    { id: 'nice', label: 'Nice', kind: 'place', aliases: [{ text: 'Nice', caseSensitive: false }] },
    {
      id: 'ceasefire',
      label: 'ceasefire',
      kind: 'topic',
      aliases: [{ text: 'Ceasefire', caseSensitive: false }],
    },
    {
      id: 'united-states',
      label: 'United States',
      kind: 'place',
      aliases: [
        { text: 'United States', caseSensitive: false },
        { text: 'US', caseSensitive: true },
      ],
    },
  ],
  sources: [{ id: 'bbc-1', url: null, sketch: [1, 2, 3] }],
};

const found = (text: string) =>
  compilePageSetup(setup)
    .matcher.findAll(text)
    .map((m) => `${m.entityId}:${m.text}`);

describe('compiling the page set-up', () => {
  it('matches every alias of every item, each under its item', () => {
    expect(found('Talks in Nice on a ceasefire with the United States and the US.')).toEqual([
      'nice:Nice',
      'ceasefire:ceasefire',
      'united-states:United States',
      'united-states:US',
    ]);
  });

  it('keeps the capitals of names (people, organisations, places) but not of topics', () => {
    expect(found('a nice day; us and them; CEASEFIRE now')).toEqual(['ceasefire:CEASEFIRE']);
  });

  it('gives each item’s kind and label, and nothing for an unknown id', () => {
    const compiled = compilePageSetup(setup);
    expect(compiled.kindOf('ceasefire')).toBe('topic');
    expect(compiled.labelOf('united-states')).toBe('United States');
    expect(compiled.kindOf('nobody')).toBeUndefined();
    expect(compiled.labelOf('nobody')).toBeUndefined();
    expect(compiled.sources).toBe(setup.sources);
  });
});
