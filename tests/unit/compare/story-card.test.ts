import { describe, expect, it } from 'vitest';
import {
  BEST_SOURCES_OFF_STORY,
  buildItemCard,
  compareItem,
  itemCardSchema,
  pageStoryOf,
  THIS_PAGE_ID,
  type ItemCardInput,
} from '@/lib/compare';

import { CALDER, maraLind, ORWELL, sources, storyOf, view } from './two-strikes';

const withStories = compareItem(view, maraLind, maraLind.label, storyOf);
const withoutStories = compareItem(view, maraLind);

function card(fields: Partial<ItemCardInput> = {}) {
  return buildItemCard({
    entity: maraLind,
    sources,
    passage: (id) => view.passage(id),
    pageSourceId: null,
    comparison: withStories,
    labelOf: (id) => (id === maraLind.id ? maraLind.label : undefined),
    storyOf,
    ...fields,
  });
}

const ids = (list: readonly { source: { id: string } }[]) => list.map((other) => other.source.id);
const storiesIn = (values: readonly { sourceId: string }[]) =>
  new Set(values.map((value) => (value.sourceId === THIS_PAGE_ID ? 'page' : storyOf(value.sourceId)?.id)));

describe('facts set against each other within one story', () => {
  it('without stories, the two strikes’ worker counts are still kept apart by the ports they name (at Calder / at Orwell)', () => {
    const mixed = withoutStories.discrepancies.filter((aligned) => storiesIn(aligned.values).size > 1);
    expect(mixed).toEqual([]);
  });

  it('with stories, no difference or agreement spans two stories', () => {
    for (const aligned of [...withStories.discrepancies, ...withStories.agreements])
      expect(storiesIn(aligned.values).size, aligned.label).toBe(1);
  });

  it('still finds the difference within a story, and the agreement within the other', () => {
    const differ = withStories.discrepancies.map((aligned) => aligned.values.map((v) => v.sourceId).sort());
    expect(differ).toContainEqual(['calder1', 'calder2', 'calder3']);
    const agree = withStories.agreements.map((aligned) => aligned.values.map((v) => v.sourceId).sort());
    expect(agree).toContainEqual(['orwell1', 'orwell2']);
  });

  it('names each source’s story and lists the stories with their sources', () => {
    expect(withStories.sources.map((source) => [source.sourceId, source.storyId])).toEqual([
      ['calder1', CALDER.id],
      ['calder2', CALDER.id],
      ['calder3', CALDER.id],
      ['orwell1', ORWELL.id],
      ['orwell2', ORWELL.id],
    ]);
    expect(withStories.stories).toEqual([
      { ...CALDER, sourceIds: ['calder1', 'calder2', 'calder3'] },
      { ...ORWELL, sourceIds: ['orwell1', 'orwell2'] },
    ]);
    expect(withoutStories.stories).toBeUndefined();
  });
});

describe('pageStoryOf', () => {
  it('takes the story the content script decided, else the story of the corpus article the page is', () => {
    expect(pageStoryOf({ pageStoryId: ORWELL.id, pageSourceId: 'calder1', storyOf })).toBe(ORWELL.id);
    expect(pageStoryOf({ pageStoryId: undefined, pageSourceId: 'calder1', storyOf })).toBe(CALDER.id);
    expect(pageStoryOf({ pageStoryId: null, pageSourceId: 'orwell2', storyOf })).toBe(ORWELL.id);
    expect(pageStoryOf({ pageStoryId: null, pageSourceId: null, storyOf })).toBeNull();
    expect(pageStoryOf({ pageStoryId: undefined, pageSourceId: null, storyOf })).toBeUndefined();
  });
});

