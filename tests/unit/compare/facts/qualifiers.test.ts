import { describe, expect, it } from 'vitest';
import { CLOCK_SLACK_MINUTES, QUALIFIERS, RELATIVE_SLACK } from '@/lib/compare/facts';
import { factsIn } from './support';

type Shape = (typeof QUALIFIERS)[number]['shape'];

/** The range each shape gives 200 tankers, by the table's own widths. */
const AMOUNT_RANGES: Record<Shape, [number, number]> = {
  exact: [200, 200],
  around: [200 - 200 * RELATIVE_SLACK, 200 + 200 * RELATIVE_SLACK],
  justBelow: [200 - 200 * RELATIVE_SLACK, 200],
  justAbove: [200, 200 + 200 * RELATIVE_SLACK],
  atLeast: [200, Infinity],
  atMost: [0, 200],
};

/** The range each shape gives 10am (600 minutes after midnight). */
const CLOCK_RANGES: Record<Shape, [number, number]> = {
  exact: [600, 600],
  around: [600 - CLOCK_SLACK_MINUTES, 600 + CLOCK_SLACK_MINUTES],
  justBelow: [600 - CLOCK_SLACK_MINUTES, 600],
  justAbove: [600, 600 + CLOCK_SLACK_MINUTES],
  atLeast: [600, 1440],
  atMost: [0, 600],
};

const rowsOf = (rules: typeof QUALIFIERS) =>
  rules.flatMap((rule) => rule.phrases.map((phrase) => ({ phrase, shape: rule.shape })));
const amountRows = rowsOf(QUALIFIERS.filter((rule) => rule.kinds.includes('amount') && !rule.after));
const postfixRows = rowsOf(QUALIFIERS.filter((rule) => rule.kinds.includes('amount') && rule.after));
const clockRows = rowsOf(QUALIFIERS.filter((rule) => rule.kinds.includes('clock')));

describe('qualifiers', () => {
  it('gives every rule a reason', () => {
    for (const rule of QUALIFIERS) expect(rule.reason.length).toBeGreaterThan(10);
  });

  it.each(amountRows)('reads $phrase before "200 tankers" as the $shape range', ({ phrase, shape }) => {
    const [fact, ...rest] = factsIn(`Inspectors counted ${phrase} 200 tankers.`);
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({
      kind: 'quantity',
      value: 200,
      qualifier: phrase,
      range: AMOUNT_RANGES[shape],
    });
  });

  it.each(postfixRows)('reads "200" then $phrase as the $shape range', ({ phrase, shape }) => {
    const [fact, ...rest] = factsIn(`Inspectors counted 200 ${phrase} tankers.`);
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({
      value: 200,
      qualifier: phrase,
      range: AMOUNT_RANGES[shape],
      unit: 'tanker',
    });
  });

  it.each(clockRows)('reads $phrase before "10am" as the $shape range', ({ phrase, shape }) => {
    const [fact, ...rest] = factsIn(`The shop opened ${phrase} 10am.`);
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({ kind: 'clock', value: 600, qualifier: phrase, range: CLOCK_RANGES[shape] });
  });
});
