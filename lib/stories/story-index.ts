import { clusterAverageLink } from './cluster-average-link';
import { ITEM_PREFIX, WORD_PREFIX, type StorySignals } from './story-signals';
import { weighSignals } from './weigh-signals';
import { STORY_DEFAULTS, type StoryOptions } from './story-options';
import type { Story, StoryMatch, StoryScore } from './story-types';

/**
 * Pairs less similar than this are not kept: they count as 0 in a group's
 * mean, which changes no merge decision at any threshold worth using, and the
 * pair table stays proportional to the articles that share vocabulary.
 */
const SIM_FLOOR = 0.02;
const DAY_MS = 86_400_000;

interface Doc {
  id: string;
  signals: StorySignals;
  /** L2-normalised weights, fixed when the article arrives. */
  vector: Map<string, number>;
  day: number | null;
}

interface Group {
  members: string[];
  /** The first member, which names the story. */
  id: string;
  centroid: Map<string, number>;
  /** Its description, valid while the index is at `version` (labels weigh terms by the whole corpus). */
  described: { version: number; story: Story } | null;
}

/** Labels for item ids; the index itself knows only ids. */
export type ItemLabel = (entityId: string) => string | undefined;

/**
 * The corpus' stories, kept current as articles come and go.
 *
 * Articles are TF-IDF vectors over their signals (items, stemmed words,
 * years), each kind weighted by `StoryOptions`. Stories are the average-link
 * clusters of those vectors at `threshold`, computed within each connected
 * component of the graph of pairs at or above the threshold (an average-link
 * merge needs at least one such pair, so this is the same clustering as over
 * the whole corpus). Adding or removing an article re-clusters only the
 * component it touches. A pair's similarity is computed once, when the later
 * of the two arrives, with the document frequencies of that moment, so adding
 * an article and removing it again leaves every story exactly as it was.
 */
export class StoryIndex {
  private readonly options: StoryOptions;
  private readonly itemLabel: ItemLabel;
  private readonly docs = new Map<string, Doc>();
  private readonly df = new Map<string, number>();
  /** Inverted index of article vectors: term → ids. */
  private readonly postings = new Map<string, Set<string>>();
  private readonly sims = new Map<string, Map<string, number>>();
  /** Each article's local scale (see `scaleOf`) and the k-th best cosine it rests on, cached until that changes. */
  private readonly scales = new Map<string, { scale: number; kth: number }>();
  private readonly groupOf = new Map<string, Group>();
  private readonly groups = new Set<Group>();
  /** Story centroids as postings for `match`, rebuilt lazily after a change. */
  private centroidPostings: Map<string, { groups: Group[]; weights: number[] }> | null = null;
  /** Bumped by every change, so labels are worked out afresh when next read. */
  private version = 0;

  constructor(options: Partial<StoryOptions> = {}, itemLabel: ItemLabel = () => undefined) {
    this.options = { ...STORY_DEFAULTS, ...options };
    this.itemLabel = itemLabel;
  }

  /** Every article's stories built at once: frequencies from the whole set, then every pair. */
  static build(
    articles: Iterable<{ id: string; signals: StorySignals }>,
    options: Partial<StoryOptions> = {},
    itemLabel?: ItemLabel,
  ): StoryIndex {
    const index = new StoryIndex(options, itemLabel);
    const list = [...articles].sort((a, b) => compareIds(a.id, b.id));
    const seen = new Set<string>();
    const unique = list.filter((article) => !seen.has(article.id) && seen.add(article.id));
    for (const article of unique) index.count(article.signals, 1);
    for (const article of unique) index.insertDoc(article.id, article.signals, unique.length);
    for (const doc of index.docs.values()) index.linkDoc(doc, (other) => compareIds(other, doc.id) < 0);
    for (const component of index.components(new Set(index.docs.keys()))) index.cluster(component);
    return index;
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds an article (replacing one of the same id) and re-clusters what it touches. */
  add(id: string, signals: StorySignals): void {
    if (this.docs.has(id)) this.remove(id);
    this.version++;
    this.count(signals, 1);
    const doc = this.insertDoc(id, signals, this.docs.size + 1);
    this.linkDoc(doc, (other) => other !== id);
    this.recluster([id, ...this.rescaled(id)]);
  }

  /** Removes an article; its old story is re-clustered without it (and may split). */
  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.version++;
    const neighbours = [...(this.sims.get(id)?.keys() ?? [])];
    const rescaled = this.rescaled(id);
    const mates = this.groupOf.get(id)?.members.filter((member) => member !== id) ?? [];
    this.dropGroupOf(id);
    for (const other of neighbours) this.sims.get(other)?.delete(id);
    this.sims.delete(id);
    this.scales.delete(id);
    for (const term of doc.vector.keys()) {
      const ids = this.postings.get(term);
      ids?.delete(id);
      if (ids?.size === 0) this.postings.delete(term);
    }
    this.docs.delete(id);
    this.count(doc.signals, -1);
    this.recluster([...mates, ...rescaled]);
  }

