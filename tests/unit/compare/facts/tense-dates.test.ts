import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTense } from '@/lib/compare/facts/find-tense';
import { isIsoDate } from '@/lib/corpus/is-iso-date';
import { checkRow, factsIn, type Row } from './support';

// Monday 4 August 2025 unless a row says otherwise.
const MONDAY = '2025-08-04';

const rows: Row[] = [
  {
    shows: 'reads a weekday after "plans to" forward (issue 22)',
    sentence: 'U.S. envoy Steve Witkoff plans to deliver the message in Moscow on Wednesday.',
    published: MONDAY,
    facts: [{ text: 'Wednesday', iso: '2025-08-06' }],
  },
  {
    shows: 'reads a weekday before a comma and "will" forward (issue 22)',
    sentence: 'On Friday, President Trump will issue a strict deadline for Russia.',
    published: MONDAY,
    facts: [{ text: 'Friday', iso: '2025-08-08' }],
  },
  {
    shows: 'keeps a weekday of a past verb back',
    sentence: 'The ministers met on Wednesday to review the plan.',
    published: MONDAY,
    facts: [{ text: 'Wednesday', iso: '2025-07-30' }],
  },
  {
    shows: 'reads a weekday after "said" back',
    sentence: 'The ministry said on Friday that the convoy had left.',
    published: MONDAY,
    facts: [{ text: 'Friday', iso: '2025-08-01' }],
  },
  {
    shows: 'reads "is expected to" forward',
    sentence: 'The delegation is expected to arrive on Thursday.',
    published: MONDAY,
    facts: [{ text: 'Thursday', iso: '2025-08-07' }],
  },
  {
    shows: 'reads "is due to" forward',
    sentence: 'The court is due to rule on Tuesday.',
    published: MONDAY,
    facts: [{ text: 'Tuesday', iso: '2025-08-05' }],
  },
  {
    shows: 'reads "is set to" forward',
    sentence: 'Parliament is set to vote on Saturday.',
    published: MONDAY,
    facts: [{ text: 'Saturday', iso: '2025-08-09' }],
  },
  {
    shows: 'reads a reported "would" forward',
    sentence: 'He said he would meet the governors on Thursday.',
    published: MONDAY,
    facts: [{ text: 'Thursday', iso: '2025-08-07' }],
  },
  {
    shows: 'reads a scheduled event forward',
    sentence: 'A second round of talks is scheduled for Friday.',
    published: MONDAY,
    facts: [{ text: 'Friday', iso: '2025-08-08' }],
  },
  {
    shows: 'reads "is travelling" (a present progressive) forward',
    sentence: 'The minister is travelling to Ankara on Wednesday.',
    published: MONDAY,
    facts: [{ text: 'Wednesday', iso: '2025-08-06' }],
  },
  {
    shows: 'keeps "due to" that gives a reason from pointing forward',
    sentence: 'The match was cancelled on Saturday due to the storm.',
    published: MONDAY,
    facts: [{ text: 'Saturday', iso: '2025-08-02' }],
  },
  {
    shows: 'reads the past verb of a relative clause for its own weekday, not the main clause’s "will"',
    sentence: 'Mr Rossi, who arrived in Rome on Thursday, will return next month.',
    published: MONDAY,
    facts: [{ text: 'Thursday', iso: '2025-07-31' }, { text: 'next month' }],
  },
  {
    shows: 'takes a passive participle’s tense from its auxiliary ("will be held")',
    sentence: 'The vote will be held on Sunday, officials said.',
    published: MONDAY,
    facts: [{ text: 'Sunday', iso: '2025-08-10' }],
  },
  {
    shows: 'reads "next Friday" ahead and "last Friday" back whatever the verb',
    sentence: 'The board that met last Friday will meet again next Friday.',
    published: MONDAY,
    facts: [
      { text: 'last Friday', iso: '2025-08-01' },
      { text: 'next Friday', iso: '2025-08-08' },
    ],
  },
  {
    shows: 'reads "this Friday" as the Friday of publication week, ahead of a Monday',
    sentence: 'The results will come this Friday.',
    published: MONDAY,
    facts: [{ text: 'this Friday', iso: '2025-08-08' }],
  },
  {
    shows: 'reads "this Monday" as the Monday of publication week, behind a Thursday',
    sentence: 'The strike began this Monday.',
    published: '2025-08-07',
    facts: [{ text: 'this Monday', iso: '2025-08-04' }],
  },
  {
    shows: 'reads a future weekday across a month boundary',
    sentence: 'The leaders will meet on Monday.',
    published: '2025-07-30',
    facts: [{ text: 'Monday', iso: '2025-08-04' }],
  },
  {
    shows: 'reads a future weekday across a year boundary',
    sentence: 'The new rules will take effect on Friday.',
    published: '2025-12-30',
    facts: [{ text: 'Friday', iso: '2026-01-02' }],
  },
  {
    shows: 'reads a past weekday across a year boundary',
    sentence: 'The minister resigned on Monday.',
    published: '2026-01-01',
    facts: [{ text: 'Monday', iso: '2025-12-29' }],
  },
  {
    shows: 'reads "tomorrow", "today" and "yesterday" from publication',
    sentence: 'Talks that began yesterday continue today and end tomorrow.',
    published: '2025-12-31',
    facts: [
      { text: 'yesterday', iso: '2025-12-30' },
      { text: 'today', iso: '2025-12-31' },
      { text: 'tomorrow', iso: '2026-01-01' },
    ],
  },
  {
    shows: 'reads a month and day without a year in a future clause as the next such day',
    sentence: 'Elections will be held on December 15.',
    published: '2025-06-10',
    facts: [{ text: 'December 15', iso: '2025-12-15' }],
  },
  {
    shows: 'reads a month and day without a year in a past clause as the nearest such day',
    sentence: 'The dam burst on December 15, engineers said.',
    published: '2025-06-10',
    facts: [{ text: 'December 15', iso: '2024-12-15' }],
  },
  {
    shows: 'keeps a month and day just ahead of publication in a reported future clause (not a year back)',
    sentence: 'He warned that he would impose sanctions if no deal is reached before August 8.',
    published: '2025-08-06',
    facts: [{ text: 'August 8', iso: '2025-08-08' }],
  },
  {
    shows: 'leaves a future weekday unresolved when the date of publication is unknown',
    sentence: 'The envoy plans to fly to Moscow on Wednesday.',
    published: null,
    facts: [{ text: 'Wednesday', iso: null }],
  },
  {
    shows: 'leaves "tomorrow" unresolved when the date of publication is unknown',
    sentence: 'The market reopens tomorrow.',
    published: null,
    facts: [{ text: 'tomorrow', iso: null }],
  },
];

