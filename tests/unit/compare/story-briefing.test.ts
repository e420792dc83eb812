import { describe, expect, it } from 'vitest';
import {
  MAX_BRIEFING_LINES,
  storyBriefing,
  storyBriefingSchema,
  storySummaries,
  storySummarySchema,
  type BriefedStory,
  type CorpusView,
  type StoryBriefing,
} from '@/lib/compare';
import type { SourceMeta } from '@/lib/corpus';
import { compileMatcher, type Entity, type EntityKind } from '@/lib/entities';

/**
 * Two made-up stories in one city: a dock strike reported by three outlets
 * (h1–h3) and a flood a month later (f1). They share Port Elm, Mara Quist and
 * Leo Brandt, so an item alone says nothing of which story a source tells.
 * Planted: h2 counts 3,000 strikers where h1 and h3 count 1,200; h1 and h2
 * quote Mara Quist alike; the Harbour Board is named by h1 and h2 only;
 * customs officers by h2 only; Leo Brandt, in the strike, by h3 only.
 */
const ARTICLES: Record<string, { published: string; outlet: string; sentences: string[] }> = {
  h1: {
    published: '2031-04-14',
    outlet: 'Elm Herald',
    sentences: [
      'Dock workers at Port Elm walked out on Monday morning.',
      'The union said 1,200 dock workers joined the strike at Port Elm.',
      'Mara Quist said the talks were “a step towards a fair deal” for the harbour.',
      'The Harbour Board said it would meet the union on Friday.',
    ],
  },
  h2: {
    published: '2031-04-15',
    outlet: 'Coast Post',
    sentences: [
      'About 3,000 dock workers joined the strike at Port Elm, the union said.',
      'Mara Quist called the talks “a step towards a fair deal” for the harbour.',
      'The Harbour Board declined to comment.',
      'Customs officers checked the cargo left on the quay.',
    ],
  },
  h3: {
    published: '2031-04-15',
    outlet: 'Wire Service',
    sentences: [
      'The strike at Port Elm halted every cargo ship.',
      'The union said 1,200 dock workers joined the strike on Monday.',
      'Leo Brandt, the mayor, urged calm on the quay.',
    ],
  },
  f1: {
    published: '2031-05-20',
    outlet: 'Elm Herald',
    sentences: [
      'Floods at Port Elm forced 300 families from their homes.',
      'Mara Quist visited the shelters with Leo Brandt.',
      'The flood barrier failed overnight.',
    ],
  },
};

const ITEMS: { id: string; label: string; kind: EntityKind; alias: string }[] = [
  { id: 'port-elm', label: 'Port Elm', kind: 'place', alias: 'Port Elm' },
  { id: 'mara-quist', label: 'Mara Quist', kind: 'person', alias: 'Mara Quist' },
  { id: 'leo-brandt', label: 'Leo Brandt', kind: 'person', alias: 'Leo Brandt' },
  { id: 'harbour-board', label: 'Harbour Board', kind: 'organisation', alias: 'Harbour Board' },
  { id: 'customs-officers', label: 'customs officers', kind: 'topic', alias: 'customs officers' },
  { id: 'flood-barrier', label: 'flood barrier', kind: 'topic', alias: 'flood barrier' },
];

const STRIKE: BriefedStory = {
  id: 's-h1',
  label: 'Port Elm · Harbour Board',
  sourceIds: ['h1', 'h2', 'h3'],
  from: '2031-04-14',
  to: '2031-04-15',
};
const FLOOD: BriefedStory = {
  id: 's-f1',
  label: 'flood barrier',
  sourceIds: ['f1'],
  from: '2031-05-20',
  to: '2031-05-20',
};

function meta(id: string, outlet: string, published: string): SourceMeta {
  return {
    id,
    outlet,
    title: null,
    lead: null,
    author: null,
    published,
    publishedApproximate: false,
    url: null,
  };
}

/** The corpus as the engine sees it, items located in each sentence by the real matcher; `hidden` sources left out. */
function corpus(hidden: readonly string[] = []): { view: CorpusView; entities: Entity[] } {
  const matcher = compileMatcher(
    ITEMS.map((item) => ({ text: item.alias, entityId: item.id, caseSensitive: false, properNoun: false })),
  );
  const passages = new Map<string, { text: string; entities: string[] }>();
  const entities: Entity[] = ITEMS.map((item) => ({
    id: item.id,
    label: item.label,
    kind: item.kind,
    aliases: [{ text: item.alias, caseSensitive: false }],
    sources: {},
    mentions: 0,
  }));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const visible = Object.entries(ARTICLES).filter(([id]) => !hidden.includes(id));
  for (const [sourceId, article] of visible) {
    article.sentences.forEach((text, index) => {
      const passageId = `${sourceId}#${index}`;
      const found = [...new Set(matcher.findAll(text).map((mention) => mention.entityId))];
      passages.set(passageId, { text, entities: found });
      for (const entityId of found) {
        const entity = byId.get(entityId);
        if (!entity) continue;
        (entity.sources[sourceId] ??= []).push(passageId);
        entity.mentions++;
      }
    });
  }
  const kinds = new Map(ITEMS.map((item) => [item.id, item.kind]));
  return {
    view: {
      sources: visible.map(([id, article]) => meta(id, article.outlet, article.published)),
      passage: (id) => passages.get(id),
      matcher,
      kindOf: (id) => kinds.get(id),
    },
    entities: entities.filter((entity) => Object.keys(entity.sources).length > 0),
  };
}

