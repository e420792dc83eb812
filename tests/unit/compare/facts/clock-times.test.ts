import { describe, it } from 'vitest';
import { checkRow, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'reads a British dotted time with a glued "pm" ("2.40pm") as minutes after midnight',
    sentence: 'The train left the station at 2.40pm on the dot.',
    facts: [{ text: '2.40pm', value: 880, range: [880, 880], unit: 'clock' }],
  },
  {
    shows: 'reads a colon time with a spaced "pm"',
    sentence: 'Doors open at 2:40 pm for the public.',
    facts: [{ text: '2:40 pm', value: 880 }],
  },
  {
    shows: 'reads an hour with "am"',
    sentence: 'The market opens at 10am every weekday.',
    facts: [{ text: '10am', value: 600 }],
  },
  {
    shows: 'reads a dotted "a.m."',
    sentence: 'The first shells landed at 5 a.m. local time.',
    facts: [{ text: '5 a.m.', value: 300 }],
  },
  {
    shows: 'reads "midday", "noon" and "midnight"',
    sentence: 'Shops close at midday, buses stop at noon and the curfew starts at midnight.',
    facts: [
      { text: 'midday', value: 720 },
      { text: 'noon', value: 720 },
      { text: 'midnight', value: 0 },
    ],
  },
  {
    shows: 'reads a 24-hour time with its zone',
    sentence: 'The launch window opens at 14:30 GMT.',
    facts: [{ text: '14:30 GMT', value: 870 }],
  },
  {
    shows: 'takes "shortly before" as the qualifier and the half hour before as the range',
    sentence: 'The blast was heard shortly before midday near the harbour.',
    facts: [{ text: 'shortly before midday', value: 720, range: [690, 720], qualifier: 'shortly before' }],
  },
  {
    shows: 'puts "shortly before midnight" at the end of the day',
    sentence: 'The last flight landed shortly before midnight.',
    facts: [{ value: 1440, range: [1410, 1440], qualifier: 'shortly before' }],
  },
  {
    shows: 'widens "around" by half an hour either way',
    sentence: 'Witnesses heard sirens around 9pm.',
    facts: [{ text: 'around 9pm', value: 1260, range: [1230, 1290], qualifier: 'around' }],
  },
  {
    shows: 'reads a four-digit time with a zone',
    sentence: 'The ceasefire took effect at 0800 GMT.',
    facts: [{ text: '0800 GMT', value: 480 }],
  },
];

describe('clock times', () => {
  it.each(rows)('$shows', (row) => checkRow('clock', row));
});
