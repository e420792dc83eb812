import { MONTH_NAMES } from '../lexicon/calendar-words';
import type { AlignedFacts } from './comparison-schema';

/**
 * "2025-08-06" → "August 6": a day as the catalogue labels its date items
 * (the catalogue's own `dateLabel` is build-time code the extension does not
 * ship). Null for anything that is not an ISO day.
 */
export function dayLabel(iso: string): string | null {
  const match = /^\d{4}-(\d{2})-(\d{2})$/u.exec(iso);
  const name = match ? MONTH_NAMES[Number(match[1]) - 1] : undefined;
  if (!match || name === undefined) return null;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${Number(match[2])}`;
}

/**
 * What a finding is about, as card, sidebar, note and CLI name it: one day
 * named by several sources is about that day, not about a word their
 * sentences share ("witkoff"); any other finding keeps the comparison's label.
 */
export function findingLabel(aligned: Pick<AlignedFacts, 'kind' | 'label' | 'values'>): string {
  if (aligned.kind !== 'date') return aligned.label;
  const iso = aligned.values.find((value) => value.iso)?.iso;
  return (iso && dayLabel(iso)) ?? aligned.label;
}
