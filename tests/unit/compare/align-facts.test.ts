import { describe, expect, it } from 'vitest';
import { alignFacts, placesNamed, quoteWords, samePerson, wordsAroundDay } from '@/lib/compare/align-facts';
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
