import { ITEM_PREFIX, WORD_PREFIX, type StorySignals } from './story-signals';
import { STORY_DEFAULTS, type StoryOptions } from './story-options';
import type { ItemLabel, StoryIndex } from './story-index';
import type { Story, StoryMatch, StoryScore } from './story-types';
import { weighSignals } from './weigh-signals';

/**
 * Terms of a story's running sum kept on disk: twice the centroid's, so a term
 * that climbs into the centroid as members join was not cut off before it could.
 */
const SUM_TERMS = 2 * STORY_DEFAULTS.centroidTerms;
/**
 * Terms of an article's vector kept to take it back out of its story's sum
 * when it leaves: its strongest, which carry most of the sum it added (the
 * rest of its weight stays behind, spread thin over terms the story shares).
 */
const MEMBER_TERMS = 40;
const DAY_MS = 86_400_000;
/** Cosine to a story's centroid an article needs to join it (else it founds its own): the one a page needs to be on it. */
const JOIN_THRESHOLD = STORY_DEFAULTS.pageThreshold;

/** One story's reader members and what it is matched by, as stored (a few KB, rewritten when a member joins or leaves). */
export interface KeptStoryRecord {
  /** `s-<founding article id>`, or a bundled story's id when reader articles joined it. */
  id: string;
  members: { id: string; published: string | null }[];
  /** Sum of the members' vectors (a bundled story's centroid, scaled by its size, counts as its members'), cut to its strongest terms. */
  sum: [string, number][];
  /** A readable spelling of the sum's word terms, for the label. */
  surface: [string, string][];
}

/** One reader article's story and what it added to the story's sum, as stored. */
export interface KeptMemberRecord {
  id: string;
  story: string;
  vector: [string, number][];
}

/** What answers for the corpus' stories: the story index or the kept stories. */
export type StoryView = Pick<StoryIndex, 'storyOf' | 'stories' | 'match'>;

/** What a change writes: the records to put and the ids whose records go. */
export interface KeptStoriesChange {
  stories: KeptStoryRecord[];
  removedStories: string[];
  members: KeptMemberRecord[];
  removedMembers: string[];
  /** The reader's article frequency of each term the change touched (0: the term is gone), and the reader's article count. */
  df: Map<string, number>;
  total: number;
}

/** Two changes as one (the later's writes win), for a batch written in one transaction. */
export function mergeKeptChanges(first: KeptStoriesChange, second: KeptStoriesChange): KeptStoriesChange {
  const storyIds = new Set(second.stories.map((story) => story.id));
  const memberIds = new Set(second.members.map((member) => member.id));
  return {
    stories: [
      ...first.stories.filter(
        (story) => !second.removedStories.includes(story.id) && !storyIds.has(story.id),
      ),
      ...second.stories,
    ],
    removedStories: [...first.removedStories.filter((id) => !storyIds.has(id)), ...second.removedStories],
    members: [
      ...first.members.filter(
        (member) => !second.removedMembers.includes(member.id) && !memberIds.has(member.id),
      ),
      ...second.members,
    ],
    removedMembers: [...first.removedMembers.filter((id) => !memberIds.has(id)), ...second.removedMembers],
    df: new Map([...first.df, ...second.df]),
    total: second.total,
  };
}

/** The persisted state a cold start reads: every story record and the reader's term frequencies. */
export interface KeptStoriesState {
  stories: readonly KeptStoryRecord[];
  df: ReadonlyMap<string, number>;
  total: number;
}

interface Live {
  record: KeptStoryRecord;
  centroid: Map<string, number>;
}

function normalised(sum: Iterable<[string, number]>, terms: number): Map<string, number> {
  const kept = [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, terms);
  const norm = Math.sqrt(kept.reduce((total, [, weight]) => total + weight * weight, 0));
  return new Map(kept.map(([term, weight]) => [term, norm > 0 ? weight / norm : 0]));
}

function strongest(vector: Iterable<[string, number]>, terms: number): [string, number][] {
  return [...vector]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, terms);
}

