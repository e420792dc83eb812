import type { SourceMeta } from '../../corpus/source-meta';

export interface SourceFilter {
  /** Words that must all appear in the title, outlet, author or address (case ignored). */
  query: string;
  /** An outlet's exact name; empty for every outlet. */
  outlet: string;
  /** ISO days, inclusive; empty for open. A source without a date passes only an open range. */
  from: string;
  to: string;
  /** A story's id (the background's stories list); empty for every story and none. */
  story: string;
}

export const NO_FILTER: SourceFilter = { query: '', outlet: '', from: '', to: '', story: '' };

/** A story as the filter reads it: its id and the sources it lists. */
export interface StoryMembers {
  id: string;
  sources: readonly { id: string }[];
}

/** The sources that pass the corpus manager's search and filters, in their order. */
export function filterSources(
  sources: readonly SourceMeta[],
  filter: SourceFilter,
  stories: readonly StoryMembers[] = [],
): SourceMeta[] {
  const words = filter.query.toLowerCase().split(/\s+/u).filter(Boolean);
  const story = filter.story === '' ? null : stories.find((candidate) => candidate.id === filter.story);
  // A story that is gone (the list changed) matches nothing rather than everything.
  const members = story === null ? null : new Set(story?.sources.map((source) => source.id) ?? []);
  return sources.filter((source) => {
    if (members !== null && !members.has(source.id)) return false;
    if (filter.outlet !== '' && source.outlet !== filter.outlet) return false;
    if (filter.from !== '' || filter.to !== '') {
      if (source.published === null) return false;
      if (filter.from !== '' && source.published < filter.from) return false;
      if (filter.to !== '' && source.published > filter.to) return false;
    }
    const haystack = [source.title, source.outlet, source.author, source.url, source.lead]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The sources published before `day` (ISO); a source without a date is never "older". */
export function publishedBefore(sources: readonly SourceMeta[], day: string): SourceMeta[] {
  return sources.filter((source) => source.published !== null && source.published < day);
}

/** The outlets among the sources, sorted, each once. */
export function outletsOf(sources: readonly SourceMeta[]): string[] {
  return [...new Set(sources.flatMap((source) => (source.outlet === null ? [] : [source.outlet])))].sort();
}

/** The stories that hold at least one of `sources`, in the list's order. */
export function storiesOf<Story extends StoryMembers>(
  sources: readonly SourceMeta[],
  stories: readonly Story[],
): Story[] {
  const ids = new Set(sources.map((source) => source.id));
  return stories.filter((story) => story.sources.some((source) => ids.has(source.id)));
}
