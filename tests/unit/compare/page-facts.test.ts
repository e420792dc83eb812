import { describe, expect, it } from 'vitest';
import {
  alignFacts,
  compareCorpus,
  corpusView,
  coverageMatrix,
  pageFacts,
  THIS_PAGE_ID,
} from '@/lib/compare';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { fixtureCorpusDir } from '../../helpers/fixtures';

const bundle = readCorpusBundle(fixtureCorpusDir('dam-breach'));
const search = CorpusSearch.fromFiles(bundle);
const { facts } = compareCorpus(corpusView(search, bundle.catalogue));

describe('pageFacts', () => {
  it('sets a page’s own figure beside the sources’: this page says X, a source says Y', () => {
    const page = pageFacts('Engineers of the water authority worked for 20 hours on the Orrin dam.');
    const { discrepancies } = alignFacts([...facts, ...page]);
    const hours = discrepancies.find((group) =>
      group.values.some((value) => value.sourceId === THIS_PAGE_ID),
    );
    expect(hours?.values.map((value) => value.text).sort()).toEqual([
      '12 hours',
      '20 hours',
      'about 36 hours',
    ]);
  });

  it('agrees with the sources when the page’s figure falls within theirs', () => {
    const page = pageFacts('The water authority put the cost of repairs at about €41m.');
    const { agreements } = alignFacts([...facts.filter((fact) => fact.sourceId === '001_herald'), ...page]);
    expect(agreements.some((group) => group.values.some((value) => value.sourceId === THIS_PAGE_ID))).toBe(
      true,
    );
  });
});

describe('coverageMatrix', () => {
  it('counts, per item and source, the passages that mention it', () => {
    const rows = coverageMatrix(bundle.catalogue.entities, [...search.sources.values()]);
    const varga = rows.find((row) => row.label === 'Ilse Varga');
    expect(varga?.counts).toEqual({ '001_herald': 2, '002_post': 1, '003_wire': 0, '004_times': 1 });
  });
});
