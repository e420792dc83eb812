import type { SourceMeta } from '../corpus';
import type { FactStoryOf } from './align-facts';
import { compileMatcher, type Entity } from '../entities';
import { cardSummary } from './card-findings';
import { cardClaims, type ClaimsOf } from './claims/card-claims';
import type { ClaimConcepts } from './claims/compare-claims';
import type { Comparison } from './comparison-schema';
import { contentWords } from './content-words';
import { contextCloseness, wordsBesides } from './context-closeness';
import {
  BEST_SOURCES_OFF_STORY,
  PASSAGES_PER_SOURCE,
  type CardSource,
  type ItemCard,
} from './item-card-schema';
import {
  pageStoryOf,
  toStoryRef,
  type PageStoryId,
  type StoryOfSource,
  type StoryRef,
} from './source-stories';

/**
 * How a passage is ranked for the card. A passage that opens with the item is
 * about it rather than in passing; figures and quotations are what readers
 * compare; very short sentences say little. Weights are relative to 1.
 */
const WEIGHTS = {
  itemEarly: 0.6,
  /** "Early" means the first mention starts in the first third of the passage. */
  earlyShare: 1 / 3,
  figure: 0.4,
  quotation: 0.4,
  perOtherItem: 0.15,
  maxOtherItems: 3,
  short: -0.6,
  shortBelowChars: 60,
  /**
   * Closeness to the words around the mention (0–1) counts for more than all
   * the rest together (at most 2.05): the paragraph says what the reader is
   * reading about, and the passage that speaks to it beats a generally good one.
   */
  context: 3,
} as const;

export interface StoredPassage {
  text: string;
  entities: readonly string[];
}

export interface ItemCardInput {
  entity: Entity;
  /** Every source of the corpus, in corpus order. */
  sources: readonly SourceMeta[];
  passage: (id: string) => StoredPassage | undefined;
  /** The page's own source, when the page is a corpus article. */
  pageSourceId: string | null;
  /** The page's words around the mention, when it is not a corpus article: its figures join the findings. */
  pageContext?: string | undefined;
  /**
   * The item's comparison (compareItem), whose differences and agreements
   * become the findings. With its `sources`, the card lists the passages the
   * comparison read (a date item's include those that name its day in other
   * words, "on Wednesday"), so card, sidebar and CLI call the same sources
   * silent; without, the catalogue's literal matches.
   */
  comparison: Pick<Comparison, 'facts' | 'discrepancies' | 'agreements'> &
    Partial<Pick<Comparison, 'sources'>>;
  /** A catalogue item's label, to name a quotation's speaker. */
  labelOf: (entityId: string) => string | undefined;
  /** Each source's story; without it the card does not group by story. */
  storyOf?: StoryOfSource | undefined;
  /** The story the page was matched to (the `item-card` request's); see pageStoryOf. */
  pageStoryId?: PageStoryId;
  /** The key under which claims may be compared (eventStoryOf); the story's id when absent. */
  eventOf?: FactStoryOf | undefined;
  /** The claims read from each passage at build time; without them the card sets no claims side by side. */
  claimsOf?: ClaimsOf | undefined;
  /** The catalogue's concept links, so claims told in other words meet (catalogueConcepts). */
  concepts?: ClaimConcepts | undefined;
}

interface Ranked {
  id: string;
  text: string;
  emphasis: [number, number][];
  order: number;
  score: number;
  closeness: number;
}

/** A source with its ranked passages, and how it sorts among the others. */
interface RankedSource {
  card: CardSource;
  closeness: number;
}

