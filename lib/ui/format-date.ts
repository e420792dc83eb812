import { isIsoDate } from '../corpus/is-iso-date';
import { strings } from './strings';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "6 Aug 2025", "about 6 Aug 2025" for estimates, or "date unknown". */
export function formatDate(isoDate: string | null, approximate = false): string {
  if (isoDate === null || !isIsoDate(isoDate)) return strings.unknownDate;
  const text = FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
  return approximate ? `${strings.approximately} ${text}` : text;
}
