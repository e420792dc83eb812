import { describe, expect, it } from 'vitest';
import { buildItemCard, PASSAGES_PER_SOURCE } from '@/lib/compare';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { SEEDS_DIR } from '../../helpers/fixtures';

const bundle = readCorpusBundle(SEEDS_DIR);
const search = CorpusSearch.fromFiles(bundle);
const sources = [...search.sources.values()];
const witkoff = bundle.catalogue.entities.find((entity) => entity.label === 'Steve Witkoff');

function card(pageSourceId: string | null) {
  if (!witkoff) throw new Error('the seed catalogue has Steve Witkoff');
  return buildItemCard({ entity: witkoff, sources, passage: (id) => search.passage(id), pageSourceId });
}

describe('buildItemCard', () => {
  it('lists every other source that mentions the item with its best passages, the item emphasised', () => {
    const result = card(null);
    expect(result.others.length + result.silent.length).toBe(sources.length);
    expect(result.mentionedByCount).toBe(result.others.length);
    for (const other of result.others) {
      expect(other.passages.length).toBeGreaterThan(0);
      expect(other.passages.length).toBeLessThanOrEqual(PASSAGES_PER_SOURCE);
      for (const passage of other.passages) {
        expect(passage.emphasis.length).toBeGreaterThan(0);
        for (const [start, end] of passage.emphasis)
          expect(passage.text.slice(start, end)).toMatch(/Witkoff/u);
      }
    }
    expect(result.silent.map((source) => source.id)).toContain('004_cf8e87853554287d');
  });

  it('leaves the page’s own source out of the others and names it', () => {
    const result = card('003_ef5a6fde2ba6a5a5');
    expect(result.pageSource?.outlet).toBe('The Straits Times');
    expect(result.others.map((other) => other.source.id)).not.toContain('003_ef5a6fde2ba6a5a5');
    expect(result.silent.map((source) => source.id)).not.toContain('003_ef5a6fde2ba6a5a5');
    expect(result.mentionedByCount).toBe(card(null).mentionedByCount);
  });

  it('shows passages in article order', () => {
    for (const other of card(null).others) {
      const order = other.passages.map((passage) => Number(passage.id.split('#')[1]));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
