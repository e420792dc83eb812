import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '@/lib/corpus/source-meta';
import { filterSources, NO_FILTER, storiesOf } from '@/lib/ui/options/filter-sources';

const meta = (id: string, outlet: string | null = null): SourceMeta => ({
  id,
  outlet,
  title: null,
  author: null,
  published: '2025-08-06',
  publishedApproximate: false,
  url: null,
});
const SOURCES = [meta('yours-a', 'Fox News'), meta('yours-b', 'HuffPost'), meta('yours-c', 'Fox News')];
const STORIES = [
  { id: 'story-1', sources: [{ id: 'yours-a' }, { id: 'seed-000' }, { id: 'yours-b' }] },
  { id: 'story-2', sources: [{ id: 'seed-001' }] },
];

describe('the corpus manager’s story filter', () => {
  it('shows only the sources the chosen story lists, with the other filters still applied', () => {
    const ids = (filter: typeof NO_FILTER): string[] =>
      filterSources(SOURCES, filter, STORIES).map((source) => source.id);
    expect(ids({ ...NO_FILTER, story: 'story-1' })).toEqual(['yours-a', 'yours-b']);
    expect(ids({ ...NO_FILTER, story: 'story-1', outlet: 'Fox News' })).toEqual(['yours-a']);
    expect(ids(NO_FILTER)).toEqual(['yours-a', 'yours-b', 'yours-c']);
  });

  it('matches nothing when the chosen story is gone from the list', () => {
    expect(filterSources(SOURCES, { ...NO_FILTER, story: 'story-9' }, STORIES)).toEqual([]);
  });

  it('offers only the stories that hold one of the reader’s sources', () => {
    expect(storiesOf(SOURCES, STORIES).map((story) => story.id)).toEqual(['story-1']);
  });
});
