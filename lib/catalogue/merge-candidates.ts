import type { EntityKind } from '../entities/catalogue-schema';
import { dateAliases, dateLabel } from './date-mentions';
import { editDistance } from './edit-distance';
import type { Candidate } from './extract-candidates';
import { isDemonym } from '../item-extraction/is-demonym';
import { plural, singular } from '../lexicon/inflection';
import { NAME_JOINERS } from '../lexicon/name-joiners';
import { NEVER_NAMES } from '../lexicon/never-names';
import { spellingVariants } from './spelling-key';
import { COMMON_NOUNS } from './word-lists';
import { NO_LEXICON, type ConceptLexicon } from './concept-lexicon';
import { junkTopicReason } from './junk-topic-reason';

/**
 * What is worth comparing. An item must be mentioned by two sources, or be
 * salient in one: a name mentioned three times, a multi-word topic twice.
 * Single-word topics must be spread wider and mentioned more often, since
 * most single nouns are too general to compare.
 */
export const KEEP = {
  minSourcesShared: 2,
  minMentionsSalientName: 3,
  minMentionsSalientTopic: 2,
  minSourcesSingleWordTopic: 3,
  minMentionsSingleWordTopic: 5,
  /** Spelling variants of a surname ("Zelensky"/"Zelenskyy") differ by one edit and share this prefix. */
  variantPrefix: 4,
  variantMinLength: 6,
} as const;

/** An item before it is checked against the corpus. */
export interface DraftItem {
  label: string;
  kind: EntityKind;
  /** Alias text → whether it must match case-sensitively. */
  aliases: Map<string, boolean>;
  sources: Map<string, number>;
  mentions: number;
  /** Added or split by the overrides file: its aliases win over automatic ones. */
  curated?: boolean;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function isAcronym(form: string): boolean {
  return ACRONYM.test(form);
}

function total(map: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of map.values()) sum += value;
  return sum;
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [key, value] of from) into.set(key, (into.get(key) ?? 0) + value);
}

function majorityKind(votes: ReadonlyMap<EntityKind, number>): EntityKind | undefined {
  let best: EntityKind | undefined;
  let bestCount = 0;
  for (const [kind, count] of votes) {
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

function mostFrequent(forms: ReadonlyMap<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? '';
}

function initials(form: string): string {
  return form
    .split(/\s+/u)
    .filter((word) => !NAME_JOINERS.has(word.toLowerCase()))
    .map((word) => word.charAt(0))
    .join('');
}

interface NameGroup {
  candidates: Candidate[];
  kind: EntityKind | undefined;
  forms: Map<string, number>;
  sources: Map<string, number>;
  titled: Set<string>;
}

function groupOf(candidates: Candidate[]): NameGroup {
  const group: NameGroup = {
    candidates: [],
    kind: undefined,
    forms: new Map(),
    sources: new Map(),
    titled: new Set(),
  };
  const votes = new Map<EntityKind, number>();
  for (const candidate of candidates) {
    group.candidates.push(candidate);
    addCounts(group.forms, candidate.forms);
    addCounts(group.sources, candidate.sources);
    for (const form of candidate.titledForms) group.titled.add(form);
    for (const [kind, count] of candidate.kindVotes) votes.set(kind, (votes.get(kind) ?? 0) + count);
  }
  group.kind = majorityKind(votes);
  return group;
}

/** Merges name candidates: surnames into full names, spelling variants, acronyms into expansions. */
function mergeNames(names: Candidate[]): NameGroup[] {
  const usable = names.filter((candidate) => {
    if (candidate.onlySentenceInitial && candidate.kindVotes.size === 0) return false;
    const form = mostFrequent(candidate.forms);
    if (candidate.words === 1 && !isAcronym(form) && isDemonym(form)) return false;
    return !NEVER_NAMES.has(form.toLowerCase());
  });

  // Union-find over candidates.
  const parent = new Map<Candidate, Candidate>(usable.map((c) => [c, c]));
  const find = (c: Candidate): Candidate => {
    let root = c;
    while (parent.get(root) !== root) root = parent.get(root) as Candidate;
    parent.set(c, root);
    return root;
  };
  const union = (a: Candidate, b: Candidate): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };

  const isPerson = (c: Candidate): boolean => majorityKind(c.kindVotes) === 'person';
  const fullNames = usable.filter((c) => c.words >= 2 && isPerson(c));
  const surname = (c: Candidate): string => c.key.split(' ').at(-1) ?? '';
  const firstName = (c: Candidate): string => (c.words >= 2 ? (c.key.split(' ')[0] ?? '') : '');

  // Full names sharing a surname and a first name; spelling variants of one surname.
  for (const [i, a] of fullNames.entries()) {
    for (const b of fullNames.slice(i + 1)) {
      if (firstName(a) !== firstName(b)) continue;
      const sa = surname(a);
      const sb = surname(b);
      const variant =
        sa.length >= KEEP.variantMinLength &&
        sa.slice(0, KEEP.variantPrefix) === sb.slice(0, KEEP.variantPrefix) &&
        editDistance(sa, sb, 1) <= 1;
      if (sa === sb || variant) union(a, b);
    }
  }
  // A lone surname joins the one person it names ("Witkoff" → "Steve Witkoff"), also when spelt as a variant.
  for (const single of usable.filter((c) => c.words === 1 && !isAcronym(mostFrequent(c.forms)))) {
    const owners = new Set(
      fullNames
        .filter((full) => {
          const s = surname(full);
          return (
            s === single.key ||
            (s.length >= KEEP.variantMinLength &&
              s.slice(0, KEEP.variantPrefix) === single.key.slice(0, KEEP.variantPrefix) &&
              editDistance(s, single.key, 1) <= 1)
          );
        })
        .map(find),
    );
    const [owner] = owners;
    if (owners.size === 1 && owner) union(owner, single);
  }
  // Acronyms: the initials of an expansion ("ISW"), or the same letters in other case ("NATO"/"Nato").
  for (const acronym of usable.filter((c) => isAcronym(c.key))) {
    const expansion = usable.find(
      (c) => c !== acronym && c.words >= 2 && initials(mostFrequent(c.forms)) === acronym.key,
    );
    const sameLetters = usable.find((c) => c !== acronym && c.key === acronym.key.toLowerCase());
    const target = expansion ?? sameLetters;
    if (target) union(target, acronym);
  }

  const groups = new Map<Candidate, Candidate[]>();
  for (const candidate of usable) {
    const root = find(candidate);
    groups.set(root, [...(groups.get(root) ?? []), candidate]);
  }
  return [...groups.values()].map(groupOf);
}

function nameItem(group: NameGroup): DraftItem & { recognised: boolean } {
  const forms = [...group.forms.keys()];
  const expansions = forms.filter((form) => !isAcronym(form));
  // Label: the fullest common form — most words, then most frequent.
  const label =
    [...group.forms]
      .filter(([form]) => expansions.length === 0 || !isAcronym(form))
      .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])[0]?.[0] ??
    forms[0] ??
    '';
  const aliases = new Map<string, boolean>();
  for (const form of [...forms, ...group.titled]) aliases.set(form, isAcronym(form));
  return {
    label,
    // News names the tagger cannot place are mostly institutions and media ("Reuters", "Telegram").
    kind: group.kind ?? 'organisation',
    recognised: group.kind !== undefined,
    aliases,
    sources: group.sources,
    mentions: total(group.forms),
  };
}

