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

interface Pooled {
  keys: string[];
  labels: Map<string, number>;
  count: number;
  sources: Set<string>;
  votes: Map<PhraseKind, number>;
  acronym: boolean;
  words: number;
  /** Every source wrote it only as a sentence's opening capital, as the build's merge drops. */
  openingOnly: boolean;
}

function pool(bySource: ReadonlyMap<string, ReadonlyMap<string, PhraseCount>>): Map<string, Pooled> {
  const pooled = new Map<string, Pooled>();
  for (const [sourceId, phrases] of bySource) {
    for (const [key, phrase] of phrases) {
      let entry = pooled.get(key);
      if (!entry) {
        entry = {
          keys: [key],
          labels: new Map(),
          count: 0,
          sources: new Set(),
          votes: new Map(),
          acronym: phrase.acronym,
          words: key.split('-').length,
          openingOnly: true,
        };
        pooled.set(key, entry);
      }
      entry.count += phrase.count;
      entry.openingOnly &&= phrase.openingOnly === true;
      entry.sources.add(sourceId);
      for (const [label, n] of Object.entries(phrase.labels))
        entry.labels.set(label, (entry.labels.get(label) ?? 0) + n);
      for (const [kind, n] of Object.entries(phrase.votes) as [PhraseKind, number][])
        entry.votes.set(kind, (entry.votes.get(kind) ?? 0) + n);
    }
  }
  return pooled;
}

/** A lone surname joins the one full name it ends ("Obama" → "Barack Obama"), as the build does. */
function joinSurnames(pooled: Map<string, Pooled>): void {
  const byLastWord = new Map<string, string[]>();
  for (const [key, entry] of pooled)
    if (entry.words > 1) {
      const last = key.slice(key.lastIndexOf('-') + 1);
      byLastWord.set(last, [...(byLastWord.get(last) ?? []), key]);
    }
  for (const [key, entry] of [...pooled]) {
    if (entry.words !== 1 || entry.acronym) continue;
    const parents = byLastWord.get(key) ?? [];
    const parent = parents.length === 1 ? pooled.get(parents[0] ?? '') : undefined;
    if (!parent) continue;
    parent.keys.push(key);
    parent.count += entry.count;
    for (const source of entry.sources) parent.sources.add(source);
    for (const [label, n] of entry.labels) parent.labels.set(label, (parent.labels.get(label) ?? 0) + n);
    for (const [kind, n] of entry.votes) parent.votes.set(kind, (parent.votes.get(kind) ?? 0) + n);
    pooled.delete(key);
  }
}

function kindOf(entry: Pooled): EntityKind {
  let best: PhraseKind | null = null;
  for (const kind of KIND_ORDER)
    if ((entry.votes.get(kind) ?? 0) > (best === null ? 0 : (entry.votes.get(best) ?? 0))) best = kind;
  // Without evidence: a run of capitalised words is most often a person's name, a lone word a place.
  return best ?? (entry.words > 1 ? 'person' : 'place');
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
 * The new items of the reader's sources: `bySource` maps each user source
 * to its phrases (findNamedPhrases); `knownKeys` are the keys of every
 * bundled alias (those names are bundled items already); `takenIds` the
 * bundled items' ids. Sorted by id.
 */
export function keepNewItems(
  bySource: ReadonlyMap<string, ReadonlyMap<string, PhraseCount>>,
  knownKeys: ReadonlySet<string>,
  takenIds: ReadonlySet<string>,
): NewItem[] {
  const pooled = pool(bySource);
  joinSurnames(pooled);
  const items: NewItem[] = [];
  for (const [key, entry] of pooled) {
    if (entry.keys.some((alias) => knownKeys.has(alias))) continue;
    if (entry.openingOnly && entry.votes.size === 0) continue;
    const enough =
      entry.sources.size >= KEEP_NEW.sources ||
      entry.count >= (entry.words > 1 ? KEEP_NEW.multiWordMentions : KEEP_NEW.oneWordMentions);
    if (!enough) continue;
    const label = bestLabel(entry.labels, key);
    items.push({
      id: takenIds.has(key) ? `${key}-yours` : key,
      label,
      kind: kindOf(entry),
      aliases: [...entry.labels.keys()].sort().map((text) => ({ text, caseSensitive: entry.acronym })),
    });
  }
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