  /**
   * Re-clusters every component that holds one of `seeds`, after their links
   * changed: the components are grown until they hold whole stories (a story
   * the change split lies in several of them), then each is clustered afresh.
   */
  private recluster(seeds: Iterable<string>): void {
    const ids = new Set<string>([...seeds].filter((id) => this.docs.has(id) || this.groupOf.has(id)));
    for (;;) {
      const before = ids.size;
      for (const id of [...ids]) for (const member of this.groupOf.get(id)?.members ?? []) ids.add(member);
      for (const component of this.components(ids)) for (const member of component) ids.add(member);
      if (ids.size === before) break;
    }
    for (const id of ids) this.dropGroupOf(id);
    for (const component of this.components(ids)) this.cluster(component);
  }

  /**
   * The neighbours of `id` whose local scale its arrival or departure changes:
   * those for which its cosine is (or was) among their k best. Their caches
   * are dropped; everyone else's scale, and so their links, stay as they were.
   */
  private rescaled(id: string): string[] {
    const changed: string[] = [];
    for (const [other, value] of this.sims.get(id) ?? []) {
      const cached = this.scales.get(other);
      // Under the k-th best it neither enters nor leaves the k best, whichever the
      // change; a copy never counts toward the scale.
      if (cached && (value < cached.kth || value >= this.options.copyCosine)) continue;
      this.scales.delete(other);
      changed.push(other);
    }
    return changed;
  }

  /** Every story, ordered by id. */
  stories(): Story[] {
    return [...this.groups].map((group) => this.storyOfGroup(group)).sort((a, b) => compareIds(a.id, b.id));
  }

  /** Every article's signals, by id: what a stories file ships so the index can be rebuilt. */
  articles(): { id: string; signals: StorySignals }[] {
    return [...this.docs.values()]
      .map((doc) => ({ id: doc.id, signals: doc.signals }))
      .sort((a, b) => compareIds(a.id, b.id));
  }

  storyOf(id: string): Story | null {
    const group = this.groupOf.get(id);
    return group ? this.storyOfGroup(group) : null;
  }

  /**
   * The story a page belongs to: cosine between the page's vector (weighted
   * with the corpus' frequencies) and each story's centroid, through an
   * inverted index of the centroids' terms, so only stories sharing a term
   * with the page are visited.
   */
  match(signals: StorySignals): StoryMatch {
    const postings = this.centroids();
    const vector = this.weigh(signals, this.docs.size + 1, 1);
    const scores = new Map<Group, number>();
    for (const [term, weight] of vector) {
      const entry = postings.get(term);
      if (!entry) continue;
      for (let k = 0; k < entry.groups.length; k++) {
        const group = entry.groups[k]!;
        scores.set(group, (scores.get(group) ?? 0) + weight * entry.weights[k]!);
      }
    }
    let top: { group: Group; score: number } | null = null;
    let runnerUp: { group: Group; score: number } | null = null;
    for (const [group, score] of scores) {
      if (!top || score > top.score || (score === top.score && compareIds(group.id, top.group.id) < 0)) {
        runnerUp = top;
        top = { group, score };
      } else if (!runnerUp || score > runnerUp.score) {
        runnerUp = { group, score };
      }
    }
    const scored = (entry: { group: Group; score: number } | null): StoryScore | null =>
      entry ? { story: this.storyOfGroup(entry.group), score: entry.score } : null;
    const best = top && top.score >= this.options.pageThreshold ? scored(top) : null;
    return { best, top: scored(top), runnerUp: scored(runnerUp) };
  }

  /** Cosine between two articles' vectors: what the eval and tests inspect. */
  similarity(a: string, b: string): number {
    return this.sims.get(a)?.get(b) ?? 0;
  }

  /**
   * How strongly two articles are linked: their cosine divided by the
   * geometric mean of their local scales (self-tuning, after Zelnik-Manor and
   * Perona), so "as close as each one's nearest neighbours" counts the same
   * in a story told in many words as in one told in few. Pairs under
   * `minCosine` share too little to be linked whatever their scales.
   */
  private link(a: string, b: string): number {
    const value = this.similarity(a, b);
    if (value < this.options.minCosine) return 0;
    return value / Math.sqrt(this.scaleOf(a) * this.scaleOf(b));
  }

