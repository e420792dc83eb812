/** A match as offsets into the text searched, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Keeps the leftmost, then longest, of overlapping spans, as the Parallax
 * matcher does: "President Donald Trump" is one mention, not three.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let covered = 0;
  for (const span of sorted) {
    if (span.start < covered) continue;
    kept.push(span);
    covered = span.end;
  }
  return kept;
}