/**
 * The corpus' stories as kept on disk, changed one article at a time without
 * re-clustering: the bundled stories (built at build time, never changed here)
 * plus a record per story of the reader's articles. A new article joins the
 * story whose centroid it matches (`StoryIndex.match`'s cosine and
 * `pageThreshold`, bundled and reader stories alike) or founds its own; a
 * leaving one is subtracted from its story's sum. Unlike the exact
 * average-link clustering of `StoryIndex`, an article never moves once
 * placed, two stories never merge, and a later article cannot pull earlier
 * ones together: DESIGN.md, "Cards and stories at scale", measures what that
 * costs. A cold start reads the story records and the term frequencies,
 * never an article's signals.
 */
export class KeptStories {
  private readonly options: StoryOptions;
  private readonly live = new Map<string, Live>();
  private readonly storyOfMember = new Map<string, string>();
  /** The reader's article frequencies (the bundled ones are the bundled index's). */
  private readonly readerDf: Map<string, number>;
  private readerTotal: number;
  private readonly bundledDf: ReadonlyMap<string, number>;
  private readonly bundledTotal: number;
  private readonly bundledCentroids: Map<string, ReadonlyMap<string, number>>;
  private readonly bundledStories: Map<string, Story>;
  private readonly bundledStoryOf = new Map<string, string>();
  /** Stories as last described, until their record or the labels change (a card asks for many). */
  private readonly described = new Map<string, Story | null>();
  /** Vectors of the members that joined in this worker's life (the others' are in their records). */
  private readonly memberVectors = new Map<string, [string, number][]>();

  constructor(
    bundled: StoryIndex,
    state: KeptStoriesState,
    private itemLabel: ItemLabel = () => undefined,
    options: Partial<StoryOptions> = {},
  ) {
    this.options = { ...STORY_DEFAULTS, ...options };
    const statistics = bundled.termStatistics();
    this.bundledDf = statistics.df;
    this.bundledTotal = statistics.total;
    this.bundledCentroids = bundled.storyCentroids();
    this.bundledStories = new Map(bundled.stories().map((story) => [story.id, story]));
    for (const story of this.bundledStories.values())
      for (const id of story.sourceIds) this.bundledStoryOf.set(id, story.id);
    this.readerDf = new Map(state.df);
    this.readerTotal = state.total;
    for (const record of state.stories) this.put(record);
  }

  /**
   * The kept stories of an exact clustering (`StoryIndex.build` over the
   * bundled articles and the reader's `readerIds`): the re-clustering a bulk
   * import may run off the reader's path. A reader article grouped with a
   * bundled one joins that one's shipped story; the others keep the built
   * story's id.
   */
  static fromIndex(
    bundled: StoryIndex,
    built: StoryIndex,
    readerIds: readonly string[],
    itemLabel?: ItemLabel,
    options: Partial<StoryOptions> = {},
  ): KeptStories {
    const bundledDf = bundled.termStatistics().df;
    const df = new Map<string, number>();
    for (const [term, count] of built.termStatistics().df) {
      const reader = count - (bundledDf.get(term) ?? 0);
      if (reader > 0) df.set(term, reader);
    }
    const kept = new KeptStories(bundled, { stories: [], df, total: readerIds.length }, itemLabel, options);
    const readers = new Set(readerIds);
    const records = new Map<string, KeptStoryRecord>();
    for (const story of built.stories()) {
      const members = story.sourceIds.filter((id) => readers.has(id));
      if (members.length === 0) continue;
      const shipped = story.sourceIds.find((id) => !readers.has(id));
      const id = (shipped === undefined ? undefined : kept.bundledStoryOf.get(shipped)) ?? story.id;
      const record = records.get(id) ?? kept.founded(id);
      const sum = new Map(record.sum);
      const published = new Map<string, string | null>();
      for (const member of members) {
        const vector = built.vectorOf(member) ?? new Map<string, number>();
        for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
        kept.memberVectors.set(member, strongest(vector, MEMBER_TERMS));
        published.set(member, built.signalsOf(member)?.published ?? null);
      }
      const top = strongest(sum, SUM_TERMS);
      const surfaces = new Map(record.surface);
      for (const [term] of top)
        for (const member of members) {
          const spelling = built.signalsOf(member)?.surface.get(term);
          if (spelling !== undefined && !surfaces.has(term)) surfaces.set(term, spelling);
        }
      records.set(id, {
        id,
        members: [
          ...record.members,
          ...members.map((member) => ({ id: member, published: published.get(member) ?? null })),
        ].sort((a, b) => (a.id < b.id ? -1 : 1)),
        sum: top,
        surface: top.flatMap(([term]) => {
          const spelling = surfaces.get(term);
          return spelling === undefined ? [] : [[term, spelling] as [string, string]];
        }),
      });
    }
    for (const record of records.values()) kept.put(record);
    return kept;
  }

