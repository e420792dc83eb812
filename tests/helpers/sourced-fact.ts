import type { SourcedFact } from '@/lib/compare';

/** A fact as one source states it, for comparison fixtures: a duration unless `fields` say otherwise. */
export function sourcedFact(
  sourceId: string,
  text: string,
  sentence: string,
  fields: Partial<SourcedFact> = {},
): SourcedFact {
  return {
    sourceId,
    passageId: `${sourceId}#0`,
    kind: 'duration',
    text,
    value: null,
    range: null,
    qualifier: null,
    unit: null,
    subject: null,
    iso: null,
    quote: null,
    speaker: null,
    speakerId: null,
    sentence,
    ...fields,
  };
}
