import type { SourceMeta } from '../corpus';
import type { Entity } from '../entities';
import { alignFacts } from './align-facts';
import { collectFacts, sourcePassageIds, type CorpusView } from './collect-facts';
import type { AlignedFacts } from './comparison-schema';
import { findingLabel } from './day-label';
import { eventStoryOf } from './event-story-of';
import { oneFindingPerDay } from './one-finding-per-day';
import {
  MAX_BRIEFING_LINES,
  MAX_BRIEFING_SOURCES,
  MAX_BRIEFING_TEXT,
  MAX_FINDING_VALUES,
  MAX_ITEM_NOTES,
  MAX_LINE_PASSAGES,
  MAX_STORY_ITEMS,
  type BriefingFinding,
  type BriefingItemLine,
  type BriefingItemRef,
  type StoryBriefing,
} from './story-briefing-schema';

/**
 * An item counts as "the other sources report it" when at least this many of
 * them do (or all of them, in a story of two): an item one source names in
 * passing is noise, one that several carry is an omission worth seeing.
 */
const MIN_OTHER_SOURCES = 2;

/** The story as the briefing needs it (lib/stories' Story, or any story with these fields). */
export interface BriefedStory {
  id: string;
  label: string;
  sourceIds: readonly string[];
  from: string | null;
  to: string | null;
}

export interface StoryBriefingInput {
  view: CorpusView;
  /** The catalogue's items, with the passages of each source that mention them. */
  entities: readonly Entity[];
  story: BriefedStory;
  /** The corpus article the page is, if it is one. */
  pageSourceId: string | null;
  /** The items highlighted on the page; absent when the briefing is not seen from a page. */
  pageItemIds?: readonly string[] | undefined;
  /** A catalogue item's label, to name a quotation's speaker. */
  labelOf: (entityId: string) => string | undefined;
}

function clip(text: string): string {
  return text.length <= MAX_BRIEFING_TEXT ? text : `${text.slice(0, MAX_BRIEFING_TEXT - 1)}…`;
}

function ref(entity: Entity): BriefingItemRef {
  return { id: entity.id, label: entity.label, kind: entity.kind };
}

function byDate(a: SourceMeta, b: SourceMeta): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The story's sources the view still holds (hidden ones are not in it), earliest first. */
export function storySources(view: CorpusView, sourceIds: readonly string[]): SourceMeta[] {
  const wanted = new Set(sourceIds);
  return view.sources.filter((source) => wanted.has(source.id)).sort(byDate);
}

/** The figures and quotations a story's sources set against each other, worked out once per corpus view. */
const alignedByView = new WeakMap<CorpusView, Map<string, ReturnType<typeof alignFacts>>>();
function storyFacts(view: CorpusView, sources: readonly SourceMeta[]): ReturnType<typeof alignFacts> {
  let byStory = alignedByView.get(view);
  if (!byStory) {
    byStory = new Map();
    alignedByView.set(view, byStory);
  }
  const key = sources.map((source) => source.id).join('\n');
  let aligned = byStory.get(key);
  if (!aligned) {
    const facts = sources.flatMap((source) => collectFacts(view, source, sourcePassageIds(view, source.id)));
    // A story is cut only where its sources' event days leave a gap (an offer, and a week later the deal).
    aligned = alignFacts(
      facts,
      new Set(),
      eventStoryOf(view, () => 'story', sources),
    );
    byStory.set(key, aligned);
  }
  return aligned;
}