describe('dates read in the direction of their clause’s tense', () => {
  it.each(rows)('$shows', (row) => checkRow('date', row));
});

describe('findTense', () => {
  const cases: { sentence: string; span: string; tense: 'future' | 'past' | null }[] = [
    { sentence: 'Witkoff plans to deliver the message on Wednesday.', span: 'Wednesday', tense: 'future' },
    { sentence: 'Witkoff delivered the message on Wednesday.', span: 'Wednesday', tense: 'past' },
    { sentence: 'Witkoff delivers the message on Wednesday.', span: 'Wednesday', tense: null },
    { sentence: 'The United Nations meets on Friday.', span: 'Friday', tense: null },
    { sentence: 'Talks collapsed. They will resume on Monday.', span: 'Monday', tense: 'future' },
    { sentence: 'They will resume on Monday. Talks collapsed.', span: 'Monday', tense: 'future' },
    { sentence: 'Mr. Smith said talks resume on Monday.', span: 'Monday', tense: 'past' },
    { sentence: 'It’s going to rain on Monday.', span: 'Monday', tense: 'future' },
  ];
  it.each(cases)('reads "$span" in "$sentence" as $tense', ({ sentence, span, tense }) => {
    const start = sentence.indexOf(span);
    expect(findTense(sentence, start, start + span.length)).toBe(tense);
  });
});

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MS_PER_DAY = 86_400_000;

describe('weekday resolution, against a naive reference', () => {
  const published = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2060-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

  /** Walks day by day from publication in the tense's direction until the weekday comes up. */
  function naive(publishedIso: string, weekday: number, future: boolean): string {
    let day = Date.parse(publishedIso);
    while (new Date(day).getUTCDay() !== weekday) day += (future ? 1 : -1) * MS_PER_DAY;
    return new Date(day).toISOString().slice(0, 10);
  }

  it('resolves "will … on <weekday>" to the first such day from publication on, and "met on" to the last', () => {
    fc.assert(
      fc.property(published, fc.integer({ min: 0, max: 6 }), fc.boolean(), (date, weekday, future) => {
        const name = WEEKDAYS[weekday] ?? 'Monday';
        const sentence = future ? `The envoys will meet on ${name}.` : `The envoys met on ${name}.`;
        const dates = factsIn(sentence, date).filter((fact) => fact.kind === 'date');
        expect(dates).toHaveLength(1);
        const iso = dates[0]?.iso ?? '';
        expect(isIsoDate(iso)).toBe(true);
        expect(iso).toBe(naive(date, weekday, future));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never returns an invalid date for tense cues around any text', () => {
    const cue = fc.constantFrom(
      'will',
      'plans to',
      'is expected to',
      'said',
      'met',
      'next',
      'last',
      'this',
      '',
    );
    fc.assert(
      fc.property(
        fc.string(),
        cue,
        fc.constantFrom(...WEEKDAYS),
        fc.string(),
        published,
        (a, c, w, b, date) => {
          for (const fact of factsIn(`${a} ${c} ${w} ${b}`, date))
            if (fact.kind === 'date' && fact.iso != null) expect(isIsoDate(fact.iso)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
