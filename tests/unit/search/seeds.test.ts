import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '@/lib/node';
import { buildSearchIndex, CorpusSearch } from '@/lib/search';
import { SEEDS_DIR } from '../../helpers/fixtures';

// Facts about the seed corpus (see seeds/sources.json), not general rules.
describe('search over the seed corpus', () => {
  const search = CorpusSearch.fromFiles(buildSearchIndex(readCorpusDir(SEEDS_DIR)));

  it('finds "shadow fleet" in at least three different sources', () => {
    const hits = search.search('shadow fleet');
    expect(new Set(hits.map((hit) => hit.sourceId)).size).toBeGreaterThanOrEqual(3);
    for (const hit of hits) expect(hit.text.toLowerCase()).toMatch(/shadow fleet/u);
  });

  it.each(['Witkoff', 'Dmitriev', 'Pokrovsk', 'air truce'])('finds passages that contain "%s"', (query) => {
    const hits = search.search(query);
    expect(hits.some((hit) => hit.text.toLowerCase().includes(query.toLowerCase()))).toBe(true);
  });

  it.each(['witk', 'witkof', 'WITKOFF', 'wtkoff'])('finds Witkoff from "%s"', (query) => {
    const hits = search.search(query);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.text).toContain('Witkoff');
  });

  it('finds both spellings of Zelensky’s name from either', () => {
    for (const query of ['Zelenskyy', 'ZELENSKY']) {
      const texts = search.search(query, { limit: 100 }).map((hit) => hit.text);
      expect(texts.some((text) => text.includes('Zelenskyy'))).toBe(true);
      expect(texts.some((text) => /Zelensky\b/u.test(text))).toBe(true);
    }
  });
});
