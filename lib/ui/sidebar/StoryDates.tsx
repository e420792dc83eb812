import type { JSX } from 'preact';
import { formatDate } from '../format-date';
import { strings } from '../strings';

/** A story's span: one date, "from to to", or "date unknown". */
export function StoryDates({ from, to }: { from: string | null; to: string | null }): JSX.Element {
  const text =
    from === null || to === null || from === to
      ? formatDate(from ?? to)
      : strings.briefing.dates(formatDate(from), formatDate(to));
  return <span class="story-dates">{text}</span>;
}
