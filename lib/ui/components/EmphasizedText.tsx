import type { JSX } from 'preact';

interface Props {
  text: string;
  /** [start, end) ranges to emphasise, in order, not overlapping. */
  ranges: readonly (readonly [number, number])[];
}

/** Renders text with <mark> around ranges; text stays text (no markup parsing). */
export function EmphasizedText({ text, ranges }: Props): JSX.Element {
  const parts: (string | JSX.Element)[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor || end > text.length || end <= start) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