/** The items a finding's sentences name, each once per value. */
function itemsOf(view: CorpusView, aligned: AlignedFacts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of aligned.values) {
    for (const entityId of new Set(view.passage(value.passageId)?.entities ?? []))
      counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The item a finding is about: the one most of its sentences name. Dates are
 * passed over: "6 August" says when, not what, and its comparison would be
 * about the day.
 */
function findingItem(
  view: CorpusView,
  aligned: AlignedFacts,
  byId: ReadonlyMap<string, Entity>,
): BriefingItemRef | null {
  let best: { entity: Entity; count: number } | null = null;
  for (const [entityId, count] of itemsOf(view, aligned)) {
    const entity = byId.get(entityId);
    if (!entity || entity.kind === 'date') continue;
    if (!best || count > best.count) best = { entity, count };
  }
  return best ? ref(best.entity) : null;
}

function toFinding(
  view: CorpusView,
  aligned: AlignedFacts,
  byId: ReadonlyMap<string, Entity>,
  labelOf: (entityId: string) => string | undefined,
): BriefingFinding {
  return {
    status: aligned.status,
    label: clip(findingLabel(aligned)),
    item: findingItem(view, aligned, byId),
    values: aligned.values.slice(0, MAX_FINDING_VALUES).map((value) => ({
      sourceId: value.sourceId,
      passageId: value.passageId,
      // A quotation's words are the finding's label already; each source adds only who said it.
      text: value.kind === 'quote' ? '' : value.text,
      speaker:
        value.kind === 'quote' ? ((value.speakerId && labelOf(value.speakerId)) ?? value.speaker) : null,
      sentence: clip(value.sentence),
    })),
  };
}

/** Findings that involve the page first, then those more sources take part in. */
function ranked(list: readonly AlignedFacts[], pageSourceId: string | null): AlignedFacts[] {
  const sourcesIn = (aligned: AlignedFacts) => new Set(aligned.values.map((value) => value.sourceId));
  return list
    .map((aligned, order) => ({ aligned, order, sources: sourcesIn(aligned) }))
    .sort(
      (a, b) =>
        Number(pageSourceId !== null && b.sources.has(pageSourceId)) -
          Number(pageSourceId !== null && a.sources.has(pageSourceId)) ||
        b.sources.size - a.sources.size ||
        a.order - b.order,
    )
    .map(({ aligned }) => aligned);
}

function section<T>(lines: readonly T[]): { lines: T[]; total: number } {
  return { lines: lines.slice(0, MAX_BRIEFING_LINES), total: lines.length };
}

/** An item's line: the sources that report it, and the first passage of each of the first few. */
function itemLine(view: CorpusView, entity: Entity, sources: readonly SourceMeta[]): BriefingItemLine {
  const reporting = sources.filter((source) => (entity.sources[source.id]?.length ?? 0) > 0);
  return {
    item: ref(entity),
    sourceIds: reporting.map((source) => source.id),
    passages: reporting.slice(0, MAX_LINE_PASSAGES).flatMap((source) => {
      const passageId = entity.sources[source.id]?.[0];
      const passage = passageId === undefined ? undefined : view.passage(passageId);
      return passageId !== undefined && passage
        ? [{ id: passageId, sourceId: source.id, text: clip(passage.text) }]
        : [];
    }),
  };
}

function reportingCount(entity: Entity, sources: readonly SourceMeta[]): number {
  return sources.filter((source) => (entity.sources[source.id]?.length ?? 0) > 0).length;
}

function passagesIn(entity: Entity, sources: readonly SourceMeta[]): number {
  return sources.reduce((sum, source) => sum + (entity.sources[source.id]?.length ?? 0), 0);
}

/**
 * What a reader should know about a story before reading on: its sources,
 * the figures and quotations they state differently (who says what), where
 * they agree and, seen from a page, what the other sources report that the
 * page does not and what only the page reports. Items are the catalogue's;
 * findings come from the same fact extraction and alignment as an item's
 * comparison, over every passage of the story's sources.
 */
export function storyBriefing(input: StoryBriefingInput): StoryBriefing {
  const { view, entities, story, pageSourceId, pageItemIds, labelOf } = input;
  const sources = storySources(view, story.sourceIds).slice(0, MAX_BRIEFING_SOURCES);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const { discrepancies, agreements } = storyFacts(view, sources);
  const inStory = entities.filter((entity) => sources.some((source) => entity.sources[source.id]?.length));

  const fromPage = pageSourceId !== null || pageItemIds !== undefined;
  const onPage = new Set(pageItemIds ?? []);
  if (pageSourceId !== null)
    for (const entity of entities) if (entity.sources[pageSourceId]?.length) onPage.add(entity.id);
  const others = sources.filter((source) => source.id !== pageSourceId);
  const needed = Math.min(MIN_OTHER_SOURCES, others.length);
  const othersReporting = (entity: Entity) => reportingCount(entity, others);

  const missingHere = fromPage
    ? inStory
        .filter((entity) => !onPage.has(entity.id) && othersReporting(entity) >= Math.max(1, needed))
        .sort(
          (a, b) =>
            othersReporting(b) - othersReporting(a) ||
            passagesIn(b, others) - passagesIn(a, others) ||
            a.label.localeCompare(b.label),
        )
        .map((entity) => itemLine(view, entity, others))
    : [];
  const pageSource = sources.find((source) => source.id === pageSourceId);
  const onlyHere = fromPage
    ? [...onPage]
        .flatMap((entityId) => {
          const entity = byId.get(entityId);
          return entity && othersReporting(entity) === 0 ? [entity] : [];
        })
        .sort(
          (a, b) =>
            (pageSource ? passagesIn(b, [pageSource]) - passagesIn(a, [pageSource]) : 0) ||
            a.label.localeCompare(b.label),
        )
        .map((entity) => itemLine(view, entity, pageSource ? [pageSource] : []))
    : [];

  const coverage = [...inStory]
    .sort(
      (a, b) =>
        reportingCount(b, sources) - reportingCount(a, sources) ||
        passagesIn(b, sources) - passagesIn(a, sources),
    )
    .slice(0, MAX_STORY_ITEMS)
    .map((entity) => ({
      item: ref(entity),
      counts: Object.fromEntries(
        sources.map((source) => [source.id, entity.sources[source.id]?.length ?? 0]),
      ),
    }));

  const differing = new Map<string, number>();
  for (const aligned of discrepancies)
    for (const entityId of itemsOf(view, aligned).keys())
      differing.set(entityId, (differing.get(entityId) ?? 0) + 1);
  const itemDifferences = [...onPage]
    .flatMap((itemId) => {
      const count = differing.get(itemId) ?? 0;
      return count > 0 ? [{ itemId, count }] : [];
    })
    .slice(0, MAX_ITEM_NOTES);

  return {
    story: { id: story.id, label: story.label, from: story.from, to: story.to },
    sources,
    pageSourceId: pageSource ? pageSource.id : null,
    fromPage,
    differences: section(
      ranked(discrepancies, pageSourceId).map((aligned) => toFinding(view, aligned, byId, labelOf)),
    ),
    agreements: section(
      ranked(oneFindingPerDay(agreements), pageSourceId).map((aligned) =>
        toFinding(view, aligned, byId, labelOf),
      ),
    ),
    missingHere: section(missingHere),
    onlyHere: section(onlyHere),
    coverage,
    itemDifferences,
  };
}
