/**
 * The longest of any overlapping spans, the rest dropped, in text order. The
 * longer reading of the same words is the more specific one: "$852 bn" over
 * "852", "Aug. 6, 2025" over "Aug. 6".
 */
export function keepDisjoint<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of byLength) {
    if (span.end <= span.start) continue;
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
