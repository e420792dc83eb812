import { describe, expect, it } from 'vitest';
import { figuresOf, quotedWords, reachableBy, type Reach } from '@/eval/reachable-by';

/** Rows are real gold pairs (eval/gold/pairs-*.json) unless marked otherwise; each side is its passage. */
const HUNTER_DAY = '2018-08-21';
const rows: {
  name: string;
  a: string;
  b: string;
  status: 'agree' | 'differ';
  published?: string;
  reach: Reach | null;
}[] = [
  {
    name: 'holdout2: $250,000 of campaign funds, with and without "more than"',
    a: 'Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges of illegally converting $250,000 in campaign funds for personal expenses',
    b: 'In a 48-page indictment released by the Justice Department, Mr. Hunter, Republican of California, and his wife, Margaret, are charged with converting more than $250,000 in campaign funds to pay for personal expenses and filing false campaign finance records with the Federal Election Commission.',
    status: 'agree',
    reach: 'figure',
  },
  {
    name: 'holdout2: 23 states have medical marijuana laws',
    a: 'He said 23 states have enacted medical marijuana laws, and none have been overturned because of federal law.',
    b: 'To date, 23 states and the District of Columbia have legalized marijuana for medical purposes.',
    status: 'agree',
    reach: 'figure',
  },
  {
    name: 'holdout2: Amendment 64 approved in 2012 (a year)',
    a: 'The two states filed a lawsuit seeking a court order to prevent Colorado from enforcing the measure known as Amendment 64, which was approved by voters in 2012 and allows recreational marijuana for adults over 21.',
    b: 'Colorado voters approved Amendment 64, legalizing recreational marijuana in the state, in 2012.',
    status: 'agree',
    reach: 'figure',
  },
  {
    name: 'holdout2: the arraignment on Thursday, read forward from Tuesday',
    a: 'The pair is due to be arraigned in court on Thursday morning.',
    b: 'The Hunters are scheduled to be arraigned Thursday morning in San Diego.',
    status: 'agree',
    published: HUNTER_DAY,
    reach: 'day',
  },
  {
    name: 'holdout4: one quotation, a word transcribed differently',
    a: '"The president should listen to and work with his allies in Congress, starting with Nancy Pelosi, who had expressed their concerns about the impact that a weak deal would have on American workers," Clinton said.',
    b: '“The president should listen to and work with his allies in Congress, starting with Nancy Pelosi, who have expressed their concerns about the impact that a weak deal would have on American workers,” she said.',
    status: 'agree',
    reach: 'quotation',
  },
  {
    name: 'seeds: a whole short quotation quoted alike',
    a: 'Kremlin aide Yuri Ushakov, who was part of the Russian delegation at the meeting in the Kremlin, described it as “useful and constructive”.',
    b: 'A Kremlin aide earlier on Aug 6 said Mr Witkoff held “useful and constructive” talks with Mr Putin on Aug 6.',
    status: 'agree',
    reach: 'quotation',
  },
  {
    name: 'holdout2, a difference: the indictment runs to 48 pages or 47',
    a: 'Among the allegations named in the 48-page indictment included instances between 2009 and 2016 when Hunter and his wife used campaign funds to pay for family vacations to Italy and Hawaii.',
    b: '“The goal of the conspiracy was for Duncan Hunter and Margaret Hunter to enrich themselves, and others at their direction, by converting campaign funds for their own personal benefit and enjoyment,” the 47-page indictment says.',
    status: 'differ',
    reach: 'figure',
  },
  {
    name: 'constructed, a difference: two days for one event',
    a: 'The vote took place on Thursday.',
    b: 'The vote took place on Tuesday.',
    status: 'differ',
    published: '2012-10-12',
    reach: 'day',
  },
  {
    name: 'seeds: an air truce / a moratorium on airstrikes is paraphrase',
    a: 'Russia is considering an “air truce” with Ukraine, ending its campaign of long-range drone and missile strikes against cities throughout country, as US special envoy Steve Witkoff arrives in Moscow on August 6 to meet with Russian leadership, a source familiar with the plan told Bloomberg.',
    b: 'Bloomberg and independent Russian news outlet The Bell reported that the Kremlin might propose a moratorium on airstrikes by Russia and Ukraine - an idea mentioned last week by Belarusian President Alexander Lukashenko during a meeting with Mr Putin.',
    status: 'agree',
    published: '2025-08-06',
    reach: null,
  },
  {
    name: 'holdout2: a short quotation cut from a longer one is not the same remark',
    a: 'Vega asserted the prosecution was "politically motivated" because of Hunter\'s early support of Donald Trump for president.',
    b: 'A spokesman for Mr. Hunter, Michael Harrison, said Tuesday that the congressman “believes this action is purely politically motivated,” and referred a reporter to a letter.',
    status: 'agree',
    published: HUNTER_DAY,
    reach: null,
  },
  {
    name: 'constructed: the same number counting another noun',
    a: 'He said 23 states have enacted medical marijuana laws.',
    b: 'The law has stood for 23 years.',
    status: 'agree',
    reach: null,
  },
  {
    name: 'constructed, a difference: one figure on each side, in two units',
    a: 'The indictment runs to 48 pages.',
    b: 'The couple took 47 trips.',
    status: 'differ',
    reach: null,
  },
];

describe('reachableBy', () => {
  it.each(rows)('$name', ({ a, b, status, published = null, reach }) => {
    expect(reachableBy({ text: a, published }, { text: b, published }, status)).toBe(reach);
    expect(reachableBy({ text: b, published }, { text: a, published }, status)).toBe(reach);
  });
});

describe('figuresOf', () => {
  it.each([
    ['about $8 billion', ['8000000000 $']],
    ['44 percent of the Hispanic vote', ['44 percent']],
    ['the 90-minute debate', ['90 minute']],
    ['from 2006 until 2012', ['2006 year', '2012 year']],
    ['two states sued', ['2 state']],
    ['two of them', []],
    ['Oct. 16 and Oct. 22', []],
    ['Amendment 64, which', []],
  ])('%s', (text, keys) => {
    expect([...figuresOf(text)].sort()).toEqual(keys);
  });
});

describe('quotedWords', () => {
  it('reads straight and curly marks, a quotation the sentence before opened, and one left open', () => {
    expect(quotedWords('"He should pay for it," Fox said. “He’s got the money.”')).toEqual([
      ['he', 'should', 'pay', 'for', 'it'],
      ['hes', 'got', 'the', 'money'],
    ]);
    expect(quotedWords('He’s got the money.” Fox said.')).toEqual([['hes', 'got', 'the', 'money']]);
    expect(quotedWords('Fox said: “I will not pay.')).toEqual([['i', 'will', 'not', 'pay']]);
  });
});
