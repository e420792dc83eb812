import { describe, expect, it } from 'vitest';
import { cardFindings } from '@/lib/compare/card-findings';
import type { AlignedFacts } from '@/lib/compare/comparison-schema';

type Fact = AlignedFacts['values'][number];

/** A date fact as the engine gives it, with only the fields the card reads. */
function dateFact(sourceId: string, text: string): Fact {
  return {
    sourceId,
    kind: 'date',
    text,
    unit: null,
    value: null,
    quote: null,
    speaker: null,
  } as unknown as Fact;
}

describe('the card’s findings', () => {
  it('names a source once for a value it states in several sentences, keeping its other wordings', () => {
    const [finding] = cardFindings(
      {
        facts: [],
        discrepancies: [],
        agreements: [
          {
            status: 'agree',
            kind: 'date',
            unit: null,
            label: 'witkoff',
            values: [
              dateFact('bne', 'August 6'),
              dateFact('bne', 'August 6'),
              dateFact('polskie', 'Wednesday'),
              dateFact('guardian', 'Wednesday'),
              dateFact('guardian', 'Wednesday'),
              dateFact('bne', 'Aug 6'),
            ],
          },
        ],
      },
      { sources: [], pageSourceId: 'bne', labelOf: () => undefined },
    );
    expect(finding?.values).toEqual([
      { sourceId: 'bne', text: 'August 6', speaker: null },
      { sourceId: 'polskie', text: 'Wednesday', speaker: null },
      { sourceId: 'guardian', text: 'Wednesday', speaker: null },
      { sourceId: 'bne', text: 'Aug 6', speaker: null },
    ]);
  });
});