  /** Labels items from another catalogue (a change found new items). */
  relabel(itemLabel: ItemLabel): void {
    this.itemLabel = itemLabel;
    this.described.clear();
  }

  /** Every record, as a change that writes them all (a conversion or a rebuild). */
  allRecords(): KeptStoriesChange {
    return {
      stories: [...this.live.values()].map((live) => live.record),
      removedStories: [],
      members: [...this.storyOfMember].map(([id, story]) => ({
        id,
        story,
        vector: this.memberVectors.get(id) ?? [],
      })),
      removedMembers: [],
      df: new Map(this.readerDf),
      total: this.readerTotal,
    };
  }

  /** The reader articles kept, by id. */
  get memberIds(): string[] {
    return [...this.storyOfMember.keys()].sort();
  }

  has(id: string): boolean {
    return this.storyOfMember.has(id) || this.bundledStoryOf.has(id);
  }

  storyOf(id: string): Story | null {
    const storyId = this.storyOfMember.get(id) ?? this.bundledStoryOf.get(id);
    return storyId === undefined ? null : this.story(storyId);
  }

  /** One story, bundled or the reader's, by its id (a card names the page's). */
  storyById(id: string): Story | null {
    return this.story(id);
  }

  /** Every story, by id. */
  stories(): Story[] {
    const ids = new Set([...this.bundledStories.keys(), ...this.live.keys()]);
    return [...ids]
      .sort()
      .map((id) => this.story(id))
      .filter((story): story is Story => story !== null);
  }

  /** The story a page belongs to, as `StoryIndex.match` scores it, over every kept centroid. */
  match(signals: StorySignals): StoryMatch {
    const vector = this.weigh(signals, 1);
    let top: { id: string; score: number } | null = null;
    let runnerUp: { id: string; score: number } | null = null;
    for (const [id, centroid] of this.centroids()) {
      let score = 0;
      for (const [term, weight] of vector) score += weight * (centroid.get(term) ?? 0);
      if (score <= 0) continue;
      if (!top || score > top.score || (score === top.score && id < top.id)) {
        runnerUp = top;
        top = { id, score };
      } else if (!runnerUp || score > runnerUp.score) runnerUp = { id, score };
    }
    const scored = (entry: { id: string; score: number } | null): StoryScore | null => {
      const story = entry && this.story(entry.id);
      return entry && story ? { story, score: entry.score } : null;
    };
    const best = top && top.score >= this.options.pageThreshold ? scored(top) : null;
    return { best, top: scored(top), runnerUp: scored(runnerUp) };
  }

  /** A change that writes nothing, to gather a batch's changes into. */
  unchanged(): KeptStoriesChange {
    return {
      stories: [],
      removedStories: [],
      members: [],
      removedMembers: [],
      df: new Map(),
      total: this.readerTotal,
    };
  }

