import { describe, it } from 'vitest';
import { checkRow, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'reads a spaced "bn" after a dollar sign ("$852 bn")',
    sentence: 'Energy sales brought in $852 bn over the period, the report found.',
    facts: [{ text: '$852 bn', value: 852e9, range: [852e9, 852e9], unit: 'USD' }],
  },
  {
    shows: 'reads a glued "bn" ("$852bn") the same way',
    sentence: 'Energy sales brought in $852bn over the period.',
    facts: [{ text: '$852bn', value: 852e9, unit: 'USD' }],
  },
  {
    shows: 'reads a spaced "mn" ("$800 mn")',
    sentence: 'Donors pledged $800 mn for the reconstruction fund.',
    facts: [{ text: '$800 mn', value: 800e6, unit: 'USD', subject: 'the reconstruction fund' }],
  },
  {
    shows: 'reads a glued "m" after a euro sign ("€3m")',
    sentence: 'The club paid €3m for the young striker.',
    facts: [{ text: '€3m', value: 3e6, unit: 'EUR', subject: 'the young striker' }],
  },
  {
    shows: 'reads pounds sterling with a thousands separator',
    sentence: 'The landlord was fined £40,000 after the inspection.',
    facts: [{ text: '£40,000', value: 40000, unit: 'GBP' }],
  },
  {
    shows: 'reads a currency word after the number and a per-unit subject ("60 dollars a barrel")',
    sentence: 'Traders expect crude to settle near 60 dollars a barrel this winter.',
    facts: [{ text: '60 dollars', value: 60, unit: 'USD', subject: 'a barrel' }],
  },
  {
    shows: 'reads a scale word and roubles ("1.2 trillion roubles")',
    sentence: 'The finance ministry set aside 1.2 trillion roubles for defence.',
    facts: [{ text: '1.2 trillion roubles', value: 1.2e12, unit: 'RUB', subject: 'defence' }],
  },
  {
    shows: 'reads "more than" before the currency sign and the noun after "in"',
    sentence: 'The region received more than $5bn in aid last year.',
    facts: [
      { text: 'more than $5bn', value: 5e9, range: [5e9, Infinity], qualifier: 'more than', subject: 'aid' },
    ],
  },
  {
    shows: 'takes the subject before "worth"',
    sentence: 'Grain shipments worth $1.5 billion left the port in June.',
    facts: [{ text: '$1.5 billion', value: 1.5e9, subject: 'Grain shipments' }],
  },
  {
    shows: 'reads a vague count of a currency ("hundreds of millions of dollars")',
    sentence: 'The scheme cost taxpayers hundreds of millions of dollars.',
    facts: [{ text: 'hundreds of millions of dollars', value: null, range: [2e8, 999999999], unit: 'USD' }],
  },
  {
    shows: 'reads a regional dollar sign ("S$") as its own currency',
    sentence: 'The new terminal cost S$2.4 billion to build.',
    facts: [{ text: 'S$2.4 billion', value: 2.4e9, unit: 'SGD' }],
  },
  {
    shows: 'treats "pounds of" as a weight, not money',
    sentence: 'Police found 40 pounds of explosives in the van.',
    facts: [],
  },
  {
    shows: 'does not take a phrase about time as what the money is for',
    sentence: 'Profits reached $4.5bn in the year to March.',
    facts: [{ text: '$4.5bn', subject: 'Profits' }],
  },
  {
    shows: 'reads a scale word hyphenated to the figure ("$1.2-billion")',
    sentence: 'The fund set aside $1.2-billion for repairs.',
    facts: [{ text: '$1.2-billion', value: 1.2e9, unit: 'USD' }],
  },
];

describe('money', () => {
  it.each(rows)('$shows', (row) => checkRow('money', row));
});
