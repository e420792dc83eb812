import type { Alias, EntityKind } from '../entities/catalogue-schema';
import { phraseKey, type PhraseCount, type PhraseKind } from './find-named-phrases';

/**
 * Which would-be items of the reader's articles become items. Mirrors the
 * build's KEEP rule in spirit: a name two sources mention, or one a single
 * source repeats (a lone word needs more, as it is more often a stray
 * capital). Depends only on the counts, never on the order articles were
 * added in, so adding and removing in any order gives what a rebuild gives.
 */
export const KEEP_NEW = {
  /** Mentioned by this many of the reader's sources. */
  sources: 2,
  /** …or repeated this often in one (multi-word names). */
  multiWordMentions: 2,
  /** …or this often (one-word names). */
  oneWordMentions: 3,
} as const;

/** Kinds in the order that wins a tie of votes. */
const KIND_ORDER: readonly PhraseKind[] = ['person', 'organisation', 'place'];

export interface NewItem {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: Alias[];
}

/** One phrase key's counts over every source that has it. */
interface Pooled {
  count: number;
  sources: Set<string>;
  labels: Map<string, number>;
  votes: Map<PhraseKind, number>;
  /** Sources that wrote it as an acronym (then its aliases match case-sensitively). */
  acronyms: number;
  /** Sources where it was more than a sentence's opening capital. */
  notOpening: number;
}

/** A phrase key with the lone surname joined to it, as an item is decided from. */
interface Candidate {
  key: string;
  keys: string[];
  entries: Pooled[];
}

const wordsOf = (key: string): number => key.split('-').length;
const lastWordOf = (key: string): string => key.slice(key.lastIndexOf('-') + 1);

function addCounts<K>(into: Map<K, number>, from: Iterable<[K, number]>, sign: 1 | -1): void {
  for (const [key, n] of from) {
    const next = (into.get(key) ?? 0) + sign * n;
    if (next === 0) into.delete(key);
    else into.set(key, next);
  }
}

function kindOf(votes: ReadonlyMap<PhraseKind, number>, words: number): EntityKind {
  let best: PhraseKind | null = null;
  for (const kind of KIND_ORDER)
    if ((votes.get(kind) ?? 0) > (best === null ? 0 : (votes.get(best) ?? 0))) best = kind;
  // Without evidence: a run of capitalised words is most often a person's name, a lone word a place.
  return best ?? (words > 1 ? 'person' : 'place');
}

