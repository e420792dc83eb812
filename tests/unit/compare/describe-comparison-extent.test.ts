import { describe, expect, it } from 'vitest';
import { alignFacts } from '@/lib/compare/align-facts';
import type { SourcedFact } from '@/lib/compare/comparison-schema';
import {
  describeComparisonExtent,
  extentSentence,
  type ComparisonExtent,
} from '@/lib/compare/describe-comparison-extent';
import { extractFacts } from '@/lib/compare/facts';
import { sourcedFact } from '@/lib/compare/sourced-fact';

/** The facts of each source's one sentence, and what alignFacts makes of them. */
function comparisonOf(sentences: Record<string, string>) {
  const facts: SourcedFact[] = Object.entries(sentences).flatMap(([sourceId, sentence]) =>
    extractFacts(sentence, { published: '2025-08-06' }).map((fact) =>
      sourcedFact(fact, { sourceId, passageId: `${sourceId}#0`, sentence }, null),
    ),
  );
  return { facts, ...alignFacts(facts) };
}

const cases: {
  shows: string;
  sentences: Record<string, string>;
  extent: Omit<ComparisonExtent, 'message'> & { message: string };
  says: string;
}[] = [
  {
    shows: 'no fact at all',
    sentences: { a: 'The envoy flew to Moscow.', b: 'The envoy met the president.' },
    extent: { message: 'noFacts', facts: 0, compared: 0, differ: 0, agree: 0 },
    says: 'No figure, date or quotation to compare.',
  },
  {
    shows: 'facts that no other source states: never "0 differ"',
    sentences: {
      a: 'The refinery produced 40,000 barrels a day.',
      b: 'The envoy met the president for three hours.',
    },
    extent: { message: 'nothingCompared', facts: 2, compared: 0, differ: 0, agree: 0 },
    says: '2 facts, none matched with another source’s: nothing to compare yet.',
  },
  {
    shows: 'a single fact, not matched',
    sentences: { a: 'The refinery produced 40,000 barrels a day.', b: 'The envoy flew to Moscow.' },
    extent: { message: 'nothingCompared', facts: 1, compared: 0, differ: 0, agree: 0 },
    says: '1 fact, not matched with another source’s: nothing to compare yet.',
  },
  {
    shows: 'some facts set side by side and agreeing, the rest alone',
    sentences: {
      a: 'The border talks between the delegations lasted about three hours.',
      b: 'The border talks between the delegations ran from 9am until just after noon.',
      c: 'The refinery produced 40,000 barrels a day.',
    },
    extent: { message: 'compared', facts: 3, compared: 2, differ: 0, agree: 1 },
    says: '2 of 3 facts could be set beside another source’s: no difference, 1 agreement.',
  },
  {
    shows: 'a difference',
    sentences: {
      a: 'The border talks between the delegations lasted two hours.',
      b: 'The border talks between the delegations lasted five hours.',
    },
    extent: { message: 'compared', facts: 2, compared: 2, differ: 1, agree: 0 },
    says: '2 of 2 facts could be set beside another source’s: 1 difference, no agreement.',
  },
];

describe('describeComparisonExtent', () => {
  it.each(cases)('counts $shows', ({ sentences, extent, says }) => {
    const described = describeComparisonExtent(comparisonOf(sentences));
    expect(described).toEqual(extent);
    expect(extentSentence(described)).toBe(says);
  });

  it('counts a fact as compared after the comparison crossed a message as JSON', () => {
    const comparison = comparisonOf({
      a: 'The border talks between the delegations lasted two hours.',
      b: 'The border talks between the delegations lasted five hours.',
    });
    const copied = JSON.parse(JSON.stringify(comparison)) as typeof comparison;
    expect(describeComparisonExtent(copied).compared).toBe(2);
  });
});

describe('a value one source states in several sentences', () => {
  it('counts every sentence of it as compared, though the finding lists the source once', () => {
    const sentences = [
      ['a', 'The border talks between the delegations lasted five hours.'],
      ['a', 'Officials said the border talks between the delegations lasted five hours.'],
      ['b', 'The border talks between the delegations lasted five hours, a diplomat said.'],
    ];
    const facts = sentences.flatMap(([sourceId = '', sentence = ''], index) =>
      extractFacts(sentence, { published: '2025-08-06' }).map((fact) =>
        sourcedFact(fact, { sourceId, passageId: `${sourceId}#${index}`, sentence }, null),
      ),
    );
    const comparison = { facts, ...alignFacts(facts) };
    expect(comparison.agreements[0]?.values.map((value) => value.sourceId)).toEqual(['a', 'b']);
    expect(describeComparisonExtent(comparison)).toMatchObject({ facts: 3, compared: 3, agree: 1 });
  });
});
