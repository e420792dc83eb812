import { describe, expect, it } from 'vitest';
import { sameGivenName } from '@/lib/lexicon/hypocorisms';

describe('sameGivenName', () => {
  it.each([
    // [one given name, another, whether they can name one person]
    ['Joe', 'Joseph', true],
    ['joseph', 'JOE', true],
    ['Bill', 'William', true],
    ['Harry', 'Henry', true],
    ['Harry', 'Harold', true],
    ['Joe', 'Joey', true],
    ['Steve', 'Stephen', true],
    ['Barack', 'Barack', true],
    ['Harold', 'Henry', false],
    ['Christopher', 'Christine', false],
    ['Bert', 'Bob', false],
    ['Joe', 'Jill', false],
    ['Michelle', 'Barack', false],
    ['Vicente', 'Vincente', false],
  ])('"%s" and "%s": %s', (a, b, expected) => {
    expect(sameGivenName(a, b)).toBe(expected);
    expect(sameGivenName(b, a)).toBe(expected);
  });
});