function bestLabel(labels: ReadonlyMap<string, number>, key: string): string {
  let best = '';
  let bestCount = -1;
  for (const [label, n] of [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (phraseKey(label) === key && n > bestCount) {
      best = label;
      bestCount = n;
    }
  return best;
}

/**
 * The reader's would-be items pooled over their sources, kept as sources come
 * and go: a change re-decides only the items of the keys it touched (with the
 * full names sharing their last word, as a lone surname joins the one full
 * name it ends: "Obama" → "Barack Obama"), so its cost follows the changed
 * articles, not the corpus. `knownKeys` are the keys of every bundled alias
 * (those names are bundled items already); `takenIds` the bundled items' ids.
 */
export class PhrasePool {
  private readonly pooled = new Map<string, Pooled>();
  /** Last word → the multi-word keys ending with it. */
  private readonly byLastWord = new Map<string, Set<string>>();
  private readonly items = new Map<string, NewItem>();
  /** Last word → the ids of the items its keys made. */
  private readonly itemsOfWord = new Map<string, string[]>();
  private sorted: NewItem[] | null = [];

  constructor(
    private readonly knownKeys: ReadonlySet<string>,
    private readonly takenIds: ReadonlySet<string>,
  ) {}

  /**
   * Adds (`sign` 1) or takes away (-1) one source's phrases, and puts in
   * `touched` the last words whose items must be decided again (`settle`).
   */
  change(
    sourceId: string,
    phrases: ReadonlyMap<string, PhraseCount>,
    sign: 1 | -1,
    touched: Set<string>,
  ): void {
    for (const [key, phrase] of phrases) {
      let entry = this.pooled.get(key);
      if (!entry) {
        if (sign < 0) continue;
        entry = {
          count: 0,
          sources: new Set(),
          labels: new Map(),
          votes: new Map(),
          acronyms: 0,
          notOpening: 0,
        };
        this.pooled.set(key, entry);
        if (wordsOf(key) > 1) {
          const word = lastWordOf(key);
          let keys = this.byLastWord.get(word);
          if (!keys) {
            keys = new Set();
            this.byLastWord.set(word, keys);
          }
          keys.add(key);
        }
      }
      entry.count += sign * phrase.count;
      if (sign > 0) entry.sources.add(sourceId);
      else entry.sources.delete(sourceId);
      addCounts(entry.labels, Object.entries(phrase.labels), sign);
      addCounts(entry.votes, Object.entries(phrase.votes) as [PhraseKind, number][], sign);
      if (phrase.acronym) entry.acronyms += sign;
      if (phrase.openingOnly !== true) entry.notOpening += sign;
      if (entry.sources.size === 0) {
        this.pooled.delete(key);
        if (wordsOf(key) > 1) {
          const word = lastWordOf(key);
          const keys = this.byLastWord.get(word);
          keys?.delete(key);
          if (keys?.size === 0) this.byLastWord.delete(word);
        }
      }
      touched.add(lastWordOf(key));
    }
  }

  /** Decides again the items of these last words; returns the items that changed (before and after). */
  settle(touched: ReadonlySet<string>): { before: NewItem[]; after: NewItem[] } {
    const before: NewItem[] = [];
    const after: NewItem[] = [];
    for (const word of touched) {
      for (const id of this.itemsOfWord.get(word) ?? []) {
        const item = this.items.get(id);
        if (item) before.push(item);
        this.items.delete(id);
      }
      const made = this.candidatesOf(word).flatMap((candidate) => this.decide(candidate) ?? []);
      for (const item of made) {
        this.items.set(item.id, item);
        after.push(item);
      }
      if (made.length > 0)
        this.itemsOfWord.set(
          word,
          made.map((item) => item.id),
        );
      else this.itemsOfWord.delete(word);
    }
    this.sorted = null;
    return { before, after };
  }

  /** Every item, sorted by id. */
  get all(): NewItem[] {
    this.sorted ??= [...this.items.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.sorted;
  }

  /** The keys ending with `word`: the full names, the lone word joined to the one full name it ends. */
  private candidatesOf(word: string): Candidate[] {
    const parents = [...(this.byLastWord.get(word) ?? [])];
    const candidates: Candidate[] = parents.flatMap((key) => {
      const entry = this.pooled.get(key);
      return entry ? [{ key, keys: [key], entries: [entry] }] : [];
    });
    const lone = this.pooled.get(word);
    if (!lone) return candidates;
    const parent = candidates.length === 1 && lone.acronyms === 0 ? candidates[0] : undefined;
    if (parent) {
      parent.keys.push(word);
      parent.entries.push(lone);
    } else candidates.push({ key: word, keys: [word], entries: [lone] });
    return candidates;
  }

  private decide({ key, keys, entries }: Candidate): NewItem | null {
    if (keys.some((alias) => this.knownKeys.has(alias))) return null;
    const own = entries[0] as Pooled;
    const sources = new Set(entries.flatMap((entry) => [...entry.sources]));
    const count = entries.reduce((sum, entry) => sum + entry.count, 0);
    const labels = new Map<string, number>();
    const votes = new Map<PhraseKind, number>();
    for (const entry of entries) {
      addCounts(labels, entry.labels, 1);
      addCounts(votes, entry.votes, 1);
    }
    if (own.notOpening === 0 && votes.size === 0) return null;
    const words = wordsOf(key);
    const enough =
      sources.size >= KEEP_NEW.sources ||
      count >= (words > 1 ? KEEP_NEW.multiWordMentions : KEEP_NEW.oneWordMentions);
    if (!enough) return null;
    return {
      id: this.takenIds.has(key) ? `${key}-yours` : key,
      label: bestLabel(labels, key),
      kind: kindOf(votes, words),
      aliases: [...labels.keys()].sort().map((text) => ({ text, caseSensitive: own.acronyms > 0 })),
    };
  }
}
