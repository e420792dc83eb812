import { describe, it } from 'vitest';
import { checkRow, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'reads "a total of" as an exact qualifier and the plural after the number as what is counted',
    sentence: 'Port officers logged a total of 496 tankers leaving the bay this season.',
    facts: [
      {
        text: 'a total of 496',
        value: 496,
        range: [496, 496],
        qualifier: 'a total of',
        unit: 'tanker',
        subject: 'tankers',
      },
    ],
  },
  {
    shows: 'keeps an adjective in the subject and puts only the singular head noun in the unit',
    sentence: 'The monitors have recorded more than 6700 Ukrainian civilians killed since the spring.',
    facts: [
      {
        text: 'more than 6700',
        value: 6700,
        range: [6700, Infinity],
        qualifier: 'more than',
        unit: 'civilian',
        subject: 'Ukrainian civilians',
      },
    ],
  },
  {
    shows: 'parses thousands separators and gives "nearly" the tenth below the figure',
    sentence: 'Nearly 141,000 businesses closed their doors during the blockade.',
    facts: [
      {
        text: 'Nearly 141,000',
        value: 141000,
        range: [126900, 141000],
        qualifier: 'nearly',
        unit: 'business',
      },
    ],
  },
  {
    shows: 'reads a two-word unit of area and includes it in the fact',
    sentence: 'The northern army advanced steadily, gaining 886 square miles by the autumn.',
    facts: [{ text: '886 square miles', value: 886, unit: 'square mile', subject: 'square miles' }],
  },
  {
    shows: 'takes the noun after "of" as the subject of a unit of measure',
    sentence: 'Engineers poured 1,250 tonnes of concrete into the new dam wall.',
    facts: [{ text: '1,250 tonnes', value: 1250, unit: 'tonne', subject: 'concrete' }],
  },
  {
    shows: 'reads "four times" as a multiplier',
    sentence: 'The harvest this year was four times larger than the last one.',
    facts: [{ text: 'four times', value: 4, unit: 'times', subject: null }],
  },
  {
    shows: 'reads "twice" as two times',
    sentence: 'The ferry was delayed twice by fog before it finally sailed.',
    facts: [{ text: 'twice', value: 2, unit: 'times' }],
  },
  {
    shows: 'reads "dozens of" as the range from two dozen to ninety-nine',
    sentence: 'Dozens of fishing boats stayed in harbour as the storm passed.',
    facts: [{ text: 'Dozens', value: null, range: [24, 99], unit: 'boat', subject: 'fishing boats' }],
  },
  {
    shows: 'reads "hundreds of" as two hundred to nine hundred and ninety-nine',
    sentence: 'Volunteers filled hundreds of sandbags overnight along the river.',
    facts: [{ text: 'hundreds', value: null, range: [200, 999], unit: 'sandbag' }],
  },
  {
    shows: 'reads "tens of thousands" and counts people as persons',
    sentence: 'Tens of thousands of people marched through the capital on Sunday.',
    facts: [
      { text: 'Tens of thousands', value: null, range: [20000, 99999], unit: 'person', subject: 'people' },
    ],
  },
  {
    shows: 'reads "thousands" on its own as two thousand to 9,999',
    sentence: 'The new rules affect thousands of small farms across the region.',
    facts: [{ text: 'thousands', range: [2000, 9999], unit: 'farm', subject: 'small farms' }],
  },
  {
    shows: 'reads "several hundred" as three to nine hundred',
    sentence: 'Several hundred residents signed the petition against the plant.',
    facts: [{ text: 'Several hundred', value: null, range: [300, 900], unit: 'resident' }],
  },
  {
    shows: 'reads "a dozen" as twelve and widens it with "about"',
    sentence: 'About a dozen inspectors arrived at the reactor site on foot.',
    facts: [{ text: 'About a dozen', value: 12, qualifier: 'about', unit: 'inspector' }],
  },
  {
    shows: 'reads compound number words with hyphens and scale words',
    sentence: 'The census counted twenty-five thousand households in the valley.',
    facts: [{ text: 'twenty-five thousand', value: 25000, unit: 'household' }],
  },
  {
    shows: 'reads "one hundred and twenty" with its British "and"',
    sentence: 'The hospital added one hundred and twenty beds to its new wing.',
    facts: [{ text: 'one hundred and twenty', value: 120, unit: 'bed' }],
  },
  {
    shows: 'reads "half a million" as 500,000',
    sentence: 'Half a million households lost power when the line failed.',
    facts: [{ text: 'Half a million', value: 500000, unit: 'household' }],
  },
  {
    shows: 'accepts "one" when a noun follows it',
    sentence: 'Only one ferry crossed the strait during the strike.',
    facts: [{ text: 'Only one', value: 1, qualifier: 'only', unit: 'ferry' }],
  },
  {
    shows: 'reads a glued "m" as million when a plural noun confirms it',
    sentence: 'The streaming service now has 5m subscribers in Europe.',
    facts: [{ text: '5m', value: 5e6, unit: 'subscriber' }],
  },
  {
    shows: 'reads "up to" as a ceiling from zero',
    sentence: 'Each lorry can carry up to 5 containers on the coastal road.',
    facts: [{ text: 'up to 5', value: 5, range: [0, 5], qualifier: 'up to', unit: 'container' }],
  },
  {
    shows: 'reads a postfix "or more" as a floor',
    sentence: 'Shops that employ 50 or more workers must publish the report.',
    facts: [{ text: '50 or more', value: 50, range: [50, Infinity], qualifier: 'or more', unit: 'worker' }],
  },
  {
    shows: 'reads a hyphenated range of counts',
    sentence: 'Each patrol has 10-15 officers assigned to it.',
    facts: [{ text: '10-15', value: null, range: [10, 15], unit: 'officer' }],
  },
  {
    shows: 'reads a hyphenated unit and the noun after it ("2,000-pound bombs")',
    sentence: 'The jets dropped 2,000-pound bombs on the bridge.',
    facts: [{ text: '2,000-pound', value: 2000, unit: 'pound', subject: 'bombs' }],
  },
  {
    shows: 'finds the subject before a linking verb when nothing follows the number',
    sentence: 'By evening the death toll had risen and the final count stood at 37.',
    facts: [{ text: '37', value: 37, unit: null, subject: 'the final count' }],
  },
  {
    shows: 'gives no unit when the number is followed by a verb',
    sentence: 'In the end 37 died and the rest were rescued.',
    facts: [{ text: '37', value: 37, unit: null }],
  },
  {
    shows: 'counts a four-digit number as a quantity when a plural noun follows and no preposition precedes',
    sentence: 'Customs seized 2025 counterfeit watches at the border.',
    facts: [{ text: '2025', value: 2025, unit: 'watch' }],
  },
  {
    shows: 'reads each of several figures in one sentence, in order',
    sentence: 'Three ships, 40 lorries and roughly 1,200 passengers were stranded.',
    facts: [
      { text: 'Three', value: 3, unit: 'ship' },
      { text: '40', value: 40, unit: 'lorry' },
      { text: 'roughly 1,200', value: 1200, range: [1080, 1320], qualifier: 'roughly', unit: 'passenger' },
    ],
  },
  {
    shows: 'reads a temperature with its degree sign and what reached it',
    sentence: 'Temperatures reached 40°C in the south on Sunday.',
    facts: [{ text: '40°C', value: 40, unit: 'degree celsius', subject: 'Temperatures' }],
  },
  {
    shows: 'reads a hyphenated magnitude before the noun it describes',
    sentence: 'A 6.1-magnitude quake shook the coast before dawn.',
    facts: [{ text: '6.1-magnitude', value: 6.1, unit: 'magnitude', subject: 'quake' }],
  },
  {
    shows: 'keeps capitalised adjectives inside the counted phrase',
    sentence: 'Drones struck two major Baltic oil depots overnight.',
    facts: [{ text: 'two', value: 2, unit: 'depot', subject: 'major Baltic oil depots' }],
  },
  {
    shows: 'gives no unit when a pronoun or a verb follows ("others", "were")',
    sentence: 'Four were killed and at least 30 others were hurt.',
    facts: [
      { text: 'Four', value: 4, unit: null },
      { text: 'at least 30', value: 30, unit: null, subject: null },
    ],
  },
  {
    shows: 'reads "between X and Y" as one range, not two figures',
    sentence: 'Between 5 and 7 tankers were seized in the strait.',
    facts: [{ text: 'Between 5 and 7', value: null, range: [5, 7], unit: 'tanker' }],
  },
];

describe('quantities', () => {
  it.each(rows)('$shows', (row) => checkRow('quantity', row));
});
