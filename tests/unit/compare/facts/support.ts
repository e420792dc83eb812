import { expect } from 'vitest';
import { extractFacts, type Fact, type FactKind, type Span } from '@/lib/compare/facts';

/** A Friday: "on Friday" is the day itself, "on Wednesday" two days before. */
export const PUBLISHED = '2025-08-08';

/** The fields a row expects of a fact; a speaker may be checked by its text alone. */
export type Expected = Omit<Partial<Fact>, 'speaker'> & { speaker?: Partial<Span> | null };

/** One row of an extractor's table: what it shows, the sentence, and the fact(s) of the kind under test. */
export interface Row {
  shows: string;
  sentence: string;
  facts: Expected[];
  published?: string | null;
}

/** The facts of `sentence`, after checking the invariants every result keeps. */
export function factsIn(sentence: string, published: string | null = PUBLISHED): Fact[] {
  const facts = extractFacts(sentence, { published });
  let previousEnd = 0;
  for (const fact of facts) {
    expect(fact.text).toBe(sentence.slice(fact.start, fact.end));
    expect(fact.start).toBeGreaterThanOrEqual(previousEnd);
    expect(fact.end).toBeGreaterThan(fact.start);
    previousEnd = fact.end;
  }
  return facts;
}

/** Checks a table row: the facts of its kind, in order, match the expected fields. */
export function checkRow(kind: FactKind, row: Row): void {
  const facts = factsIn(row.sentence, row.published === undefined ? PUBLISHED : row.published).filter(
    (fact) => fact.kind === kind,
  );
  expect(facts).toHaveLength(row.facts.length);
  row.facts.forEach((expected, index) => expect(facts[index]).toMatchObject(expected));
}
