import { describe, expect, it } from 'vitest';
import { alignFacts } from '@/lib/compare/align-facts';
import { extractFacts } from '@/lib/compare/facts';
import { oneFindingPerDay } from '@/lib/compare/one-finding-per-day';
import { sourcedFact } from '@/lib/compare/sourced-fact';

const PUBLISHED = '2025-08-06';

/** Each source's sentences as alignFacts receives them. */
function sourced(sentences: Record<string, string[]>) {
  return Object.entries(sentences).flatMap(([sourceId, texts]) =>
    texts.flatMap((sentence, index) =>
      extractFacts(sentence, { published: PUBLISHED }).map((fact) =>
        sourcedFact(fact, { sourceId, passageId: `${sourceId}#${index}`, sentence }, null),
      ),
    ),
  );
}

describe('one finding per day', () => {
  const facts = sourced({
    page: [
      'U.S. envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on August 6 for three hours.',
      'Trump said on August 6 that the talks with Putin in Moscow had made great progress.',
    ],
    polskie: ['Witkoff met Putin in Moscow on Wednesday for three hours of talks.'],
    reuters: ['Trump said on August 6 that great progress was made in the Moscow talks with Putin.'],
  });

  it('the engine keeps one source’s two sentences about the day apart', () => {
    const days = alignFacts(facts).agreements.filter((aligned) => aligned.kind === 'date');
    expect(days.length).toBeGreaterThan(1);
  });

  it('a reader gets the day once, each source’s wording once', () => {
    const days = oneFindingPerDay(alignFacts(facts).agreements).filter((aligned) => aligned.kind === 'date');
    expect(days).toHaveLength(1);
    const said = days[0]!.values.map((value) => `${value.sourceId}: ${value.text}`);
    expect(said).toEqual([...new Set(said)]);
    expect(said).toContain('polskie: Wednesday');
    expect(new Set(days[0]!.values.map((value) => value.sourceId))).toEqual(
      new Set(['page', 'polskie', 'reuters']),
    );
  });

  it('leaves figures, quotations and differences as they are', () => {
    const other = alignFacts(facts).agreements.filter((aligned) => aligned.kind !== 'date');
    expect(oneFindingPerDay(other)).toEqual(other);
  });
});