function brief(
  options: {
    pageSourceId?: string | null;
    pageItemIds?: string[];
    hidden?: string[];
    story?: BriefedStory;
  } = {},
): StoryBriefing {
  const { view, entities } = corpus(options.hidden);
  const labels = new Map(ITEMS.map((item) => [item.id, item.label]));
  return storyBriefing({
    view,
    entities,
    story: options.story ?? STRIKE,
    pageSourceId: options.pageSourceId ?? null,
    pageItemIds: options.pageItemIds,
    labelOf: (id) => labels.get(id),
  });
}

const itemIds = (section: StoryBriefing['missingHere']) => section.lines.map((line) => line.item.id);
const sourcesOf = (briefing: StoryBriefing) =>
  [...briefing.differences.lines, ...briefing.agreements.lines].flatMap((finding) =>
    finding.values.map((value) => value.sourceId),
  );

describe('storyBriefing seen from a page that is one of the story’s sources', () => {
  const briefing = brief({ pageSourceId: 'h3' });

  it('lists the story’s sources, earliest first, and no source of the other story', () => {
    expect(briefing.sources.map((source) => source.id)).toEqual(['h1', 'h2', 'h3']);
    expect(briefing.pageSourceId).toBe('h3');
    expect(briefing.fromPage).toBe(true);
    expect(sourcesOf(briefing)).not.toContain('f1');
  });

  it('says who counts what where the sources differ, the finding about the page first', () => {
    const [first] = briefing.differences.lines;
    expect(first?.status).toBe('differ');
    const said = Object.fromEntries(first?.values.map((value) => [value.sourceId, value.text]) ?? []);
    expect(said).toMatchObject({
      h2: expect.stringContaining('3,000'),
      h3: expect.stringContaining('1,200'),
    });
    // Each value leads to its sentence.
    for (const value of first?.values ?? [])
      expect(ARTICLES[value.sourceId]?.sentences).toContain(value.sentence);
    expect(first?.item?.id).toBe('port-elm');
  });

  it('finds the quotation two sources give alike, with its speaker', () => {
    const quote = briefing.agreements.lines.find((finding) => finding.label.includes('fair deal'));
    expect(quote?.values.map((value) => [value.sourceId, value.speaker])).toEqual([
      ['h1', 'Mara Quist'],
      ['h2', 'Mara Quist'],
    ]);
  });

  it('labels a day two sources date alike by the day, not by a word their sentences share', () => {
    const day = briefing.agreements.lines.find((finding) =>
      finding.values.some((value) => /Monday/u.test(value.text)),
    );
    expect(day?.label).toBe('April 14');
  });

  it('“others report, this page does not”: items at least two other sources name and the page does not', () => {
    expect(itemIds(briefing.missingHere)).toEqual(['harbour-board', 'mara-quist']);
    const board = briefing.missingHere.lines.find((line) => line.item.id === 'harbour-board');
    expect(board?.sourceIds).toEqual(['h1', 'h2']);
    expect(board?.passages.map((passage) => passage.id)).toEqual(['h1#3', 'h2#2']);
  });

  it('leaves out an item only one other source names in passing', () => {
    expect(itemIds(briefing.missingHere)).not.toContain('customs-officers');
  });

  it('“only this page reports”: the page’s items no other source of the story names, even when another story does', () => {
    expect(itemIds(briefing.onlyHere)).toEqual(['leo-brandt']);
    expect(briefing.onlyHere.lines[0]?.passages.map((passage) => passage.id)).toEqual(['h3#2']);
  });

  it('counts for each of the page’s items the differing findings that speak of it', () => {
    expect(briefing.itemDifferences).toContainEqual({ itemId: 'port-elm', count: 1 });
    expect(briefing.itemDifferences.map((note) => note.itemId)).not.toContain('leo-brandt');
  });

  it('holds the story’s items × sources, the most widely reported first', () => {
    expect(briefing.coverage[0]?.item.id).toBe('port-elm');
    expect(briefing.coverage[0]?.counts).toEqual({ h1: 2, h2: 1, h3: 1 });
    expect(briefing.coverage.map((row) => row.item.id)).not.toContain('flood-barrier');
  });

  it('parses under its bounded schema', () => {
    expect(storyBriefingSchema.safeParse(briefing).success).toBe(true);
  });
});