/**
 * A name the tagger recognised as a person, place or organisation is salient
 * even when one source mentions it once ("Pokrovsk"); a capitalised word the
 * tagger could not place must be shared or repeated.
 */
function keepName(item: DraftItem & { recognised: boolean }): boolean {
  return (
    item.recognised ||
    item.sources.size >= KEEP.minSourcesShared ||
    [...item.sources.values()].some((count) => count >= KEEP.minMentionsSalientName)
  );
}

function topicItem(candidate: Candidate): DraftItem {
  const aliases = new Map<string, boolean>();
  for (const form of candidate.forms.keys()) {
    const words = form.split(' ');
    const head = words.at(-1) ?? '';
    // Every word in both national spellings, the head also in both numbers.
    const choices = [
      ...words.slice(0, -1).map(spellingVariants),
      [head, singular(head), plural(singular(head))].flatMap(spellingVariants),
    ];
    const phrases = choices.reduce<string[]>(
      (partial, options) =>
        partial.flatMap((start) => options.map((word) => (start ? `${start} ${word}` : word))),
      [''],
    );
    for (const phrase of phrases) aliases.set(phrase, false);
  }
  return {
    label: mostFrequent(candidate.forms),
    kind: 'topic',
    aliases,
    sources: candidate.sources,
    mentions: total(candidate.forms),
  };
}

function keepTopic(candidate: Candidate): boolean {
  const mentions = total(candidate.sources);
  if (candidate.words === 1) {
    return (
      candidate.sources.size >= KEEP.minSourcesSingleWordTopic &&
      mentions >= KEEP.minMentionsSingleWordTopic &&
      !COMMON_NOUNS.has(candidate.key) &&
      ![...candidate.forms.keys()].some((form) => COMMON_NOUNS.has(form))
    );
  }
  return candidate.sources.size >= KEEP.minSourcesShared || mentions >= KEEP.minMentionsSalientTopic;
}

function dateItem(candidate: Candidate): DraftItem {
  const aliases = new Map<string, boolean>();
  for (const form of [...dateAliases(candidate.key), ...candidate.forms.keys()]) aliases.set(form, false);
  return {
    label: dateLabel(candidate.key),
    kind: 'date',
    aliases,
    sources: candidate.sources,
    mentions: total(candidate.forms),
  };
}

function withoutRecognised(item: DraftItem & { recognised: boolean }): DraftItem {
  const { label, kind, aliases, sources, mentions } = item;
  return { label, kind, aliases, sources, mentions };
}

/** Candidates → the items worth comparing, with their aliases merged. */
export function mergeCandidates(
  candidates: Candidate[],
  lexicon: ConceptLexicon = NO_LEXICON,
  articleCount = 0,
): DraftItem[] {
  const names = mergeNames(candidates.filter((c) => c.kind === 'name'))
    .map(nameItem)
    .filter(keepName)
    .map(withoutRecognised);
  const topics = candidates
    .filter((c) => c.kind === 'topic' && keepTopic(c) && junkTopicReason(c, lexicon, articleCount) === null)
    .map(topicItem);
  const dates = candidates
    .filter((c) => c.kind === 'date' && c.sources.size >= KEEP.minSourcesShared)
    .map(dateItem);
  return [...names, ...topics, ...dates];
}
