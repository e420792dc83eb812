import { describe, expect, it } from 'vitest';
import { alignedFactsSchema } from '@/lib/compare/comparison-schema';
import { extractFacts, FACT_KINDS } from '@/lib/compare/facts';

const aligned = (kind: string): unknown => ({ status: 'agree', kind, unit: null, label: 'x', values: [] });

describe('the fact kinds, declared once', () => {
  it('are exactly what the comparison schema accepts', () => {
    for (const kind of FACT_KINDS) expect(alignedFactsSchema.safeParse(aligned(kind)).success).toBe(true);
    for (const kind of ['amount', 'Quantity', 'number', ''])
      expect(alignedFactsSchema.safeParse(aligned(kind)).success).toBe(false);
  });

  it('cover every kind the extractors produce', () => {
    const facts = extractFacts(
      'On Aug. 6 at 10pm, about 40% of 1,200 workers lost $5m over two days, “a disaster”, she said.',
      { published: '2025-08-08' },
    );
    expect(new Set(facts.map((fact) => fact.kind))).toEqual(new Set(FACT_KINDS));
  });
});