const FIGURE = /\d/u;
const QUOTATION = /["“”]/u;

function rank(
  id: string,
  order: number,
  stored: StoredPassage,
  emphasis: [number, number][],
  closeness: number,
): Ranked {
  const first = emphasis[0]?.[0] ?? stored.text.length;
  const others = Math.min(stored.entities.length - 1, WEIGHTS.maxOtherItems);
  const score =
    1 +
    (first <= stored.text.length * WEIGHTS.earlyShare ? WEIGHTS.itemEarly : 0) +
    (FIGURE.test(stored.text) ? WEIGHTS.figure : 0) +
    (QUOTATION.test(stored.text) ? WEIGHTS.quotation : 0) +
    Math.max(0, others) * WEIGHTS.perOtherItem +
    (stored.text.length < WEIGHTS.shortBelowChars ? WEIGHTS.short : 0) +
    closeness * WEIGHTS.context;
  return { id, text: stored.text, emphasis, order, score, closeness };
}

/** Closest to the words around the mention first, then most mentions. */
function byCloseness(a: RankedSource, b: RankedSource): number {
  return b.closeness - a.closeness || b.card.mentionCount - a.card.mentionCount;
}

/**
 * The page's story's sources first, then each other story's, the story with
 * the closest source first (then the larger story); sources no story holds last.
 */
function groupByStory(ranked: RankedSource[], pageStoryId: string): RankedSource[] {
  const byStory = new Map<string | null, RankedSource[]>();
  for (const source of [...ranked].sort(byCloseness)) {
    const list = byStory.get(source.card.storyId) ?? [];
    list.push(source);
    byStory.set(source.card.storyId, list);
  }
  const rank = (id: string | null): number => (id === pageStoryId ? 0 : id === null ? 2 : 1);
  return [...byStory]
    .sort(
      ([a, listA], [b, listB]) =>
        rank(a) - rank(b) ||
        (listB[0]?.closeness ?? 0) - (listA[0]?.closeness ?? 0) ||
        listB.length - listA.length ||
        String(a).localeCompare(String(b)),
    )
    .flatMap(([, list]) => list);
}

/** The card's sources in the order it shows them, and how the page stands to the stories. */
function arrange(
  ranked: RankedSource[],
  pageStoryId: PageStoryId,
  storyById: ReadonlyMap<string, StoryRef>,
): Pick<ItemCard, 'pageStoryMatch' | 'pageStory' | 'others'> {
  const pageStory = typeof pageStoryId === 'string' ? (storyById.get(pageStoryId) ?? null) : null;
  if (pageStory)
    return {
      pageStoryMatch: 'story',
      pageStory,
      others: groupByStory(ranked, pageStory.id).map((source) => source.card),
    };
  // A story id no visible source reports is as good as none.
  const none = pageStoryId !== undefined;
  const sorted = [...ranked].sort(byCloseness).map((source) => source.card);
  return {
    pageStoryMatch: none ? 'none' : 'unknown',
    pageStory: null,
    others: none ? sorted.slice(0, BEST_SOURCES_OFF_STORY) : sorted,
  };
}

/**
 * What each other source says about an item: its best passages (ranked as
 * above, closeness to the words around the mention first, shown in article
 * order), grouped by story with the page's own story first, the sources that
 * do not mention it, whether the page itself is one of the sources, and the
 * figures and quotations they (and the page) agree or differ on, each set
 * against the others of its own story only.
 */
export function buildItemCard(input: ItemCardInput): ItemCard {
  const { entity, sources, passage, pageSourceId, storyOf } = input;
  const matcher = compileMatcher(
    entity.aliases.map((alias) => ({ ...alias, entityId: entity.id, properNoun: false })),
  );
  const itemWords = new Set(entity.aliases.flatMap((alias) => [...contentWords(alias.text)]));
  const contextWords = input.pageContext ? wordsBesides(input.pageContext, itemWords) : new Set<string>();
  const closenessOf = (text: string): number =>
    contextWords.size === 0 ? 0 : contextCloseness(wordsBesides(text, itemWords), contextWords);
  const compared = input.comparison.sources;
  const idsOf = (sourceId: string): readonly string[] =>
    compared
      ? (compared.find((source) => source.sourceId === sourceId)?.passages.map((p) => p.id) ?? [])
      : (entity.sources[sourceId] ?? []);
  const storyById = new Map<string, StoryRef>();
  const ranked: RankedSource[] = [];
  const silent: SourceMeta[] = [];
  for (const source of sources) {
    const story = storyOf?.(source.id) ?? null;
    if (story) storyById.set(story.id, toStoryRef(story));
    if (source.id === pageSourceId) continue;
    const ids = idsOf(source.id);
    const passages = ids.flatMap((id, order) => {
      const stored = passage(id);
      if (!stored) return [];
      const emphasis = matcher.findAll(stored.text).map((m): [number, number] => [m.start, m.end]);
      return [rank(id, order, stored, emphasis, closenessOf(stored.text))];
    });
    if (passages.length === 0) {
      silent.push(source);
      continue;
    }
    const best = [...passages]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, PASSAGES_PER_SOURCE)
      .sort((a, b) => a.order - b.order);
    ranked.push({
      card: {
        source,
        passages: best.map(({ id, text, emphasis }) => ({ id, text, emphasis })),
        mentionCount: passages.length,
        storyId: story?.id ?? null,
      },
      closeness: Math.max(...best.map((p) => p.closeness)),
    });
  }
  const pageStoryId = storyOf
    ? pageStoryOf({ pageStoryId: input.pageStoryId, pageSourceId, storyOf })
    : undefined;
  const arranged = arrange(ranked, pageStoryId, storyById);
  const storyIds = new Set(arranged.others.flatMap((other) => (other.storyId ? [other.storyId] : [])));
  const pageSource = sources.find((source) => source.id === pageSourceId) ?? null;
  const claims =
    input.claimsOf &&
    cardClaims({
      entity,
      sourceIds: sources.map((source) => source.id),
      claimsOf: input.claimsOf,
      concepts: input.concepts,
      storyOf,
      eventOf: input.eventOf,
      pageStoryId: arranged.pageStory?.id ?? (arranged.pageStoryMatch === 'none' ? null : undefined),
      pageSourceId,
    });
  return {
    item: { id: entity.id, label: entity.label, kind: entity.kind },
    sourceCount: sources.length,
    mentionedByCount: sources.filter((source) => idsOf(source.id).length > 0).length,
    pageSource,
    ...arranged,
    stories: [...storyIds].flatMap((id) => storyById.get(id) ?? []),
    silent,
    ...cardSummary(input.comparison, {
      sources,
      pageSourceId,
      pageContext: input.pageContext,
      labelOf: input.labelOf,
      ...(storyOf && {
        storyOf,
        pageStoryId: arranged.pageStory?.id ?? (arranged.pageStoryMatch === 'none' ? null : undefined),
      }),
    }),
    ...(claims && { claims }),
  };
}
