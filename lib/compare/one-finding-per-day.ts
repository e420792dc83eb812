import type { AlignedFacts } from './comparison-schema';

/**
 * Agreements on one calendar day as one finding, each source's wording once.
 * The engine keeps apart two sentences of one source that name the day (each
 * is set beside the other source's sentence it matches best, so that one
 * sentence never stands for another), but a reader reads "August 6: this
 * page, PolskieNews (Wednesday)" once, not once per sentence.
 */
export function oneFindingPerDay(findings: readonly AlignedFacts[]): AlignedFacts[] {
  const byDay = new Map<string, AlignedFacts>();
  const out: AlignedFacts[] = [];
  for (const finding of findings) {
    const day =
      finding.kind === 'date' && finding.status === 'agree'
        ? (finding.values.find((value) => value.iso !== null)?.iso ?? undefined)
        : undefined;
    const first = day === undefined ? undefined : byDay.get(day);
    if (day === undefined || first === undefined) {
      const copy = { ...finding, values: [...finding.values] };
      if (day !== undefined) byDay.set(day, copy);
      out.push(copy);
      continue;
    }
    for (const value of finding.values)
      if (!first.values.some((known) => known.sourceId === value.sourceId && known.text === value.text))
        first.values.push(value);
  }
  return out;
}