describe('storyBriefing in other situations', () => {
  it('seen from another source’s page, the page’s gaps change with it', () => {
    const briefing = brief({ pageSourceId: 'h2' });
    expect(itemIds(briefing.missingHere)).toEqual([]);
    expect(itemIds(briefing.onlyHere)).toEqual(['customs-officers']);
  });

  it('from a page that is not a corpus article, works from the items highlighted on it', () => {
    const briefing = brief({ pageItemIds: ['port-elm', 'flood-barrier'] });
    expect(briefing.pageSourceId).toBeNull();
    expect(briefing.fromPage).toBe(true);
    expect(itemIds(briefing.missingHere)).toEqual(['harbour-board', 'mara-quist']);
    // No source of the strike names the flood barrier; the page has no passage in the corpus.
    expect(briefing.onlyHere.lines).toEqual([
      { item: { id: 'flood-barrier', label: 'flood barrier', kind: 'topic' }, sourceIds: [], passages: [] },
    ]);
  });

  it('not seen from a page (a story opened from the list), says nothing of a page', () => {
    const briefing = brief();
    expect(briefing.fromPage).toBe(false);
    expect(briefing.missingHere).toEqual({ lines: [], total: 0 });
    expect(briefing.onlyHere).toEqual({ lines: [], total: 0 });
    expect(briefing.differences.total).toBeGreaterThan(0);
  });

  it('leaves a hidden source out of the sources and the findings', () => {
    const briefing = brief({ pageSourceId: 'h3', hidden: ['h2'] });
    expect(briefing.sources.map((source) => source.id)).toEqual(['h1', 'h3']);
    expect(sourcesOf(briefing)).not.toContain('h2');
    expect(briefing.differences.total).toBe(0);
  });

  it('a story of one source briefs without findings and does not throw', () => {
    const briefing = brief({ story: FLOOD, pageSourceId: 'f1' });
    expect(briefing.sources.map((source) => source.id)).toEqual(['f1']);
    expect(briefing.differences.total + briefing.agreements.total).toBe(0);
    expect(itemIds(briefing.onlyHere).sort()).toEqual([
      'flood-barrier',
      'leo-brandt',
      'mara-quist',
      'port-elm',
    ]);
    expect(storyBriefingSchema.safeParse(briefing).success).toBe(true);
  });

  it('caps every section and keeps the count before the cap', () => {
    const many = Array.from({ length: MAX_BRIEFING_LINES + 5 }, (_, index) => `item-${index}`);
    const briefing = brief({ pageItemIds: many });
    // Unknown ids are not items of the corpus: they are neither listed nor counted.
    expect(briefing.onlyHere.total).toBe(0);
    const { view, entities } = corpus();
    const extra: Entity[] = many.map((id) => ({
      id,
      label: id,
      kind: 'topic',
      aliases: [{ text: id, caseSensitive: false }],
      sources: { h1: ['h1#0'], h2: ['h2#0'] },
      mentions: 2,
    }));
    const capped = storyBriefing({
      view,
      entities: [...entities, ...extra],
      story: STRIKE,
      pageSourceId: 'h3',
      labelOf: () => undefined,
    });
    expect(capped.missingHere.lines).toHaveLength(MAX_BRIEFING_LINES);
    expect(capped.missingHere.total).toBe(many.length + 2);
    expect(storyBriefingSchema.safeParse(capped).success).toBe(true);
  });
});

describe('storySummaries', () => {
  it('lists both stories, latest first, with their sources, dates and characteristic items', () => {
    const { view, entities } = corpus();
    const summaries = storySummaries(view, entities, [STRIKE, FLOOD]);
    expect(summaries.map((story) => [story.id, story.sources.map((source) => source.id)])).toEqual([
      ['s-f1', ['f1']],
      ['s-h1', ['h1', 'h2', 'h3']],
    ]);
    const strike = summaries[1];
    // Named by two of three sources and by no other story: the strike's own; Port Elm is everywhere.
    expect(strike?.items[0]?.id).toBe('harbour-board');
    expect(strike?.items.map((item) => item.id)).not.toContain('customs-officers');
    for (const summary of summaries) expect(storySummarySchema.safeParse(summary).success).toBe(true);
  });

  it('leaves out a story whose sources are all hidden', () => {
    const { view, entities } = corpus(['f1']);
    expect(storySummaries(view, entities, [STRIKE, FLOOD]).map((story) => story.id)).toEqual(['s-h1']);
  });
});
