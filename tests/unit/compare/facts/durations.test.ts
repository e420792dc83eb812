import { describe, it } from 'vitest';
import { checkRow, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'normalises hours to minutes and widens "around"',
    sentence: 'The ministers talked for around three hours behind closed doors.',
    facts: [
      { text: 'around three hours', value: 180, range: [162, 198], qualifier: 'around', unit: 'minute' },
    ],
  },
  {
    shows: 'reads minutes in digits with "about"',
    sentence: 'The call lasted about 90 minutes, an aide said.',
    facts: [{ text: 'about 90 minutes', value: 90, range: [81, 99], qualifier: 'about' }],
  },
  {
    shows: 'reads "three and a half years" in average calendar years',
    sentence: 'The siege ended after three and a half years of shelling.',
    facts: [{ text: 'three and a half years', value: 3.5 * 525960, unit: 'minute', subject: 'shelling' }],
  },
  {
    shows: 'reads "two weeks" after "for" without taking "for" as a qualifier',
    sentence: 'The border stayed closed for two weeks in the spring.',
    facts: [{ text: 'two weeks', value: 2 * 10080, qualifier: null }],
  },
  {
    shows: 'reads "an hour and a half" as ninety minutes',
    sentence: 'An hour and a half passed before the rescuers arrived.',
    facts: [{ text: 'An hour and a half', value: 90 }],
  },
  {
    shows: 'reads "half an hour"',
    sentence: 'The vote was delayed by half an hour.',
    facts: [{ text: 'half an hour', value: 30 }],
  },
  {
    shows: 'counts "a year" after "for" and after a qualifier, but not "a day after"',
    sentence: 'A day after the flood, the town had gone more than a year without a doctor.',
    facts: [{ text: 'more than a year', value: 525960, range: [525960, Infinity], qualifier: 'more than' }],
  },
  {
    shows: 'reads a hyphenated duration and the noun it describes',
    sentence: 'The leaders held a 90-minute call on Monday.',
    facts: [{ text: '90-minute', value: 90, subject: 'call' }],
  },
  {
    shows: 'does not read "over" as a qualifier of a duration, where it means "during"',
    sentence: 'Talks were held over two days in the capital.',
    facts: [{ text: 'two days', value: 2880, qualifier: null }],
  },
  {
    shows: 'lets an adverb sit inside the subject but not end it',
    sentence: 'The town endured five years of increasingly bitter winters.',
    facts: [{ text: 'five years', subject: 'increasingly bitter winters' }],
  },
];

describe('durations', () => {
  it.each(rows)('$shows', (row) => checkRow('duration', row));
});
