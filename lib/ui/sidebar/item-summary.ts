import type { SourceMeta } from '../../corpus/source-meta';
import { sourceName } from '../source-name';
import { strings } from '../strings';

/** Silent sources named in an item's line before the rest are counted. */
const SILENT_NAMED = 2;

/**
 * One line on a page's item: how many of the sources mention it (the story's
 * when the page has one, else the corpus'), which are silent, and how many of
 * the story's differing findings speak of it.
 */
export function itemSummary(
  counts: Readonly<Record<string, number>>,
  sources: readonly SourceMeta[],
  differing: number,
): string {
  const silent = sources.filter((source) => (counts[source.id] ?? 0) === 0);
  const parts = [strings.briefing.itemSources(sources.length - silent.length, sources.length)];
  if (silent.length > 0) {
    const named = silent.slice(0, SILENT_NAMED).map(sourceName);
    if (silent.length > SILENT_NAMED) named.push(strings.briefing.more(silent.length - SILENT_NAMED));
    parts.push(strings.briefing.itemSilent(named));
  }
  if (differing > 0) parts.push(strings.briefing.itemDiffers(differing));
  return parts.join(' · ');
}
