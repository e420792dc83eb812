import { describe, expect, it } from 'vitest';
import {
  alignFacts,
  maybeSamePerson,
  placesNamed,
  quoteWords,
  samePerson,
  wordsAroundDay,
} from '@/lib/compare/align-facts';
import { extractFacts } from '@/lib/compare/facts';
import { sourcedFact } from '@/lib/compare/sourced-fact';

const PUBLISHED = '2025-08-06';

/** Each source's one sentence, its facts as alignFacts receives them; quotations get the given speaker. */
function sourced(sentences: Record<string, string>, speakers: Record<string, string | null> = {}) {
  return Object.entries(sentences).flatMap(([sourceId, sentence]) =>
    extractFacts(sentence, { published: PUBLISHED }).map((fact) =>
      sourcedFact(
        fact,
        { sourceId, passageId: `${sourceId}#0`, sentence },
        fact.kind === 'quote' ? (speakers[sourceId] ?? null) : null,
      ),
    ),
  );
}

function verdicts(kind: string, sentences: Record<string, string>, speakers?: Record<string, string | null>) {
  const { agreements, discrepancies } = alignFacts(sourced(sentences, speakers));
  return [...agreements, ...discrepancies].filter((aligned) => aligned.kind === kind).map((a) => a.status);
}

describe('one quotation in two sources', () => {
  const cases: {
    shows: string;
    a: string;
    b: string;
    speakers?: Record<string, string | null>;
    found: ('agree' | 'differ')[];
  }[] = [
    {
      shows: 'a remark transcribed with another word at its end is one quotation',
      a: 'Beck said: "Hello, my name is the Republican Party, and I got a problem."',
      b: 'He said: “Hello, my name is the Republican Party and I have a problem!”',
      found: ['agree'],
    },
    {
      shows: 'a contraction written out is the same wording',
      a: '"But it is not enough just to not suck as much as the other side," he said.',
      b: '“It’s not enough just to not suck as much as the other side,” he said.',
      found: ['agree'],
    },
    {
      shows: 'one word quoted from one named speaker in both sources agrees',
      a: 'Last week, Trump described Russia’s attacks on Ukraine as “disgusting”.',
      b: 'Mr Trump last week called the Russian attacks “disgusting”.',
      speakers: { a: 'donald-trump', b: 'donald-trump' },
      found: ['agree'],
    },
    {
      shows: 'one word quoted without a speaker is common property, not one quotation',
      a: 'Officials called the talks “successful” on Monday.',
      b: 'The ministry said the harvest was “successful” this year.',
      found: [],
    },
    {
      shows:
        'two words quoted alike in sentences about one thing are one quotation, no speaker named (BASIL b001)',
      a: 'Blumenthal\'s campaign disputed a report in the New York Times as an "outrageous distortion" of his service in the Marines - six months on Paris Island and six years in the reserves, according to his campaign.',
      b: 'Blumenthal\'s campaign called a New York Times report which includes video of him at a 2008 event saying he had served "in Vietnam" an "outrageous distortion" on his record.',
      found: ['agree'],
    },
    {
      shows: 'two words quoted alike in sentences about two things are two quotations',
      a: 'The senator called the farm bill a "total disaster" for growers in her state.',
      b: 'Fans called the cup final a "total disaster" after the stadium lights failed.',
      found: [],
    },
    {
      shows: 'quotations sharing only a few words are two quotations',
      a: '"We will never give up our land," he said.',
      b: '"We will talk again next week," she said.',
      found: [],
    },
    {
      shows: 'a surname and the full name are one speaker, not a misattribution',
      a: '“And you exemplify it,” he told the veterans.',
      b: '"And you exemplify it," he said.',
      speakers: { a: 'blumenthal', b: 'richard-blumenthal' },
      found: ['agree'],
    },
    {
      shows: 'one named speaker quoted in other words about one thing is quoted alike',
      a: 'The director told reporters the city needs "a package of revenue and spending adjustments to keep the transit fund solvent."',
      b: '"Everybody knows we need a package of changes to the transit fund to keep it solvent," he said.',
      speakers: { a: 'ann-ruiz', b: 'ann-ruiz' },
      found: ['agree'],
    },
    {
      shows: 'two speakers quoted in overlapping words are not quoted alike',
      a: 'The director told reporters the city needs "a package of revenue and spending adjustments to keep the transit fund solvent."',
      b: '"Everybody knows we need a package of changes to the transit fund to keep it solvent," he said.',
      speakers: { a: 'ann-ruiz', b: 'tom-berg' },
      found: [],
    },
    {
      shows: 'one speaker quoted on two matters sharing a few words is not quoted alike',
      a: '"The transit fund will run dry by 2036 unless the council acts," she said.',
      b: '"The council should rename the transit fund after the founder," she said.',
      speakers: { a: 'ann-ruiz', b: 'ann-ruiz' },
      found: [],
    },
    {
      shows: 'two different people given one quotation differ',
      a: '“The sanctions are working very well,” he said.',
      b: '"The sanctions are working very well," she said.',
      speakers: { a: 'donald-trump', b: 'volodymyr-zelenskyy' },
      found: ['differ'],
    },
  ];
  it.each(cases)('$shows', ({ a, b, speakers, found }) => {
    expect(verdicts('quote', { a, b }, speakers)).toEqual(found);
  });

  it('a quotation one source gives to each of two people is no dispute when another names one of them', () => {
    const facts = [
      ...sourced(
        {
          fox: 'Obama said the nightclub massacre is being investigated as an “act of terror,” though did not say more.',
        },
        { fox: 'barack-obama' },
      ),
      ...sourced(
        {
          fox: 'Earlier Sunday, Clinton released a statement unequivocally calling the massacre an “act of terror.”',
        },
        { fox: 'hillary-clinton' },
      ),
      ...sourced(
        { nyt: 'Mr. Obama vowed to respond forcefully to what he called a devastating “act of terror.”' },
        { nyt: 'barack-obama' },
      ),
    ];
    const { agreements, discrepancies } = alignFacts(facts);
    expect(discrepancies.filter((aligned) => aligned.kind === 'quote')).toEqual([]);
    expect(agreements.filter((aligned) => aligned.kind === 'quote')).toHaveLength(1);
  });

  it('writes contractions out and folds punctuation', () => {
    expect(quoteWords('It’s not what we can’t do, I’m sure')).toEqual([
      'it',
      'is',
      'not',
      'what',
      'we',
      'can',
      'not',
      'do',
      'i',
      'am',
      'sure',
    ]);
  });

  it.each([
    ['blumenthal', 'richard-blumenthal', true],
    ['richard-blumenthal', 'richard-blumenthal', true],
    ['thal', 'richard-blumenthal', false],
    ['donald-trump', 'melania-trump', false],
    ['mike-elliott', 'michael-elliott', true],
    ['mike-elliott', 'nancy-elliott', false],
    ['mike-elliott', 'michael-elliott-jones', false],
  ] as const)('%s and %s are one person: %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });
});

describe('figures in different places', () => {
  it('keeps injured in Kyiv apart from injured in the Zaporizhzhia region (issue 22)', () => {
    expect(
      verdicts('quantity', {
        a: 'Dozens were killed with at least 159 others injured in Kyiv after Russian airstrikes hit the capital.',
        b: 'With Witkoff in Moscow, rescuers in Ukraine were responding to a Russian strike on a recreation centre in the Zaporizhzhia region that killed two people and injured 12.',
      }),
    ).toEqual([]);
  });

  it('still compares figures set in one place', () => {
    expect(
      verdicts('quantity', {
        a: 'At least 159 people were injured in Kyiv after Russian airstrikes hit the capital.',
        b: 'Russian airstrikes on the capital injured 150 people in Kyiv, officials said.',
      }),
    ).toEqual(['differ']);
  });

  it.each([
    ['injured in Kyiv after Russian airstrikes', ['kyiv']],
    ['rescuers in Ukraine responded to a strike in the Zaporizhzhia region', ['ukraine', 'zaporizhzhia']],
    ['talks resumed in May and ended on Tuesday', []],
    ['a strike at a gas facility near Odesa', ['odesa']],
  ])('places named in "%s"', (sentence, places) => {
    expect([...placesNamed(sentence)]).toEqual(places);
  });
});

describe('one day named in two sentences about the same thing', () => {
  const cases: { shows: string; a: string; b: string; found: 'agree'[] }[] = [
    {
      shows: 'a weekday that resolves to the date the other source writes out agrees (issue 22)',
      a: 'As US special envoy Steve Witkoff arrives in Moscow on August 6 to meet Putin, Russia weighs a truce.',
      b: 'U.S. envoy Steve Witkoff plans to deliver the message in Moscow on Wednesday, according to a document.',
      found: ['agree'],
    },
    {
      shows: 'one day given to two different events is not set side by side',
      a: 'Russia may announce a temporary air truce on Friday, hoping to head off new sanctions.',
      b: 'The stadium reopened on August 8 after a flood closed it for a year.',
      found: [],
    },
    {
      shows: 'a week or a year is too loose to date one thing',
      a: 'Last week, Trump described Russia’s attacks on Ukraine as a disgrace.',
      b: 'Mr Trump last week called the Russian attacks on Ukraine cruel.',
      found: [],
    },
  ];
  it.each(cases)('$shows', ({ a, b, found }) => {
    expect(verdicts('date', { a, b })).toEqual(found);
  });

  it('reads only the words near the day in a long sentence', () => {
    const words = wordsAroundDay(
      'Officials argued about budgets through a long spring while the bridges and roads of the capital waited, the schools went unpainted, the clinics ran short of staff and in the end Witkoff arrives in Moscow on August 6 to meet Putin.',
      'August 6',
    );
    expect(words.has('witkoff')).toBe(true);
    expect(words.has('budget')).toBe(false);
  });
});

describe('the same figure in two long sentences', () => {
  it('agrees on "a three-day conservative conference" though the sentences share little else (BASIL b000)', () => {
    expect(
      verdicts('duration', {
        a: 'Bombastic conservative talk show host Glenn Beck closed a three-day conservative conference by demanding that Republicans get their own house in order before re-trying their hand at governance.',
        b: 'Glenn Beck, the hero of the political right and the closing speaker of a three-day conservative conference, ripped the roof off a Washington hotel with a sweeping denunciation of progressivism.',
      }),
    ).toEqual(['agree']);
  });

  it('does not join one figure in sentences that share two words', () => {
    expect(
      verdicts('duration', {
        a: 'Glenn Beck spoke at a three-day festival of country music in Nashville, fans said afterwards.',
        b: 'A three-day strike by Glenn Beck’s studio crew halted the radio show in New York.',
      }),
    ).toEqual([]);
  });
});

describe('a small count is no shared detail', () => {
  it('does not join "the two sides" of two meetings a year apart', () => {
    expect(
      verdicts('quantity', {
        a: 'Last year, the two sides were to meet in Doha, Qatar, to discuss a moratorium on strikes against energy and power infrastructure, but the planned talks were derailed by a Ukrainian attack on the Russian region of Kursk.',
        b: 'Since the two sides resumed direct peace talks in May, Russia has carried out its heaviest air attacks of the war, killing at least 72 people in the capital Kyiv alone.',
      }),
    ).toEqual([]);
  });
});

describe('a value one source states in several sentences', () => {
  it('is listed once for that source, its other wordings kept', () => {
    const facts = [
      ['bne', 'Witkoff arrives in Moscow on August 6 to meet Putin at the Kremlin.'],
      ['bne', 'Witkoff will meet Putin at the Kremlin in Moscow on August 6, the envoy said.'],
      ['bne', 'Witkoff arrives in Moscow on Aug 6 to meet Putin at the Kremlin.'],
      ['guardian', 'Witkoff arrives in Moscow on August 6 to meet Putin at the Kremlin.'],
    ].flatMap(([sourceId = '', sentence = ''], index) =>
      extractFacts(sentence, { published: PUBLISHED }).map((fact) =>
        sourcedFact(fact, { sourceId, passageId: `${sourceId}#${index}`, sentence }, null),
      ),
    );
    const days = alignFacts(facts).agreements.filter((aligned) => aligned.kind === 'date');
    expect(days).toHaveLength(1);
    expect(days[0]?.values.map((value) => `${value.sourceId}: ${value.text}`)).toEqual([
      'bne: August 6',
      'bne: Aug 6',
      'guardian: August 6',
    ]);
  });
});

describe('figures: a dispute or several facts', () => {
  /** Sentences per source, several per source allowed (`a1`, `a2` are source a's). */
  function grouped(sentences: Record<string, string>) {
    const facts = Object.entries(sentences).flatMap(([key, sentence]) => {
      const sourceId = key.replace(/\d+$/u, '');
      return extractFacts(sentence, { published: PUBLISHED }).map((fact) =>
        sourcedFact(fact, { sourceId, passageId: `${key}#0`, sentence }, null),
      );
    });
    const { agreements, discrepancies } = alignFacts(facts);
    return [...agreements, ...discrepancies]
      .filter((aligned) => aligned.kind !== 'date')
      .map((aligned) => `${aligned.status} ${[...new Set(aligned.values.map((v) => v.value))].join('/')}`)
      .sort();
  }

  const cases: { shows: string; sentences: Record<string, string>; found: string[] }[] = [
    {
      shows: 'one figure told two close ways is a dispute',
      sentences: {
        a: 'The court released a 62-page ruling against the provincial water board on Monday.',
        b: 'The court released a 64-page ruling against the provincial water board on Monday.',
      },
      found: ['differ 62/64'],
    },
    {
      shows: 'a figure many times another in a sentence of the same kind is another count, not a dispute',
      sentences: {
        a: 'The 3 provinces filed a joint complaint over the river water board rules.',
        b: 'Officials said 31 provinces filed complaints about river water board rules since 2019.',
      },
      found: [],
    },
    {
      shows: 'a source that gives both values tells two facts; each value given by several sources agrees',
      sentences: {
        a1: 'The mayor was charged with moving $90,000 of city pension funds to his own account.',
        a2: 'His lawyer said the mayor returned about $40,000 of the city pension funds last year.',
        b1: 'Prosecutors say the mayor moved $90,000 of city pension funds to his own account.',
        b2: 'The mayor returned $40,000 of the city pension funds last year, his lawyer said.',
      },
      found: ['agree 40000', 'agree 90000'],
    },
  ];
  for (const { shows, sentences, found } of cases) {
    it(shows, () => {
      expect(grouped(sentences)).toEqual(found);
    });
  }
});

describe('one year named in two sentences about the same thing', () => {
  const cases: { shows: string; a: string; b: string; found: 'agree'[] }[] = [
    {
      shows: 'a year told with "in" and with "by" agrees (BASIL b014)',
      a: 'Trustees of the Social Security and Medicare Trust Fund last week warned the Social Security Trust Fund will be exhausted in 2036 and under current law, seniors would then face a 23 percent across-the-board cut in benefits.',
      b: 'The most recent projections from the Social Security Administration, issued last month, indicate that at the current rate, the program’s trust funds will be exhausted by 2036, and that $6.5 trillion in additional money will be needed over a 75-year period to pay all scheduled benefits.',
      found: ['agree'],
    },
    {
      shows: 'a span of two years in both sentences is a detail they share (BASIL b060)',
      a: 'The former Mexican president, who led the country from 2000 to 2006, also questioned Trump’s allegiance to the Republican party, or, for that matter, any political party.',
      b: 'Mr. Fox, who was president of Mexico from 2000 to 2006, was clear in his opposition to Mr. Trump, calling him “egocentric” and lacking in any political values.',
      found: ['agree', 'agree'],
    },
    {
      shows: 'one year in sentences that share two words is not one thing',
      a: 'Trump won the 2016 election by carrying Michigan and Wisconsin.',
      b: 'Russia meddled in the 2016 election, the intelligence agencies said of Trump.',
      found: [],
    },
  ];
  it.each(cases)('$shows', ({ a, b, found }) => {
    expect(verdicts('date', { a, b })).toEqual(found);
  });

  it('labels the finding with its year', () => {
    const { agreements } = alignFacts(sourced({ a: cases[0]!.a, b: cases[0]!.b }));
    expect(agreements.find((aligned) => aligned.kind === 'date')?.label).toMatch(/^2036, /u);
  });
});

describe('a range written in digits', () => {
  it.each([
    {
      shows: 'agrees with the same range (BASIL b034)',
      a: 'Hutchinson, though, did call for the creation of a 40-60 hour training program for armed officers.',
      b: 'The task force recommended that schools designate willing staff to be armed and trained, and it proposed a model training program, 40-60 hours per person, at what Hutchinson said would be a cost of about $800 to $1,000 per trained employee.',
      found: ['agree'],
    },
    {
      shows: 'a range in words ("dozens") is set against nothing',
      a: 'Ukraine carried out dozens of drone attacks on Russian oil refineries this summer.',
      b: 'Ukraine carried out 48 drone attacks on Russian oil refineries this summer.',
      found: [],
    },
  ])('$shows', ({ a, b, found }) => {
    expect(verdicts('quantity', { a, b })).toEqual(found);
  });
});

describe('one quotation given to two people of one family name', () => {
  it('agrees: "Mrs. Clinton said" read as Bill Clinton is no misattribution (BASIL b057)', () => {
    expect(
      verdicts(
        'quote',
        {
          a: '"No president would be a tougher negotiator on behalf of American workers, either with our trading partners or Republicans on Capitol Hill, than I would be," she said.',
          b: '“No president would be a tougher negotiator on behalf of American workers with either our trading partners or Republicans on Capitol Hill than I would be,” Mrs. Clinton said.',
        },
        { a: 'hillary-rodham-clinton', b: 'bill-clinton' },
      ),
    ).toEqual(['agree']);
  });

  it.each([
    ['hillary-rodham-clinton', 'bill-clinton', true],
    ['donald-trump', 'melania-trump', true],
    ['paul-ryan', 'joe-biden', false],
  ] as const)('%s and %s may be one person: %s', (a, b, maybe) => {
    expect(maybeSamePerson(a, b)).toBe(maybe);
  });
});

describe('a source that names one day in two sentences about two things', () => {
  it('is set beside the other source by the sentence about the same thing (BASIL b014)', () => {
    const facts = [
      [
        'fox#0',
        'The AARP pushed back Friday on a report claiming the nation\'s most powerful seniors lobby was dropping its opposition to benefits cuts -- but at the same time acknowledged "benefit adjustments" would be necessary to make the system solvent.',
      ],
      [
        'fox#2',
        "The Wall Street Journal first reported Friday that the AARP, which opposed President George W. Bush's push to partially privatize Social Security, has decided to accept cuts -- though it would reportedly push for tax hikes to close most of the long-term Social Security shortfall.",
      ],
      [
        'hpo#1',
        'The Wall Street Journal reported Friday morning that AARP, one of the most influential lobbying groups in Washington, was softening its opposition to cutting retirement benefits.',
      ],
    ].flatMap(([passageId = '', sentence = '']) =>
      extractFacts(sentence, { published: '2011-06-17' }).map((fact) =>
        sourcedFact(fact, { sourceId: passageId.split('#')[0]!, passageId, sentence }, null),
      ),
    );
    const days = alignFacts(facts).agreements.filter((aligned) => aligned.kind === 'date');
    expect(days.map((day) => day.values.map((value) => value.passageId))).toEqual([['fox#2', 'hpo#1']]);
  });
});

describe('one speaker’s remark that one outlet quotes whole and others cut in two', () => {
  it('sets each cut part beside the other outlet’s same part (BASIL b060)', () => {
    const facts = [
      [
        'fox#9',
        '"I would like to know who those Hispanics are, because they are followers of a false prophet," Fox said.',
      ],
      ['hpo#10', '"I\'d like to know who those Hispanics are," Fox said.'],
      ['hpo#11', '"They\'re followers of a false prophet."'],
      ['nyt#9', '“I’d like to know who those Hispanics are,” Mr. Fox said.'],
      ['nyt#10', '“They are followers of a false prophet.”'],
    ].flatMap(([passageId = '', sentence = '']) =>
      extractFacts(sentence, { published: PUBLISHED }).map((fact) =>
        sourcedFact(fact, { sourceId: passageId.split('#')[0]!, passageId, sentence }, 'vicente-fox'),
      ),
    );
    const quotes = alignFacts(facts).agreements.filter((aligned) => aligned.kind === 'quote');
    expect(quotes.map((quote) => quote.values.map((value) => value.passageId))).toEqual([
      ['fox#9', 'hpo#11', 'nyt#10'],
      ['hpo#10', 'nyt#9'],
    ]);
  });
});