describe('buildItemCard with stories', () => {
  it('on a corpus article, lists its own story’s sources first, then the other story’s', () => {
    const result = card({ pageSourceId: 'calder2' });
    expect(result.pageStoryMatch).toBe('story');
    expect(result.pageStory).toEqual(CALDER);
    expect(ids(result.others)).toEqual(['calder1', 'calder3', 'orwell1', 'orwell2']);
    expect(result.others.map((other) => other.storyId)).toEqual([CALDER.id, CALDER.id, ORWELL.id, ORWELL.id]);
    expect(result.stories).toEqual([CALDER, ORWELL]);
    expect(itemCardSchema.safeParse(result).success).toBe(true);
  });

  it('puts the story the content script names first, whatever the corpus order', () => {
    const result = card({ pageStoryId: ORWELL.id });
    expect(ids(result.others).slice(0, 2).sort()).toEqual(['orwell1', 'orwell2']);
    expect(result.stories.map((story) => story.id)).toEqual([ORWELL.id, CALDER.id]);
  });

  it('keeps the page’s story even when no other source of it mentions the item', () => {
    const result = card({
      pageStoryId: ORWELL.id,
      sources: sources.filter((s) => s.id !== 'orwell2'),
      pageSourceId: 'orwell1',
    });
    expect(result.pageStory).toEqual(ORWELL);
    expect(result.others.every((other) => other.storyId === CALDER.id)).toBe(true);
  });

  it('on a page of the Calder story, shows only Calder’s findings', () => {
    const result = card({ pageStoryId: CALDER.id });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings)
      for (const value of finding.values) expect(storyOf(value.sourceId)?.id).toBe(CALDER.id);
  });

  it('sets the page’s own figure against its story’s sources only', () => {
    const pageContext = 'Mara Lind said 2,500 dock workers walked out at the port.';
    const onCalder = card({ pageStoryId: CALDER.id, pageContext }).findings[0];
    expect(onCalder?.status).toBe('differ');
    const others = onCalder?.values.map((value) => value.sourceId).filter((id) => id !== THIS_PAGE_ID);
    expect(onCalder?.values.map((value) => value.sourceId)).toContain(THIS_PAGE_ID);
    for (const id of others ?? []) expect(storyOf(id)).toEqual(CALDER);
    const offStory = card({ pageStoryId: null, pageContext }).findings;
    expect(offStory.flatMap((finding) => finding.values.map((value) => value.sourceId))).not.toContain(
      THIS_PAGE_ID,
    );
  });

  it('on a page of no story, says so and lists the sources closest to the words around the mention', () => {
    const pageContext = 'Mara Lind spoke as the container terminal closed for the day.';
    const result = card({ pageStoryId: null, pageContext });
    expect(result.pageStoryMatch).toBe('none');
    expect(result.pageStory).toBeNull();
    expect(result.others.length).toBeLessThanOrEqual(BEST_SOURCES_OFF_STORY);
    expect(result.others[0]?.source.id).toBe('orwell1');
  });

  it('caps the sources of a page of no story', () => {
    const many = Array.from({ length: BEST_SOURCES_OFF_STORY + 3 }, (_, n) => ({
      ...sources[0]!,
      id: `copy${n}`,
    }));
    const entity = {
      ...maraLind,
      sources: Object.fromEntries(many.map((source) => [source.id, ['calder1#0']])),
    };
    // Findings only: without the comparison's passages the card lists the catalogue's (this entity's copies).
    const { facts, discrepancies, agreements } = withStories;
    const result = card({
      entity,
      sources: many,
      pageStoryId: null,
      comparison: { facts, discrepancies, agreements },
    });
    expect(result.others).toHaveLength(BEST_SOURCES_OFF_STORY);
    expect(result.mentionedByCount).toBe(many.length);
  });

  it('when nobody decided the page’s story, lists every source ungrouped, as before stories', () => {
    const result = card({ pageStoryId: undefined });
    expect(result.pageStoryMatch).toBe('unknown');
    expect(result.others).toHaveLength(sources.length);
  });

  it('ranks a source’s passages by closeness to the words around the mention', () => {
    const without = card({ pageStoryId: CALDER.id }).others.find((o) => o.source.id === 'calder1');
    expect(without?.passages.map((p) => p.id)).not.toContain('calder1#3');
    const pageContext = 'The union says better pay is what its members want, and Mara Lind agrees.';
    const close = card({ pageStoryId: CALDER.id, pageContext }).others.find((o) => o.source.id === 'calder1');
    expect(close?.passages.map((p) => p.id)).toContain('calder1#3');
    // Still shown in article order.
    const order = close?.passages.map((p) => Number(p.id.split('#')[1])) ?? [];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('orders a story’s sources by closeness to the words around the mention', () => {
    const pageContext = 'Mara Lind warned the strike could last a week.';
    expect(ids(card({ pageStoryId: CALDER.id, pageContext }).others)[0]).toBe('calder2');
  });
});
