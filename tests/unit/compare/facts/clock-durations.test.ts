import { describe, expect, it } from 'vitest';
import { alignFacts } from '@/lib/compare/align-facts';
import { extractFacts } from '@/lib/compare/facts';
import { sourcedFact } from '@/lib/compare/sourced-fact';
import { checkRow, factsIn, PUBLISHED, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'reads "from 9am until just after noon" as three hours, up to half an hour more (issue 22)',
    sentence: 'The talks ran from 9am until just after noon.',
    facts: [
      {
        text: 'from 9am until just after noon',
        value: 180,
        range: [180, 210],
        qualifier: 'just after',
        unit: 'minute',
      },
    ],
  },
  {
    shows: 'reads a 24-hour range with its zone after the end',
    sentence: 'The meeting ran from 10:00 to 13:00 local time.',
    facts: [{ text: 'from 10:00 to 13:00 local time', value: 180, range: [180, 180] }],
  },
  {
    shows: 'reads a known start and "lasted until"',
    sentence: 'The meeting began at 10am and lasted until 3pm.',
    facts: [{ text: '10am and lasted until 3pm', value: 300, range: [300, 300] }],
  },
  {
    shows: 'reads hedged ends and a zone between them as the widest and narrowest stretch they allow',
    sentence: 'The talks began shortly before midday Moscow time, and ended around 2.40pm, the pool said.',
    facts: [{ value: 160, range: [130, 220], qualifier: 'shortly before … around' }],
  },
  {
    shows: 'reads "between 2pm and 5pm"',
    sentence: 'Voting took place between 2pm and 5pm.',
    facts: [{ text: '2pm and 5pm', value: 180 }],
  },
  {
    shows: 'reads a range past midnight as running into the next day',
    sentence: 'The curfew runs from 10pm until 2am.',
    facts: [{ value: 240, range: [240, 240] }],
  },
  {
    shows: 'reads a dash between two times',
    sentence: 'Polls are open 8am-8pm in most regions.',
    facts: [{ text: '8am-8pm', value: 720 }],
  },
  {
    shows: 'keeps two moments joined by a bare "and" apart',
    sentence: 'Sirens sounded at 9am and 3pm.',
    facts: [],
  },
  {
    shows: 'keeps two times in a list apart',
    sentence: 'Shops open at 9am, buses at 10am.',
    facts: [],
  },
];

describe('durations from clock ranges', () => {
  it.each(rows)('$shows', (row) => checkRow('duration', row));

  it('keeps times that bound no stretch as times of day', () => {
    expect(factsIn('Sirens sounded at 9am and 3pm.').map((fact) => fact.kind)).toEqual(['clock', 'clock']);
  });
});

/** Facts of one sentence per source, as alignFacts receives them. */
function sourced(sentences: Record<string, string>) {
  return Object.entries(sentences).flatMap(([sourceId, sentence]) =>
    extractFacts(sentence, { published: PUBLISHED }).map((fact) =>
      sourcedFact(fact, { sourceId, passageId: `${sourceId}#0`, sentence }, null),
    ),
  );
}

describe('a clock range set beside a stated duration', () => {
  const cases: { shows: string; a: string; b: string; status: 'agree' | 'differ' }[] = [
    {
      shows: '9am until just after noon agrees with about three hours (issue 22)',
      a: 'The border talks between the two delegations ran from 9am until just after noon.',
      b: 'The border talks between the two delegations lasted about three hours.',
      status: 'agree',
    },
    {
      shows: '9am until noon agrees with more than two hours',
      a: 'The border talks between the two delegations ran from 9am until noon.',
      b: 'The border talks between the two delegations lasted more than two hours.',
      status: 'agree',
    },
    {
      shows: '9am until 11am differs from five hours',
      a: 'The border talks between the two delegations ran from 9am until 11am.',
      b: 'The border talks between the two delegations lasted five hours.',
      status: 'differ',
    },
    {
      shows: 'two hours differs from five hours',
      a: 'The border talks between the two delegations lasted two hours.',
      b: 'The border talks between the two delegations lasted five hours.',
      status: 'differ',
    },
  ];
  it.each(cases)('$shows', ({ a, b, status }) => {
    const { agreements, discrepancies } = alignFacts(sourced({ a, b }));
    const found = [...agreements, ...discrepancies].filter((aligned) => aligned.kind === 'duration');
    expect(found.map((aligned) => aligned.status)).toEqual([status]);
  });
});
