import { formatDate } from './format-date';
import { strings } from './strings';

/** A story's dates: "6 Aug 2025", "5 Aug 2025 – 6 Aug 2025", or "date unknown". */
export function formatDateSpan(from: string | null, to: string | null): string {
  const first = from ?? to;
  const last = to ?? from;
  if (first === null || last === null || first === last) return formatDate(first);
  return strings.dateSpan(formatDate(first), formatDate(last));
}
