import type { Entity } from '../entities';
import { alignFacts, quoteKey } from './align-facts';
import { collectFacts, sourcePassageIds, type CorpusView } from './collect-facts';
import type { Comparison, SourcedFact } from './comparison-schema';
import { contentWords } from './content-words';
import { differentTimeSources } from './different-time';
import { eventStoryOf } from './event-story-of';
import { findFacets } from './find-facets';
import { itemPassages } from './item-passages';
import { toStoryRef, type StoryOfSource } from './source-stories';

/**
 * The item's quotations as other passages carry them: a quote put in another
 * speaker's mouth is, by definition, not in the passages about the first.
 */
function quotesElsewhere(
  view: CorpusView,
  facts: readonly SourcedFact[],
  passageIds: ReadonlySet<string>,
): SourcedFact[] {
  const keys = new Set(facts.filter((fact) => fact.kind === 'quote').map((fact) => quoteKey(fact.quote)));
  if (keys.size === 0) return [];
  return corpusQuotes(view).filter(
    (fact) => keys.has(quoteKey(fact.quote)) && !passageIds.has(fact.passageId),
  );
}

/** Every quotation in the corpus, read once per loaded corpus. */
const quotesByView = new WeakMap<CorpusView, SourcedFact[]>();
function corpusQuotes(view: CorpusView): SourcedFact[] {
  let quotes = quotesByView.get(view);
  if (!quotes) {
    quotes = view.sources
      .flatMap((source) => collectFacts(view, source, sourcePassageIds(view, source.id)))
      .filter((fact) => fact.kind === 'quote');
    quotesByView.set(view, quotes);
  }
  return quotes;
}

/** What a comparison is about: an item, or the passages a free-text query found. */
export interface ComparisonSubject {
  query: string;
  item: Comparison['item'];
  /** Source id → its passages about the subject, in article order. */
  passages: Readonly<Record<string, readonly string[]>>;
  /** Words of the subject itself, left out when grouping passages into facets. */
  words: ReadonlySet<string>;
}

/** Story ids of the sources, for alignFacts: the story decides what may be set against what. */
export function factStoryOf(storyOf: StoryOfSource): (sourceId: string) => string | null {
  return (sourceId) => storyOf(sourceId)?.id ?? null;
}

/** The stories of the given sources, in order of first appearance, each with its sources among them. */
function storiesOf(sources: readonly { id: string }[], storyOf: StoryOfSource): Comparison['stories'] {
  const stories = new Map<string, NonNullable<Comparison['stories']>[number]>();
  for (const source of sources) {
    const story = storyOf(source.id);
    if (!story) continue;
    const entry = stories.get(story.id);
    if (entry) entry.sourceIds.push(source.id);
    else stories.set(story.id, { ...toStoryRef(story), sourceIds: [source.id] });
  }
  return [...stories.values()];
}

/**
 * How the sources report one subject: each source's passages about it, the
 * facts they state, which figures and quotations agree or differ, the
 * aspects several sources speak to, and who is silent. With the sources'
 * stories, facts are set against each other only within a story, and the
 * comparison names each source's story; without, a source dated far from the
 * others (differentTimeSources) stands in for "another event".
 */
export function compareSubject(
  view: CorpusView,
  subject: ComparisonSubject,
  storyOf?: StoryOfSource,
): Comparison {
  const later = storyOf ? new Set<string>() : differentTimeSources(view.sources);
  const of = (sourceId: string): readonly string[] => subject.passages[sourceId] ?? [];
  const passageIds = new Set(Object.values(subject.passages).flat());
  const facts = view.sources.flatMap((source) => collectFacts(view, source, of(source.id)));
  const { discrepancies, agreements } = alignFacts(
    [...facts, ...quotesElsewhere(view, facts, passageIds)],
    later,
    storyOf && eventStoryOf(view, factStoryOf(storyOf)),
  );
  const passages = view.sources.flatMap((source) =>
    of(source.id).map((id) => ({ id, sourceId: source.id, text: view.passage(id)?.text ?? '' })),
  );
  return {
    query: subject.query,
    item: subject.item,
    sources: view.sources
      .filter((source) => of(source.id).length > 0)
      .map((source) => ({
        sourceId: source.id,
        outlet: source.outlet,
        title: source.title,
        ...(source.lead ? { lead: source.lead } : {}),
        published: source.published,
        differentTime: later.has(source.id),
        ...(storyOf ? { storyId: storyOf(source.id)?.id ?? null } : {}),
        passages: passages.filter((p) => p.sourceId === source.id).map(({ id, text }) => ({ id, text })),
      })),
    silent: view.sources.filter((source) => of(source.id).length === 0).map((source) => source.id),
    facts,
    discrepancies,
    agreements,
    facets: findFacets(passages, subject.words),
    ...(storyOf ? { stories: storiesOf(view.sources, storyOf) } : {}),
  };
}

export function compareItem(
  view: CorpusView,
  entity: Entity,
  query = entity.label,
  storyOf?: StoryOfSource,
): Comparison {
  return compareSubject(
    view,
    {
      query,
      item: { id: entity.id, label: entity.label, kind: entity.kind },
      passages: itemPassages(view, entity),
      words: new Set(entity.aliases.flatMap((alias) => [...contentWords(alias.text)])),
    },
    storyOf,
  );
}

/** Every figure and quotation the corpus's sources set against each other, whatever the item. */
export function compareCorpus(
  view: CorpusView,
  storyOf?: StoryOfSource,
): Pick<Comparison, 'facts' | 'discrepancies' | 'agreements'> {
  const facts = view.sources.flatMap((source) =>
    collectFacts(view, source, sourcePassageIds(view, source.id)),
  );
  return storyOf
    ? { facts, ...alignFacts(facts, new Set(), eventStoryOf(view, factStoryOf(storyOf))) }
    : { facts, ...alignFacts(facts, differentTimeSources(view.sources)) };
}
