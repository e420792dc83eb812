import { describe, expect, it } from 'vitest';
import { readCorpusBundle } from '@/lib/node';
import { SEEDS_DIR } from '../../helpers/fixtures';

// The seeds read by a person: which sources report a concept in other words,
// and which words are no items. The rules that decide are general.
const { catalogue } = readCorpusBundle(SEEDS_DIR);
const sourcesOf = (label: string): string[] =>
  Object.keys(catalogue.entities.find((entity) => entity.label === label)?.sources ?? {})
    .map((id) => id.slice(0, 3))
    .sort();

describe('the seed catalogue as concepts', () => {
  it.each([
    // 004: "dozens of successful attacks against Russian oil refineries"
    ['refineries', ['002', '003', '004']],
    // 000 and 001 report the "air truce"; 002 a "partial ceasefire"
    ['partial ceasefire', ['000', '001', '002']],
    // 000 and 001 write only "air truce"
    ['ceasefire', ['000', '001', '002', '003', '004']],
    // 003: "impose secondary sanctions on Aug 8"
    ['sanctions', ['000', '001', '002', '003']],
  ])('lists every source that reports "%s"', (label, sources) => {
    expect(sourcesOf(label)).toEqual(sources);
  });

  it.each(['halt', 'news outlet', 'trading partners', 'military facilities', 'special envoy'])(
    'has no item "%s"',
    (label) => {
      expect(catalogue.entities.some((entity) => entity.label === label)).toBe(false);
    },
  );
});
