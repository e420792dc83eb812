import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Fact } from '@/lib/compare/facts';
import { isIsoDate } from '@/lib/corpus/is-iso-date';
import { anyUnicode } from '../../../helpers/unicode-arbitraries';

/** The invariants every result keeps, whatever the sentence. */
function checkFacts(sentence: string, facts: Fact[]): void {
  let previousEnd = 0;
  for (const fact of facts) {
    expect(fact.end).toBeLessThanOrEqual(sentence.length);
    expect(fact.text).toBe(sentence.slice(fact.start, fact.end));
    expect(fact.start).toBeGreaterThanOrEqual(previousEnd);
    expect(fact.end).toBeGreaterThan(fact.start);
    previousEnd = fact.end;
    if (fact.kind === 'quote' || fact.kind === 'date') {
      expect(fact.value).toBeNull();
      expect(fact.range).toBeNull();
    } else {
      expect(fact.range).not.toBeNull();
      const [low, high] = fact.range ?? [0, 0];
      expect(low).toBeLessThanOrEqual(high);
      if (fact.value !== null) {
        expect(low).toBeLessThanOrEqual(fact.value);
        expect(fact.value).toBeLessThanOrEqual(high);
      }
    }
    if (fact.kind === 'quote') {
      expect(fact.quote?.length).toBeGreaterThan(0);
      if (fact.speaker) expect(fact.speaker.text).toBe(sentence.slice(fact.speaker.start, fact.speaker.end));
    }
    if (fact.iso) expect(fact.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  }
}

/** Words that reach every reader, so random sentences exercise more than the fast paths. */
const NEWS_WORDS = [
  ...[
    '$',
    '€',
    '£',
    'US$',
    '852',
    '141,000',
    '2.5',
    '3',
    '2025',
    '0',
    '12',
    '2,000-pound',
    '10-15',
    '5m',
    '40k',
  ],
  ...['bn', 'mn', 'm', 'million', 'thousand', 'dozen', 'dozens', 'hundreds', 'tens', 'of', 'thousands'],
  ...['%', 'per', 'cent', 'percent', 'about', 'nearly', 'more', 'than', 'up', 'to', 'a', 'total', 'or', 'so'],
  ...['one', 'two', 'three', 'twenty-five', 'and', 'half', 'an', 'hour', 'hours', 'years', 'times', 'twice'],
  ...['2.40pm', '10am', '14:30', 'GMT', 'midday', 'midnight', 'shortly', 'before', 'ago', 'o’clock'],
  ...['Aug.', '6,', 'August', '6', 'May', 'Wednesday', 'last', 'week', 'yesterday', 'Today', 'on', 'in'],
  ...['“', '”', '"', 'said', 'told', 'according', 'he', 'she', 'Mr', 'Putin', 'President', 'Okafor', ','],
  ...['FAB', '3000', 'Su-34', 'F-16s', 'the', '1990s', 'no', 'one-off', '+44', '20', '7946', '0958', '/'],
  ...['https://x.org/1:30', 'tankers', 'civilians', 'square', 'miles', 'barrel', 'dollars', 'roubles', '.'],
];
const newsSentence = fc
  .array(fc.tuple(fc.constantFrom(...NEWS_WORDS), fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '\n')), {
    maxLength: 24,
  })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

const anyString = fc.oneof(
  // Graphemes, code points, lone surrogates and a dense mix of the characters the rules decide on.
  anyUnicode(80),
  newsSentence,
);
const published = fc.option(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2060-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
);

/** A naive English speller, the reference for number words ("one hundred and five thousand"). */
function spell(n: number, withAnd: boolean): string {
  const small = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
  small.push('twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen');
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const belowHundred = (m: number): string =>
    m < 20 ? (small[m] ?? '') : `${tens[Math.floor(m / 10)] ?? ''}${m % 10 ? `-${small[m % 10] ?? ''}` : ''}`;
  const belowThousand = (m: number): string => {
    const hundreds = Math.floor(m / 100);
    const rest = m % 100;
    if (!hundreds) return belowHundred(rest);
    return `${small[hundreds] ?? ''} hundred${rest ? `${withAnd ? ' and' : ''} ${belowHundred(rest)}` : ''}`;
  };
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (!thousands) return belowThousand(rest);
  return `${belowThousand(thousands)} thousand${rest ? ` ${belowThousand(rest)}` : ''}`;
}

function onlyFact(sentence: string): Fact | undefined {
  const facts = extractFacts(sentence, { published: '2025-08-08' });
  expect(facts).toHaveLength(1);
  return facts[0];
}

