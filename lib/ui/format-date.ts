import { strings } from './strings';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "6 Aug 2025", "about 6 Aug 2025" for estimates, or "date unknown". */
export function formatDate(isoDate: string | null, approximate = false): string {
  if (isoDate === null) return strings.unknownDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return strings.unknownDate;
  const text = FORMAT.format(date);
  return approximate ? `${strings.approximately} ${text}` : text;
}
