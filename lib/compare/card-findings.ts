import type { ItemCardResponse } from '../messaging/protocol';
import type { Comparison } from './comparison-schema';

/** A card is a glance: the few findings that matter most, differences first. */
export const MAX_CARD_FINDINGS = 4;

/** The comparison's differences and agreements as the card shows them, speakers named by label. */
export function cardFindings(
  comparison: Pick<Comparison, 'discrepancies' | 'agreements'>,
  labelOf: (entityId: string) => string | undefined,
): ItemCardResponse['findings'] {
  return [...comparison.discrepancies, ...comparison.agreements]
    .slice(0, MAX_CARD_FINDINGS)
    .map((aligned) => ({
      status: aligned.status,
      label: aligned.label,
      values: aligned.values.map((value) => ({
        sourceId: value.sourceId,
        // A quotation's words are the finding's label already; each source adds only who said it.
        text: value.kind === 'quote' ? '' : value.text,
        speaker:
          value.kind === 'quote' ? ((value.speakerId && labelOf(value.speakerId)) ?? value.speaker) : null,
      })),
    }));
}
