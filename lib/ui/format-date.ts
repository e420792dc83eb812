import { isIsoDate } from '../corpus/is-iso-date';
import { strings } from './strings';

// Made on first use: building a DateTimeFormat loads locale data (slow when
// cold), which would otherwise stall every page the content script runs on.
let format: Intl.DateTimeFormat | null = null;

/** "6 Aug 2025", "about 6 Aug 2025" for estimates, or "date unknown". */
export function formatDate(isoDate: string | null, approximate = false): string {
  if (isoDate === null || !isIsoDate(isoDate)) return strings.unknownDate;
  format ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const text = format.format(new Date(`${isoDate}T00:00:00Z`));
  return approximate ? `${strings.approximately} ${text}` : text;
}
