import nlp from 'compromise';
import type { EntityKind } from '../entities/catalogue-schema';
import { dateAliases, dateLabel } from './date-mentions';
import { editDistance } from './edit-distance';
import type { Candidate } from './extract-candidates';
import { isDemonym } from '../item-extraction/is-demonym';
import { plural, singular } from '../lexicon/inflection';
import { NAME_JOINERS } from '../lexicon/name-joiners';
import { NEVER_NAMES } from '../lexicon/never-names';
import { spellingVariants } from './spelling-key';
import { sameGivenName } from '../lexicon/hypocorisms';
import { ORGANISATION_HEADS } from '../lexicon/name-heads';
import { COMMON_NOUNS } from './word-lists';
import { NO_LEXICON, type ConceptLexicon } from './concept-lexicon';
import { junkTopicReason } from './junk-topic-reason';
import type { PhraseSources } from './concept-phrase-sources';

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
  /** A misspelt given name ("Vincente"/"Vicente") keeps its first two letters; only long names are compared so. */
  givenVariantPrefix: 2,
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
  /**
   * A lone noun the corpus scatters over its articles, about once in each
   * (`junkTopicReason`'s "scattered"): an item only in the stories that tell
   * it (`storyToldArticles`), such as "video" in the reports of a filmed scuffle.
   */
  storyBound?: boolean;
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

