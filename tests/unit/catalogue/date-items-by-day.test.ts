import { describe, expect, it } from 'vitest';
import { dateItemsByDay } from '@/lib/catalogue/date-items-by-day';
import { dateKeyOf } from '@/lib/catalogue/date-mentions';
import { readCorpusBundle } from '@/lib/node';
import { SEEDS_DIR } from '../../helpers/fixtures';

const ITEMS = [
  { label: 'August 6', kind: 'date' },
  { label: 'August 8', kind: 'date' },
  { label: 'Steve Witkoff', kind: 'person' },
  { label: 'December 31', kind: 'date' },
];
const IDS = ['august-6', 'august-8', 'steve-witkoff', 'december-31'];
const datesNamedIn = dateItemsByDay(ITEMS, IDS);

const cases: { shows: string; sentence: string; published: string | null; ids: string[] }[] = [
  {
    shows: 'a future weekday names the day ahead (issue 22)',
    sentence: 'U.S. envoy Steve Witkoff plans to deliver the message in Moscow on Wednesday.',
    published: '2025-08-04',
    ids: ['august-6'],
  },
  {
    shows: 'a weekday before "will" names the day ahead (issue 22)',
    sentence: 'On Friday, President Trump will issue a strict deadline.',
    published: '2025-08-05',
    ids: ['august-8'],
  },
  {
    shows: 'a past weekday names the day behind',
    sentence: 'The envoy met the president on Wednesday.',
    published: '2025-08-08',
    ids: ['august-6'],
  },
  {
    shows: 'the same weekday in the past names another day, no item',
    sentence: 'The envoy met the president on Wednesday.',
    published: '2025-08-04',
    ids: [],
  },
  {
    shows: '"yesterday" names the day before publication, across a year',
    sentence: 'The markets closed early yesterday.',
    published: '2026-01-01',
    ids: ['december-31'],
  },
  {
    shows: 'a literal month and day is left to the matcher',
    sentence: 'Talks were held on August 6.',
    published: '2025-08-08',
    ids: [],
  },
  {
    shows: 'a period ("last week") names no day',
    sentence: 'The board met last week, on Monday the envoy left.',
    published: '2025-08-13',
    ids: [],
  },
  {
    shows: 'an article of unknown date names no day',
    sentence: 'The envoy will arrive on Wednesday.',
    published: null,
    ids: [],
  },
];

describe('dateItemsByDay', () => {
  it.each(cases)('$shows', ({ sentence, published, ids }) => {
    expect(datesNamedIn(sentence, published)).toEqual(ids);
  });

  it('reads an item label back to its month and day, and no other label', () => {
    expect(dateKeyOf('August 6')).toBe('08-06');
    expect(dateKeyOf('September 30')).toBe('09-30');
    expect(dateKeyOf('Steve Witkoff')).toBeNull();
    expect(dateKeyOf('Augustus 6')).toBeNull();
  });
});

describe('the seed catalogue’s date items', () => {
  const { catalogue } = readCorpusBundle(SEEDS_DIR);
  const item = (label: string) => catalogue.entities.find((entity) => entity.label === label);

  it('count a source whose weekday resolves to the day as mentioning it', () => {
    // 001 (published 5 August 2025) says only "plans to deliver the message in Moscow on Wednesday".
    const passages = item('August 6')?.sources['001_4ad11c5cc216dbde'] ?? [];
    expect(passages).toHaveLength(1);
  });
});
