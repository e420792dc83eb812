import { describe, expect, it } from 'vitest';
import { compareItem, corpusView } from '@/lib/compare';
import { dateKeyOf, daysNamedIn } from '@/lib/compare/item-passages';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { SEEDS_DIR } from '../../helpers/fixtures';

const cases: { shows: string; sentence: string; published: string | null; days: string[] }[] = [
  {
    shows: 'a future weekday names the day ahead (issue 22)',
    sentence: 'U.S. envoy Steve Witkoff plans to deliver the message in Moscow on Wednesday.',
    published: '2025-08-04',
    days: ['08-06'],
  },
  {
    shows: 'a weekday before "will" names the day ahead (issue 22)',
    sentence: 'On Friday, President Trump will issue a strict deadline.',
    published: '2025-08-05',
    days: ['08-08'],
  },
  {
    shows: 'a past weekday names the day behind',
    sentence: 'The envoy met the president on Wednesday.',
    published: '2025-08-08',
    days: ['08-06'],
  },
  {
    shows: 'the same past weekday from another date names another day',
    sentence: 'The envoy met the president on Wednesday.',
    published: '2025-08-04',
    days: ['07-30'],
  },
  {
    shows: '"yesterday" names the day before publication, across a year',
    sentence: 'The markets closed early yesterday.',
    published: '2026-01-01',
    days: ['12-31'],
  },
  {
    shows: 'a literal month and day is left to the catalogue’s aliases',
    sentence: 'Talks were held on August 6.',
    published: '2025-08-08',
    days: [],
  },
  {
    shows: 'a period ("last week") names no day',
    sentence: 'The board met last week.',
    published: '2025-08-13',
    days: [],
  },
  {
    shows: 'an article of unknown date names no day',
    sentence: 'The envoy will arrive on Wednesday.',
    published: null,
    days: [],
  },
];

describe('daysNamedIn', () => {
  it.each(cases)('$shows', ({ sentence, published, days }) => {
    expect(daysNamedIn(sentence, published)).toEqual(days);
  });

  it('reads an item label back to its month and day, and no other label', () => {
    expect(dateKeyOf('August 6')).toBe('08-06');
    expect(dateKeyOf('September 30')).toBe('09-30');
    expect(dateKeyOf('Steve Witkoff')).toBeNull();
    expect(dateKeyOf('Augustus 6')).toBeNull();
  });
});

describe('a date item’s comparison', () => {
  const bundle = readCorpusBundle(SEEDS_DIR);
  const search = CorpusSearch.fromFiles(bundle);
  const view = corpusView(search, bundle.catalogue);
  const item = (label: string) => {
    const entity = bundle.catalogue.entities.find((candidate) => candidate.label === label);
    if (!entity) throw new Error(`the seed catalogue has ${label}`);
    return entity;
  };

  it('counts a source whose weekday resolves to the day as reporting it, with that passage', () => {
    // 001 (published 5 August 2025) names the day only as "plans to deliver the message in Moscow on Wednesday".
    const comparison = compareItem(view, item('August 6'));
    expect(comparison.silent).not.toContain('001_4ad11c5cc216dbde');
    const source = comparison.sources.find((candidate) => candidate.sourceId === '001_4ad11c5cc216dbde');
    expect(source?.passages.map((passage) => passage.text)).toEqual([
      expect.stringContaining('plans to deliver the message in Moscow on Wednesday'),
    ]);
  });

  it('leaves the catalogue’s passages of an item that is no date as they are', () => {
    const witkoff = item('Steve Witkoff');
    const comparison = compareItem(view, witkoff);
    expect(comparison.sources.map((source) => source.sourceId).sort()).toEqual(
      Object.keys(witkoff.sources).sort(),
    );
  });
});
