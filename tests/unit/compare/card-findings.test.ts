import { describe, expect, it } from 'vitest';
import { cardFindings } from '@/lib/compare/card-findings';
import type { AlignedFacts } from '@/lib/compare/comparison-schema';
import { dayLabel } from '@/lib/compare/day-label';

type Fact = AlignedFacts['values'][number];

/** A date fact as the engine gives it, with only the fields the card reads. */
function dateFact(sourceId: string, text: string, iso: string | null = '2025-08-06'): Fact {
  return {
    sourceId,
    kind: 'date',
    text,
    iso,
    unit: null,
    value: null,
    quote: null,
    speaker: null,
  } as unknown as Fact;
}

function findingOf(values: Fact[], label = 'witkoff') {
  const [finding] = cardFindings(
    {
      facts: [],
      discrepancies: [],
      agreements: [{ status: 'agree', kind: 'date', unit: null, label, values }],
    },
    { sources: [], pageSourceId: 'bne', labelOf: () => undefined },
  );
  return finding;
}

describe('the card’s findings', () => {
  it('lists each source’s wordings of a day as the comparison gives them', () => {
    expect(
      findingOf([dateFact('bne', 'August 6'), dateFact('polskie', 'Wednesday'), dateFact('bne', 'Aug 6')])
        ?.values,
    ).toEqual([
      { sourceId: 'bne', text: 'August 6', speaker: null },
      { sourceId: 'polskie', text: 'Wednesday', speaker: null },
      { sourceId: 'bne', text: 'Aug 6', speaker: null },
    ]);
  });

  it('labels a day several sources name by the day, not by a word their sentences share', () => {
    expect(findingOf([dateFact('bne', 'August 6'), dateFact('polskie', 'Wednesday')])?.label).toBe(
      'August 6',
    );
  });

  it('keeps the comparison’s label for a day it cannot read', () => {
    expect(
      findingOf([dateFact('bne', 'August 6', null), dateFact('polskie', 'Wednesday', null)])?.label,
    ).toBe('witkoff');
  });
});

describe('dayLabel', () => {
  it.each([
    ['2025-08-06', 'August 6'],
    ['2014-01-31', 'January 31'],
    ['2025-13-01', null],
    ['August 6', null],
  ])('%s → %s', (iso, label) => {
    expect(dayLabel(iso)).toBe(label);
  });
});
