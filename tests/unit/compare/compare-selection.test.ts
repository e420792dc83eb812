import { describe, expect, it } from 'vitest';
import { compareSelection, corpusView } from '@/lib/compare';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { fixtureCorpusDir } from '../../helpers/fixtures';

// tests/fixtures/corpora/dam-breach/README.md lists the planted disagreements.
const bundle = readCorpusBundle(fixtureCorpusDir('dam-breach'));
const search = CorpusSearch.fromFiles(bundle);
const view = corpusView(search, bundle.catalogue);

describe('compareSelection', () => {
  it('sets a selected sentence beside the closest passage of another source, and their figures apart', () => {
    const selected = 'The water authority put the cost of repairs at €40m.';

    const comparison = compareSelection(view, search, selected);

    expect(comparison.item).toBeNull();
    expect(comparison.query).toBe(selected);
    const post = comparison.sources.find((source) => source.sourceId === '002_post');
    expect(post?.passages.map((passage) => passage.text)).toContainEqual(
      expect.stringContaining('repairs would cost €65m'),
    );
    const money = comparison.discrepancies.find((aligned) => aligned.kind === 'money');
    expect(money?.values.map((value) => `${value.sourceId}:${value.text}`).sort()).toEqual([
      '001_herald:€40m',
      '002_post:€65m',
    ]);
  });

  it('takes at most two passages from each source, in the order they stand in the article', () => {
    const comparison = compareSelection(
      view,
      search,
      'Residents were evacuated from the valley after the dam wall gave way.',
    );

    expect(comparison.sources.length).toBeGreaterThanOrEqual(3);
    for (const source of comparison.sources) {
      expect(source.passages.length).toBeGreaterThan(0);
      expect(source.passages.length).toBeLessThanOrEqual(2);
      const positions = source.passages.map((passage) => Number(passage.id.split('#')[1]));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('finds nothing for words no source uses, and says every source is silent', () => {
    const comparison = compareSelection(view, search, 'Xqzv plorbt wuggle.');

    expect(comparison.sources).toEqual([]);
    expect(comparison.silent.length).toBe(bundle.sources.length);
  });
});
