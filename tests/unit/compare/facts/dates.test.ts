import { describe, expect, it } from 'vitest';
import { checkRow, factsIn, type Row } from './support';

// PUBLISHED is Friday 2025-08-08.
const rows: Row[] = [
  {
    shows: 'reads an abbreviated month and day, taking the year from publication',
    sentence: 'The ferry service resumed on Aug 6 after repairs.',
    facts: [{ text: 'Aug 6', iso: '2025-08-06', value: null, range: null }],
  },
  {
    shows: 'reads a full month name before the day',
    sentence: 'The treaty was signed on August 6 in a lakeside hotel.',
    facts: [{ text: 'August 6', iso: '2025-08-06' }],
  },
  {
    shows: 'reads the day before the month',
    sentence: 'Polling stations open on 6 August across the country.',
    facts: [{ text: '6 August', iso: '2025-08-06' }],
  },
  {
    shows: 'reads a dotted abbreviation with an explicit year',
    sentence: 'The archive was opened on Aug. 6, 2024, to researchers.',
    facts: [{ text: 'Aug. 6, 2024', iso: '2024-08-06' }],
  },
  {
    shows: 'reads "on March 18" as the nearest March 18 to publication',
    sentence: 'The strike began on March 18 and never really ended.',
    facts: [{ text: 'March 18', iso: '2025-03-18' }],
  },
  {
    shows: 'puts a late-December date in the previous year when the article is from early January',
    sentence: 'The pipeline burst on Dec 28, engineers said.',
    published: '2026-01-03',
    facts: [{ text: 'Dec 28', iso: '2025-12-28' }],
  },
  {
    shows: 'reads a weekday as the most recent such day within the week before publication',
    sentence: 'The ministers met on Wednesday to review the plan.',
    facts: [{ text: 'Wednesday', iso: '2025-08-06' }],
  },
  {
    shows: 'reads the weekday of publication as the same day',
    sentence: 'The results were announced on Friday morning.',
    facts: [{ text: 'Friday', iso: '2025-08-08' }],
  },
  {
    shows: 'reads "last Friday" as the week before, and "next Monday" as ahead',
    sentence: 'After the vote last Friday, the count resumes next Monday.',
    facts: [
      { text: 'last Friday', iso: '2025-08-01' },
      { text: 'next Monday', iso: '2025-08-11' },
    ],
  },
  {
    shows: 'reads "last week" as the Monday of the week before publication',
    sentence: 'The board met last week to discuss the merger.',
    facts: [{ text: 'last week', iso: '2025-07-28' }],
  },
  {
    shows: 'reads "yesterday" and "today" relative to publication',
    sentence: 'The bridge reopened yesterday and the tolls end today.',
    facts: [
      { text: 'yesterday', iso: '2025-08-07' },
      { text: 'today', iso: '2025-08-08' },
    ],
  },
  {
    shows: 'leaves relative dates unresolved when the publication date is unknown',
    sentence: 'The ministers met on Wednesday and again yesterday.',
    published: null,
    facts: [
      { text: 'Wednesday', iso: null },
      { text: 'yesterday', iso: null },
    ],
  },
  {
    shows: 'reads a year alone as a date with no ISO day, never a quantity',
    sentence: 'The reservoir was built in 2025 with regional funds.',
    facts: [{ text: '2025', iso: null, value: null }],
  },
  {
    shows: 'reads a month and year as a date with no ISO day',
    sentence: 'The reform has been in force since March 2022.',
    facts: [{ text: 'March 2022', iso: null }],
  },
  {
    shows: 'reads an ISO date as written',
    sentence: 'The filing is dated 2024-02-29 in the court register.',
    facts: [{ text: '2024-02-29', iso: '2024-02-29' }],
  },
  {
    shows: 'keeps a weekday before a date as one fact',
    sentence: 'The summit opens on Wednesday, August 6, in the old palace.',
    facts: [{ text: 'Wednesday, August 6', iso: '2025-08-06' }],
  },
  {
    shows: 'drops a day that does not exist and does not count its number either',
    sentence: 'The memo was dated June 31 by mistake.',
    facts: [],
  },
  {
    shows: 'does not read a capitalised "Today" inside a name as a date',
    sentence: 'The claim was first reported by Morning Today, a radio show.',
    facts: [],
  },
  {
    shows: 'reads a range of days in one month as one date, from its first day',
    sentence: 'The talks run Aug. 6-8 in Geneva.',
    facts: [{ text: 'Aug. 6-8', iso: '2025-08-06' }],
  },
  {
    shows: 'reads "two weeks ago" back from publication',
    sentence: 'The ceasefire collapsed two weeks ago, officials said.',
    facts: [{ text: 'two weeks ago', iso: '2025-07-25' }],
  },
  {
    shows: 'reads a slashed date whose day cannot be a month',
    sentence: 'The contract was signed on 25/8/2024 in the capital.',
    facts: [{ text: '25/8/2024', iso: '2024-08-25' }],
  },
  {
    shows:
      'reads a slashed date that reads differently on each side of the Atlantic as a date with no ISO day',
    sentence: 'The decree was published on 6/8/2025 without notice.',
    facts: [{ text: '6/8/2025', iso: null }],
  },
  {
    shows: 'leaves a time of day out of the date it follows',
    sentence: 'The ministers met on Wednesday at 10am in the palace.',
    facts: [{ text: 'Wednesday', iso: '2025-08-06' }],
  },
  {
    shows: 'reads a bare weekday backwards even when the same weekday ahead is nearer',
    sentence: 'The rally on Sunday drew thousands.',
    facts: [{ text: 'Sunday', iso: '2025-08-03' }],
  },
  {
    shows: 'does not read a lower-case "may" before a number as a month',
    sentence: 'Prices may 2 times over, traders warned.',
    facts: [],
  },
  {
    shows: 'does not read a duration after "for" or "within" as a date',
    sentence: 'The border stayed closed for two weeks and will reopen within three days.',
    facts: [],
  },
];

describe('dates', () => {
  it.each(rows)('$shows', (row) => checkRow('date', row));

  it('counts no day of a date range as a separate figure', () => {
    const figures = factsIn('The talks run Aug. 6-8 in Geneva.').filter((fact) => fact.kind !== 'date');
    expect(figures).toEqual([]);
  });
});
