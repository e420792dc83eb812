import { describe, expect, it } from 'vitest';
import { datedTopics } from '@/lib/catalogue/dated-topics';
import { parseArticle } from '@/lib/corpus';

const corpus = (...texts: string[]) => texts.map((text, i) => parseArticle(`a${i}`, text));

describe('datedTopics', () => {
  it.each([
    // [the corpus, the events it names by their day, with their sources]
    // BASIL b068 (The New York Times, HuffPost): one event, the day spelt two ways.
    [
      [
        'A bill allowing families of those killed in the Sept. 11 attacks to sue Saudi Arabia.',
        'Courts have dismissed claims against entities alleged to have helped in the 9/11 attacks.',
      ],
      [['Sept. 11 attacks', ['a0', 'a1']]],
    ],
    // Month/day alone is no day: a fraction is none ("2/3 majority"), written twice or not.
    [['A 2/3 majority passed it.', 'Again a 2/3 majority.'], []],
    // Written once by one source; and a noun that goes on ("Aug. 8 deadline extension") is a modifier.
    [['The Aug. 8 deadline passed.'], []],
    [['The Aug. 8 deadline extension came.', 'An Aug. 8 deadline extension again.'], []],
    [
      ['Trump set an Aug. 8 deadline for Russia.', 'By the Aug. 8 deadline, nothing.'],
      [['Aug. 8 deadline', ['a0', 'a1']]],
    ],
  ])('finds in %j the events %j', (texts, expected) => {
    expect(datedTopics(corpus(...texts)).map((item) => [item.label, [...item.sources.keys()]])).toEqual(
      expected,
    );
  });

  it('gives every spelling of the day as an alias, the month/day one where the corpus writes it', () => {
    const [topic] = datedTopics(
      corpus('In the Sept. 11 attacks, nearly 3,000 died.', 'The 9/11 attacks, which changed everything.'),
    );
    expect([...(topic?.aliases.keys() ?? [])]).toEqual(
      expect.arrayContaining(['September 11 attacks', 'Sept. 11 attacks', '9/11 attacks', '9/11 attack']),
    );
  });
});