  /**
   * Mean cosine of an article's `scaleNeighbours` nearest neighbours that are
   * not copies of it (`copyCosine`), at least `minScale`.
   */
  private scaleOf(id: string): number {
    const cached = this.scales.get(id);
    if (cached !== undefined) return cached.scale;
    const k = this.options.scaleNeighbours;
    // The k best by insertion into a short sorted list: rows can be long, k is tiny.
    const best: number[] = [];
    for (const value of this.sims.get(id)?.values() ?? []) {
      if (value >= this.options.copyCosine) continue;
      if (best.length === k && value <= best[k - 1]!) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]! < value) at--;
      best.splice(at, 0, value);
      if (best.length > k) best.pop();
    }
    const mean = best.reduce((total, value) => total + value, 0) / k;
    const scale = Math.max(this.options.minScale, mean);
    this.scales.set(id, { scale, kth: best.length === k ? best[k - 1]! : 0 });
    return scale;
  }

  private count(signals: StorySignals, delta: 1 | -1): void {
    for (const term of signals.features.keys()) {
      const next = (this.df.get(term) ?? 0) + delta;
      if (next > 0) this.df.set(term, next);
      else this.df.delete(term);
    }
  }

  /**
   * TF-IDF with sublinear counts, over `total` articles; a page outside the
   * corpus counts itself in every df it has (`self` = 1), as an article does.
   */
  private weigh(signals: StorySignals, total: number, self: 0 | 1): Map<string, number> {
    return weighSignals(signals, (term) => (this.df.get(term) ?? 0) + self, total, this.options);
  }

  /** The article frequencies the vectors are weighed with, and over how many articles. */
  termStatistics(): { total: number; df: ReadonlyMap<string, number> } {
    return { total: this.docs.size, df: this.df };
  }

  /** An article's signals, as it was added. */
  signalsOf(id: string): StorySignals | undefined {
    return this.docs.get(id)?.signals;
  }

  /** An article's weighted vector, as its stories were grouped with it. */
  vectorOf(id: string): ReadonlyMap<string, number> | undefined {
    return this.docs.get(id)?.vector;
  }

  /** Each story's centroid (the terms `match` scores a page against), by story id. */
  storyCentroids(): Map<string, ReadonlyMap<string, number>> {
    return new Map([...this.groups].map((group) => [group.id, group.centroid]));
  }

  private insertDoc(id: string, signals: StorySignals, total: number): Doc {
    const doc: Doc = {
      id,
      signals,
      vector: this.weigh(signals, total, 0),
      day: dayNumber(signals.published),
    };
    this.docs.set(id, doc);
    for (const term of doc.vector.keys()) {
      let ids = this.postings.get(term);
      if (!ids) this.postings.set(term, (ids = new Set()));
      ids.add(id);
    }
    return doc;
  }

  /** Similarities of `doc` to the other articles that pass `include`, through the postings. */
  private linkDoc(doc: Doc, include: (other: string) => boolean): void {
    const dots = new Map<string, number>();
    for (const [term, weight] of doc.vector) {
      for (const other of this.postings.get(term) ?? []) {
        if (other === doc.id || !include(other)) continue;
        const otherWeight = this.docs.get(other)!.vector.get(term)!;
        dots.set(other, (dots.get(other) ?? 0) + weight * otherWeight);
      }
    }
    for (const [other, value] of dots) {
      if (value < SIM_FLOOR || this.datesApart(doc, this.docs.get(other)!)) continue;
      this.setSim(doc.id, other, value);
    }
  }

  private datesApart(a: Doc, b: Doc): boolean {
    return a.day !== null && b.day !== null && Math.abs(a.day - b.day) > this.options.dateGapDays;
  }

  private setSim(a: string, b: string, value: number): void {
    let row = this.sims.get(a);
    if (!row) this.sims.set(a, (row = new Map<string, number>()));
    row.set(b, value);
    let other = this.sims.get(b);
    if (!other) this.sims.set(b, (other = new Map<string, number>()));
    other.set(a, value);
  }

  /** Connected components of `ids` over pairs at or above the threshold. */
  private components(ids: Set<string>): string[][] {
    const seen = new Set<string>();
    const result: string[][] = [];
    for (const start of [...ids].sort(compareIds)) {
      if (seen.has(start) || !this.docs.has(start)) continue;
      const component: string[] = [];
      const stack = [start];
      seen.add(start);
      while (stack.length > 0) {
        const id = stack.pop()!;
        component.push(id);
        for (const other of this.sims.get(id)?.keys() ?? []) {
          if (!seen.has(other) && this.link(id, other) >= this.options.threshold) {
            seen.add(other);
            stack.push(other);
          }
        }
      }
      result.push(component.sort(compareIds));
    }
    return result;
  }

  private cluster(component: string[]): void {
    const clusters = clusterAverageLink(
      component.length,
      (i, j) => this.link(component[i]!, component[j]!),
      this.options.threshold,
    );
    for (const cluster of clusters) this.addGroup(cluster.map((k) => component[k]!));
  }

  private addGroup(members: string[]): void {
    members.sort(compareIds);
    const centroid = this.centroidOf(members);
    const group: Group = { members, id: `s-${members[0]!}`, centroid, described: null };
    this.groups.add(group);
    for (const member of members) this.groupOf.set(member, group);
    this.centroidPostings = null;
  }

  private dropGroupOf(id: string): void {
    const group = this.groupOf.get(id);
    if (!group) return;
    this.groups.delete(group);
    for (const member of group.members) this.groupOf.delete(member);
    this.centroidPostings = null;
  }

  /** Mean of the members' vectors, cut to its strongest terms and normalised. */
  private centroidOf(members: string[]): Map<string, number> {
    const sum = new Map<string, number>();
    for (const member of members) {
      for (const [term, weight] of this.docs.get(member)!.vector)
        sum.set(term, (sum.get(term) ?? 0) + weight);
    }
    const kept = [...sum]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.options.centroidTerms);
    const norm = Math.sqrt(kept.reduce((total, [, weight]) => total + weight * weight, 0));
    return new Map(kept.map(([term, weight]) => [term, norm > 0 ? weight / norm : 0]));
  }

  private centroids(): Map<string, { groups: Group[]; weights: number[] }> {
    if (this.centroidPostings) return this.centroidPostings;
    const postings = new Map<string, { groups: Group[]; weights: number[] }>();
    for (const group of this.groups) {
      for (const [term, weight] of group.centroid) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = { groups: [], weights: [] }));
        entry.groups.push(group);
        entry.weights.push(weight);
      }
    }
    return (this.centroidPostings = postings);
  }

  private storyOfGroup(group: Group): Story {
    if (group.described?.version !== this.version)
      group.described = { version: this.version, story: this.describe(group) };
    return group.described.story;
  }

  /** A story's id, label and date span. */
  private describe({ id, members }: Group): Story {
    const days = members
      .map((member) => this.docs.get(member)!.signals.published)
      .filter((date): date is string => date !== null && dayNumber(date) !== null)
      .sort();
    const from = days[0] ?? null;
    const to = days.at(-1) ?? null;
    const words = this.characteristic(members).slice(0, this.options.labelItems);
    const named = words.length > 0 ? words.join(' · ') : 'Untitled story';
    return {
      id,
      label: from === null ? `${named} (dates unknown)` : named,
      sourceIds: members,
      from,
      to,
    };
  }

  /**
   * Readable terms that best set the story apart: items first (their labels),
   * then words, each scored by the share of members that use it times its
   * rarity in the corpus; a term only one member of a larger story uses is
   * that member's, not the story's.
   */
  private characteristic(members: string[]): string[] {
    const share = new Map<string, number>();
    for (const member of members) {
      for (const term of this.docs.get(member)!.signals.features.keys())
        share.set(term, (share.get(term) ?? 0) + 1);
    }
    const total = this.docs.size;
    const minShare = members.length > 1 ? 2 : 1;
    const ranked = (prefix: string): [string, number][] =>
      [...share]
        .filter(([term, count]) => term.startsWith(prefix) && count >= minShare)
        .map(([term, count]): [string, number] => [
          term,
          (count / members.length) * Math.log(1 + total / (this.df.get(term) ?? 1)),
        ])
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const labels: string[] = [];
    for (const [term] of ranked(ITEM_PREFIX)) {
      const label = this.itemLabel(term.slice(ITEM_PREFIX.length));
      if (label !== undefined && !labels.includes(label)) labels.push(label);
      if (labels.length >= this.options.labelItems) return labels;
    }
    for (const [term] of ranked(WORD_PREFIX)) {
      const surface = this.surfaceOf(members, term);
      if (surface !== undefined && !labels.some((label) => label.toLowerCase().includes(surface)))
        labels.push(surface);
      if (labels.length >= this.options.labelItems) return labels;
    }
    return labels;
  }

  private surfaceOf(members: string[], term: string): string | undefined {
    for (const member of members) {
      const surface = this.docs.get(member)!.signals.surface.get(term);
      if (surface !== undefined) return surface;
    }
    return undefined;
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days since the epoch of an ISO date, or null when it is not one. */
function dayNumber(date: string | null): number | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}/u.test(date)) return null;
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}