  /**
   * Places a reader article (replacing one of the same id, whose stored
   * record `stored` is): it joins the story it matches, or founds its own.
   * Returns what to persist.
   */
  join(id: string, signals: StorySignals, stored?: KeptMemberRecord): KeptStoriesChange {
    const change = this.leave(id, stored);
    const vector = this.weigh(signals, 1);
    const best = this.joinable(signals);
    for (const term of signals.features.keys()) {
      const count = (this.readerDf.get(term) ?? 0) + 1;
      this.readerDf.set(term, count);
      change.df.set(term, count);
    }
    change.total = ++this.readerTotal;
    const storyId = best?.id ?? `s-${id}`;
    const record = this.live.get(storyId)?.record ?? this.founded(storyId);
    const sum = new Map(record.sum);
    for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
    const surface = new Map(record.surface);
    for (const [term, spelling] of signals.surface) if (!surface.has(term)) surface.set(term, spelling);
    const kept = strongest(sum, SUM_TERMS);
    const next: KeptStoryRecord = {
      id: storyId,
      members: [...record.members, { id, published: signals.published }].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      ),
      sum: kept,
      surface: kept.flatMap(([term]) => {
        const spelling = surface.get(term);
        return spelling === undefined ? [] : [[term, spelling] as [string, string]];
      }),
    };
    this.put(next);
    const member: KeptMemberRecord = { id, story: storyId, vector: strongest(vector, MEMBER_TERMS) };
    change.stories = change.stories.filter((story) => story.id !== storyId).concat(next);
    change.removedStories = change.removedStories.filter((story) => story !== storyId);
    change.members.push(member);
    change.removedMembers = change.removedMembers.filter((removed) => removed !== id);
    this.memberVectors.set(id, member.vector);
    return change;
  }

  /**
   * Takes a reader article out of its story (the story goes with its last
   * member). `vector`: what it added to the sum, from its member record; the
   * kept ones are used when it joined in this worker's life.
   */
  leave(id: string, stored?: KeptMemberRecord): KeptStoriesChange {
    const change = this.unchanged();
    const storyId = this.storyOfMember.get(id);
    const live = storyId === undefined ? undefined : this.live.get(storyId);
    if (storyId === undefined || !live) return change;
    const vector = stored?.vector ?? this.memberVectors.get(id) ?? [];
    this.storyOfMember.delete(id);
    this.memberVectors.delete(id);
    change.total = this.readerTotal = Math.max(0, this.readerTotal - 1);
    // Only the stored terms' frequencies are known to go; the others stay counted (an upper bound).
    for (const [term] of vector) {
      const next = Math.max(0, (this.readerDf.get(term) ?? 0) - 1);
      if (next > 0) this.readerDf.set(term, next);
      else this.readerDf.delete(term);
      change.df.set(term, next);
    }
    change.removedMembers.push(id);
    const members = live.record.members.filter((member) => member.id !== id);
    if (members.length === 0 && !this.bundledStories.has(storyId)) {
      this.live.delete(storyId);
      this.described.delete(storyId);
      change.removedStories.push(storyId);
      return change;
    }
    const sum = new Map(live.record.sum);
    for (const [term, weight] of vector) {
      const next = (sum.get(term) ?? 0) - weight;
      if (next > 1e-9) sum.set(term, next);
      else sum.delete(term);
    }
    const kept = strongest(sum, SUM_TERMS);
    const terms = new Set(kept.map(([term]) => term));
    const next: KeptStoryRecord = {
      id: storyId,
      members,
      sum: kept,
      surface: live.record.surface.filter(([term]) => terms.has(term)),
    };
    this.put(next);
    change.stories.push(next);
    return change;
  }

  /**
   * The story an article joins: the best-matching one at or above the join
   * threshold among those whose dates are within `dateGapDays` of its own
   * (the exact clustering never links articles further apart).
   */
  private joinable(signals: StorySignals): Story | null {
    const vector = this.weigh(signals, 1);
    const day = dayNumber(signals.published);
    let best: { story: Story; score: number } | null = null;
    for (const [id, centroid] of this.centroids()) {
      let score = 0;
      for (const [term, weight] of vector) score += weight * (centroid.get(term) ?? 0);
      if (score < JOIN_THRESHOLD || (best && score <= best.score)) continue;
      const story = this.story(id);
      if (!story || (day !== null && !this.withinDays(story, day))) continue;
      best = { story, score };
    }
    return best?.story ?? null;
  }

  private withinDays(story: Story, day: number): boolean {
    const from = dayNumber(story.from);
    const to = dayNumber(story.to);
    const gap = this.options.dateGapDays;
    return (from === null || day >= from - gap) && (to === null || day <= to + gap);
  }

  /** A new story's empty record; a bundled story's starts from its centroid, scaled by its members. */
  private founded(storyId: string): KeptStoryRecord {
    const bundled = this.bundledCentroids.get(storyId);
    const size = this.bundledStories.get(storyId)?.sourceIds.length ?? 0;
    return {
      id: storyId,
      members: [],
      sum: bundled ? [...bundled].map(([term, weight]) => [term, weight * size]) : [],
      surface: [],
    };
  }

  private put(record: KeptStoryRecord): void {
    this.described.delete(record.id);
    const previous = this.live.get(record.id);
    for (const member of previous?.record.members ?? []) this.storyOfMember.delete(member.id);
    this.live.set(record.id, { record, centroid: normalised(record.sum, this.options.centroidTerms) });
    for (const member of record.members) this.storyOfMember.set(member.id, record.id);
  }

  private *centroids(): Iterable<[string, ReadonlyMap<string, number>]> {
    for (const [id, centroid] of this.bundledCentroids) if (!this.live.has(id)) yield [id, centroid];
    for (const [id, live] of this.live) yield [id, live.centroid];
  }

  private weigh(signals: StorySignals, self: 0 | 1): Map<string, number> {
    return weighSignals(
      signals,
      (term) => (this.bundledDf.get(term) ?? 0) + (this.readerDf.get(term) ?? 0) + self,
      this.bundledTotal + this.readerTotal + 1,
      this.options,
    );
  }

  private story(id: string): Story | null {
    let story = this.described.get(id);
    if (story === undefined) this.described.set(id, (story = this.describe(id)));
    return story;
  }

  private describe(id: string): Story | null {
    const bundled = this.bundledStories.get(id);
    const live = this.live.get(id);
    if (!live) return bundled ?? null;
    const readers = live.record.members;
    const sourceIds = [...(bundled?.sourceIds ?? []), ...readers.map((member) => member.id)].sort();
    const dates = [
      ...(bundled ? [bundled.from, bundled.to] : []),
      ...readers.map((member) => member.published),
    ]
      .filter((date): date is string => date !== null && /^\d{4}-\d{2}-\d{2}/u.test(date))
      .sort();
    const from = dates[0] ?? null;
    const to = dates.at(-1) ?? null;
    // A bundled story keeps the label the build gave it.
    const label = bundled?.label ?? this.label(live.record, from === null);
    return { id, label, sourceIds, from, to };
  }

  /** Items first (their labels), then words, by their weight in the story's sum. */
  private label(record: KeptStoryRecord, undated: boolean): string {
    const labels: string[] = [];
    const surface = new Map(record.surface);
    for (const [term] of record.sum) {
      if (!term.startsWith(ITEM_PREFIX)) continue;
      const label = this.itemLabel(term.slice(ITEM_PREFIX.length));
      if (label !== undefined && !labels.includes(label)) labels.push(label);
      if (labels.length >= this.options.labelItems) break;
    }
    for (const [term] of record.sum) {
      if (labels.length >= this.options.labelItems) break;
      if (!term.startsWith(WORD_PREFIX)) continue;
      const spelling = surface.get(term);
      if (spelling !== undefined && !labels.some((label) => label.toLowerCase().includes(spelling)))
        labels.push(spelling);
    }
    const named = labels.length > 0 ? labels.join(' · ') : 'Untitled story';
    return undated ? `${named} (dates unknown)` : named;
  }
}

/** Days since the epoch of an ISO date, or null when it is not one. */
function dayNumber(date: string | null): number | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}/u.test(date)) return null;
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}