/** "Trans-Pacific Partnership" → "TPP": each part of a hyphenated word has its initial in the acronym. */
function initials(form: string): string {
  return form
    .split(/[\s-]+/u)
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

const surnameOf = (c: Candidate): string => c.key.split(' ').at(-1) ?? '';
const givenNamesOf = (c: Candidate): string[] => c.key.split(' ').slice(0, -1);

/** One surname, or its spelling variant ("Zelensky"/"Zelenskyy"): one edit, a shared prefix, not short. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  return (
    a.length >= KEEP.variantMinLength &&
    a.slice(0, KEEP.variantPrefix) === b.slice(0, KEEP.variantPrefix) &&
    editDistance(a, b, 1) <= 1
  );
}

function sharesSource(a: Candidate, b: Candidate): boolean {
  for (const source of a.sources.keys()) if (b.sources.has(source)) return true;
  return false;
}

/**
 * Whether two full names with one surname name one person. Their given names
 * agree when they are one name or forms of it ("Joe"/"Joseph": initials and
 * "Jr." are already out of the key); when the shorter's given name is the
 * longer's middle name ("Todd Jones"/"Byron Todd Jones"); or when they differ
 * by one letter in a longer name that no article writes both ways
 * ("Vincente"/"Vicente" across outlets; "Louis"/"Louise" in one article are two people).
 */
function samePerson(a: Candidate, b: Candidate): boolean {
  if (!sameSurname(surnameOf(a), surnameOf(b))) return false;
  const [short, long] =
    a.words <= b.words ? [givenNamesOf(a), givenNamesOf(b)] : [givenNamesOf(b), givenNamesOf(a)];
  const given = short[0];
  const otherGiven = long[0];
  if (given === undefined || otherGiven === undefined) return false;
  if (sameGivenName(given, otherGiven)) return true;
  if (short.length === 1 && long.slice(1).includes(given)) return true;
  return (
    Math.max(given.length, otherGiven.length) >= KEEP.variantMinLength &&
    given.slice(0, KEEP.givenVariantPrefix) === otherGiven.slice(0, KEEP.givenVariantPrefix) &&
    editDistance(given, otherGiven, 1) <= 1 &&
    !sharesSource(a, b)
  );
}

/**
 * The family member a bare surname means when several people share it: in
 * each article that uses it, the one named in full most there (an article
 * about Barack Obama that names Michelle Obama once means him by "Obama");
 * the one so meant in most articles, if one is. Articles that name none of
 * them in full do not vote.
 */
function familyMemberMeant(
  single: Candidate,
  owners: readonly Candidate[],
  fullNames: readonly Candidate[],
  find: (c: Candidate) => Candidate,
): Candidate | undefined {
  const votes = new Map<Candidate, number>();
  for (const article of single.sources.keys()) {
    const named = new Map<Candidate, number>();
    for (const full of fullNames) {
      const count = full.sources.get(article) ?? 0;
      const owner = find(full);
      if (count > 0 && owners.includes(owner)) named.set(owner, (named.get(owner) ?? 0) + count);
    }
    const ranked = [...named].sort((x, y) => y[1] - x[1]);
    const [first, second] = ranked;
    if (first && (!second || first[1] > second[1])) votes.set(first[0], (votes.get(first[0]) ?? 0) + 1);
  }
  const ranked = [...votes].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

const places = new Map<string, boolean>();
/** Letters the tagger knows alone as a place ("US", "UK"), which open no institution's name. */
function namesPlace(letters: string): boolean {
  let place = places.get(letters);
  if (place === undefined) {
    place = nlp(letters).has('#Place');
    places.set(letters, place);
  }
  return place;
}

/**
 * What an acronym stands for: its expansion ("Institute for the Study of
 * War" for "ISW"), or the same letters in other case ("NATO"/"Nato"). When
 * the corpus also has the one institution the letters open ("ABC News"), the
 * articles using the acronym vote: one that writes the expansion means it,
 * any other the institution ("ABC's Martha Raddatz" is the network, though
 * another story's "Anybody But Cantor" is also ABC); the letters of a place
 * ("US") open no institution.
 */
function acronymOwner(acronym: Candidate, usable: readonly Candidate[]): Candidate | undefined {
  // "U.S. Senate" holds letters of its own: no expansion of "US".
  // A place or an institution before a person: "Manchester, N.H." is New Hampshire, not Nikki Haley.
  const expansions = usable.filter(
    (c) =>
      c !== acronym &&
      c.words >= 2 &&
      initials(mostFrequent(c.forms)) === acronym.key &&
      !mostFrequent(c.forms).split(/\s+/u).some(isAcronym),
  );
  const expansion = expansions.find((c) => majorityKind(c.kindVotes) !== 'person') ?? expansions[0];
  const opened = usable.filter((c) => {
    const [first, head, ...rest] = c.key.split(' ');
    return (
      rest.length === 0 &&
      first === acronym.key.toLowerCase() &&
      head !== undefined &&
      ORGANISATION_HEADS.has(head) &&
      majorityKind(c.kindVotes) === 'organisation'
    );
  });
  const institution = opened.length === 1 && !namesPlace(acronym.key) ? opened[0] : undefined;
  if (expansion && institution) {
    let forExpansion = 0;
    for (const article of acronym.sources.keys()) if (expansion.sources.has(article)) forExpansion++;
    return forExpansion * 2 >= acronym.sources.size ? expansion : institution;
  }
  return expansion ?? institution ?? usable.find((c) => c !== acronym && c.key === acronym.key.toLowerCase());
}

/** Merges name candidates: surnames into full names, spelling variants, acronyms into expansions. */
function mergeNames(names: Candidate[]): NameGroup[] {
  const isPerson = (c: Candidate): boolean => majorityKind(c.kindVotes) === 'person';
  // "Mateen was born in New York": a lone word opening sentences is a name when it is a person's surname.
  const surnames = new Set(names.filter((c) => c.words >= 2 && isPerson(c)).map(surnameOf));
  const usable = names.filter((candidate) => {
    if (candidate.onlySentenceInitial && candidate.kindVotes.size === 0 && !surnames.has(candidate.key))
      return false;
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

  // "Trans-Pacific Partnership" and "Trans Pacific Partnership": one name, spelt with a hyphen or without.
  const bySpacedKey = new Map<string, Candidate>();
  for (const candidate of usable) {
    const spaced = candidate.key.replace(/-/gu, ' ');
    const first = bySpacedKey.get(spaced);
    if (first) union(first, candidate);
    else bySpacedKey.set(spaced, candidate);
  }

  const fullNames = usable.filter((c) => c.words >= 2 && isPerson(c));

  // Full names of one person: one surname (or its spelling variant) and given names that agree.
  for (const [i, a] of fullNames.entries())
    for (const b of fullNames.slice(i + 1)) if (samePerson(a, b)) union(a, b);
  // A fuller name the tagger could not place is an alias of that person's ("Omar Mir Seddique Mateen"
  // of "Omar Mateen"), which keeps the label the tagger's names give.
  const fuller = new Map<Candidate, Candidate>();
  for (const unplaced of usable.filter((c) => c.words >= 2 && c.kindVotes.size === 0)) {
    const people = new Set(fullNames.filter((full) => samePerson(full, unplaced)).map(find));
    const [person] = people;
    if (people.size === 1 && person) fuller.set(unplaced, person);
  }
  // "Muslim" (in "Muslim immigration"), which the tagger places nowhere, is an alias of the group "Muslims".
  const byKey = new Map(usable.map((c) => [c.key, c]));
  for (const one of usable.filter((c) => c.words === 1 && c.kindVotes.size === 0 && !isAcronym(c.key))) {
    const group = byKey.get(plural(one.key));
    if (group && group !== one && group.words === 1 && !isPerson(group)) fuller.set(one, group);
  }
  // A lone surname joins the person it names ("Witkoff" → "Steve Witkoff"), also when spelt as a variant;
  // of a family ("Obama": Barack, Michelle), the one the articles using it name in full most.
  for (const single of usable.filter((c) => c.words === 1 && !isAcronym(mostFrequent(c.forms)))) {
    const owners = [
      ...new Set(fullNames.filter((full) => sameSurname(surnameOf(full), single.key)).map(find)),
    ];
    const owner = owners.length === 1 ? owners[0] : familyMemberMeant(single, owners, fullNames, find);
    if (owner) union(owner, single);
  }
  // Acronyms: the initials of an expansion ("ISW"), or the same letters in other case ("NATO"/"Nato").
  for (const acronym of usable.filter((c) => isAcronym(c.key))) {
    const target = acronymOwner(acronym, usable);
    if (target) union(target, acronym);
  }

  const groups = new Map<Candidate, Candidate[]>();
  for (const candidate of usable) {
    if (fuller.has(candidate)) continue;
    const root = find(candidate);
    groups.set(root, [...(groups.get(root) ?? []), candidate]);
  }
  const byRoot = new Map([...groups].map(([root, members]) => [root, groupOf(members)]));
  for (const [name, person] of fuller) {
    const group = byRoot.get(find(person));
    if (!group) continue;
    for (const form of name.forms.keys()) group.titled.add(form);
    addCounts(group.sources, name.sources);
  }
  return [...byRoot.values()];
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

/**
 * A multi-word topic is kept when two sources write it or one writes it
 * twice, counted where the matcher will find it: also inside a longer
 * phrase or a hyphenated modifier, which extraction does not count
 * ("secret ballot" in "by secret ballot behind closed doors" and "a
 * secret-ballot vote").
 */
function keepTopic(candidate: Candidate, phraseSources: PhraseSources | undefined): boolean {
  const mentions = total(candidate.sources);
  if (candidate.words === 1) {
    return (
      candidate.sources.size >= KEEP.minSourcesSingleWordTopic &&
      mentions >= KEEP.minMentionsSingleWordTopic &&
      !COMMON_NOUNS.has(candidate.key) &&
      ![...candidate.forms.keys()].some((form) => COMMON_NOUNS.has(form))
    );
  }
  if (candidate.sources.size >= KEEP.minSourcesShared || mentions >= KEEP.minMentionsSalientTopic)
    return true;
  const written = phraseSources?.(candidate.key);
  return (
    written !== undefined &&
    (written.size >= KEEP.minSourcesShared || total(written) >= KEEP.minMentionsSalientTopic)
  );
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
  phraseSources?: PhraseSources,
): DraftItem[] {
  const names = mergeNames(candidates.filter((c) => c.kind === 'name'))
    .map(nameItem)
    .filter(keepName)
    .map(withoutRecognised);
  const topics = candidates
    .filter((c) => c.kind === 'topic' && keepTopic(c, phraseSources))
    .flatMap((c) => {
      const reason = junkTopicReason(c, lexicon, articleCount);
      if (reason === null) return [topicItem(c)];
      return reason === 'scattered' ? [{ ...topicItem(c), storyBound: true }] : [];
    });
  const dates = candidates
    .filter((c) => c.kind === 'date' && c.sources.size >= KEEP.minSourcesShared)
    .map(dateItem);
  return [...names, ...topics, ...dates];
}