describe('extractFacts, for any input', () => {
  it('never throws, and returns facts in order, apart, each the slice at its offsets', () => {
    fc.assert(
      fc.property(anyString, published, (sentence, date) => {
        checkFacts(sentence, extractFacts(sentence, { published: date }));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('extractFacts at the ends of the calendar', () => {
  // Regression, found by fuzzing: dates resolved past year 9999 or before
  // year 0 came out as "10000-02-29" and "00-1-12-27".
  it('gives no ISO date for a day that YYYY-MM-DD cannot write, and keeps the date itself', () => {
    expect(extractFacts('They met on 29 February.', { published: '9999-12-31' })).toMatchObject([
      { kind: 'date', iso: null },
    ]);
    expect(extractFacts('They meet next month.', { published: '9999-12-15' })).toMatchObject([
      { kind: 'date', text: 'next month', iso: null },
    ]);
    expect(extractFacts('They met last Monday.', { published: '0000-01-02' })).toMatchObject([
      { kind: 'date', iso: null },
    ]);
  });

  const anyPublished = fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

  it('resolves every date to a real YYYY-MM-DD day or to null, whatever the date of publication', () => {
    fc.assert(
      fc.property(newsSentence, anyPublished, (sentence, date) =>
        extractFacts(sentence, { published: date }).every(
          (fact) =>
            fact.kind !== 'date' || fact.iso === null || (fact.iso !== undefined && isIsoDate(fact.iso)),
        ),
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('extractFacts against references', () => {
  it('parses a number with thousands separators to the same value and range as without', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2_000_000_000 }), (n) => {
        const separated = onlyFact(`Inspectors counted more than ${n.toLocaleString('en-US')} tankers.`);
        const plain = onlyFact(`Inspectors counted more than ${n} tankers.`);
        expect(separated?.value).toBe(n);
        expect(plain?.value).toBe(n);
        expect(separated?.range).toEqual(plain?.range);
      }),
    );
  });

  it('reads spelled-out numbers as a naive speller wrote them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.boolean(), (n, withAnd) => {
        const fact = onlyFact(`Inspectors counted ${spell(n, withAnd)} tankers.`);
        expect(fact).toMatchObject({ kind: 'quantity', value: n, unit: 'tanker' });
      }),
    );
  });

  it('scales a decimal amount by its scale word exactly, as decimal arithmetic would', () => {
    const scales: [string, number][] = [
      ['thousand', 3],
      ['million', 6],
      ['billion', 9],
      ['trillion', 12],
      ['bn', 9],
      ['mn', 6],
      ['tn', 12],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.option(fc.integer({ min: 0, max: 99 })),
        fc.constantFrom(...scales),
        fc.boolean(),
        (whole, fraction, [scale, exponent], glued) => {
          const number = fraction === null ? String(whole) : `${whole}.${String(fraction).padStart(2, '0')}`;
          const written = `$${number}${glued && scale.length === 2 ? '' : ' '}${scale}`;
          const fact = onlyFact(`The fund raised ${written} for schools.`);
          expect(fact).toMatchObject({ kind: 'money', unit: 'USD', text: written });
          expect(fact?.value).toBe(Number(`${number}e${exponent}`));
        },
      ),
    );
  });

  it('resolves a weekday to that weekday on the day of publication or in the six days before', () => {
    const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 6 }), (day, weekday) => {
        const publishedDay = new Date(Date.UTC(1990, 0, 1) + day * 86_400_000);
        const facts = extractFacts(`The envoys met on ${weekdays[weekday] ?? ''} in private.`, {
          published: publishedDay.toISOString().slice(0, 10),
        });
        const iso = facts[0]?.iso ?? '';
        const resolved = new Date(`${iso}T00:00:00Z`);
        const daysBefore = (publishedDay.getTime() - resolved.getTime()) / 86_400_000;
        expect(resolved.getUTCDay()).toBe(weekday);
        expect(daysBefore).toBeGreaterThanOrEqual(0);
        expect(daysBefore).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('puts a month and day without a year within half a year of publication', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
    months.push('October', 'November', 'December');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        (day, month, date) => {
          const publishedDay = Date.UTC(1990, 0, 1) + day * 86_400_000;
          const [fact] = extractFacts(`The pact was signed on ${months[month] ?? ''} ${date}.`, {
            published: new Date(publishedDay).toISOString().slice(0, 10),
          });
          const resolved = new Date(`${fact?.iso ?? ''}T00:00:00Z`);
          expect(resolved.getUTCMonth()).toBe(month);
          expect(resolved.getUTCDate()).toBe(date);
          expect(Math.abs(resolved.getTime() - publishedDay)).toBeLessThanOrEqual(184 * 86_400_000);
        },
      ),
    );
  });
});
