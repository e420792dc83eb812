import type { SourcedFact } from './comparison-schema';
import type { Fact } from './facts';

/** A fact as one source states it, in the engine's serialisable shape. */
export function sourcedFact(
  fact: Fact,
  where: { sourceId: string; passageId: string; sentence: string },
  speakerId: string | null,
  /** The speaker read at paragraph level (`attributeQuotes`), when it was; else the sentence's own phrase. */
  speaker: string | null = fact.speaker?.text ?? null,
): SourcedFact {
  return {
    sourceId: where.sourceId,
    passageId: where.passageId,
    kind: fact.kind,
    text: fact.text,
    value: fact.value,
    range: fact.range && [fact.range[0], Number.isFinite(fact.range[1]) ? fact.range[1] : null],
    qualifier: fact.qualifier,
    unit: fact.unit,
    subject: fact.subject,
    iso: fact.iso ?? null,
    quote: fact.quote ?? null,
    speaker,
    speakerId,
    sentence: where.sentence,
  };
}
