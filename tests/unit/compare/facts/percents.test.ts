import { describe, it } from 'vitest';
import { checkRow, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'reads a percent sign glued to the number and the noun after "of"',
    sentence: 'The proposal won the support of 51% of delegates at the congress.',
    facts: [
      { text: '51%', value: 51, range: [51, 51], qualifier: null, unit: 'percent', subject: 'delegates' },
    ],
  },
  {
    shows: 'widens "about" by a tenth either way and keeps a possessive subject',
    sentence: 'Gas sales provide about 40% of its state budget, the ministry says.',
    facts: [
      { text: 'about 40%', value: 40, range: [36, 44], qualifier: 'about', subject: 'its state budget' },
    ],
  },
  {
    shows: 'reads "per cent" as two words and "as high as" as a ceiling',
    sentence: 'Import duties as high as 25 per cent will apply from next spring.',
    facts: [
      { text: 'as high as 25 per cent', value: 25, range: [0, 25], qualifier: 'as high as', unit: 'percent' },
    ],
  },
  {
    shows: 'reads "percent" as one word and takes the noun right after it as the subject',
    sentence: 'The council approved a 40 percent stake in the water company.',
    facts: [{ text: '40 percent', value: 40, subject: 'stake' }],
  },
  {
    shows: 'takes the subject before a verb of change when nothing follows the figure',
    sentence: 'Russian exports fell by 12.5% in the first quarter.',
    facts: [{ text: '12.5%', value: 12.5, subject: 'Russian exports' }],
  },
  {
    shows: 'reads number words before "per cent"',
    sentence: 'Turnout reached forty per cent in the rural districts.',
    facts: [{ text: 'forty per cent', value: 40, subject: 'Turnout' }],
  },
  {
    shows: 'reads percentage points as their own unit',
    sentence: 'The bank raised its rate by 0.25 percentage points on Thursday.',
    facts: [{ text: '0.25 percentage points', value: 0.25, unit: 'percentage point' }],
  },
  {
    shows: 'treats a percentage after a capitalised name as a figure, not a label',
    sentence: 'The final poll put Okafor 47% ahead of the field.',
    facts: [{ text: '47%', value: 47 }],
  },
  {
    shows: 'reads a fraction as the share it names, not a count of thirds',
    sentence: 'About two thirds of the striking workers left the plant.',
    facts: [{ text: 'About two thirds', unit: 'percent', subject: 'the striking workers' }],
  },
  {
    shows: 'reads hyphenated and article fractions with a little leeway, since they are round by nature',
    sentence: 'Two-thirds of voters backed the plan, and a quarter of them marched.',
    facts: [
      {
        text: 'Two-thirds',
        value: 66.6666666667,
        range: [63.3333333334, 70],
        unit: 'percent',
        subject: 'voters',
      },
      // A pronoun names nothing another source could state a figure about: no subject (the lexicon's function words).
      { text: 'a quarter', value: 25, range: [23.75, 26.25], unit: 'percent', subject: null },
    ],
  },
];

describe('percentages', () => {
  it.each(rows)('$shows', (row) => checkRow('percent', row));
});
