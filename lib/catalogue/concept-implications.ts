import type { EntityKind } from '../entities/catalogue-schema';
import { commonSynonyms, commonSynsets, type ConceptLexicon } from './concept-lexicon';
import { phraseKey, spellingKey } from './spelling-key';

/** A topic's acronym ("PAC"): written in capitals, cased, so it names the concept wherever it stands. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** What concept grouping needs to know of an item. */
export interface ConceptItem {
  id: string;
  label: string;
  kind: EntityKind;
  /** Alias text → case-sensitive. */
  aliases: ReadonlyMap<string, boolean>;
  /** Article id → mentions: where the item's wording was found. */
  sources: ReadonlyMap<string, number>;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** Every contiguous run of words, as spelling keys: "oil refineries" → "oil", "refinery", "oil refinery". */
function subPhraseKeys(phrase: readonly string[]): string[] {
  const keys: string[] = [];
  for (let start = 0; start < phrase.length; start++)
    for (let end = start + 1; end <= phrase.length; end++) keys.push(phraseKey(phrase.slice(start, end)));
  return keys;
}

/** "fund raiser" beside "fundraiser": one word spelt open, not a phrase whose words are concepts of their own. */
function isOpenCompound(phrase: readonly string[], all: readonly (readonly string[])[]): boolean {
  if (phrase.length < 2) return false;
  const closed = phrase.join('');
  return all.some((other) => other.length === 1 && other[0] === closed);
}

function sharesSource(a: ConceptItem, b: ConceptItem): boolean {
  for (const source of a.sources.keys()) if (b.sources.has(source)) return true;
  return false;
}

/**
 * Which topics a mention of each topic also reports, so that a source telling
 * a concept in other words is not called silent. A mention of B also counts
 * for A when:
 * - nested: A's wording lies inside B's ("oil refineries" reports
 *   "refineries", and "oil"; "secondary sanctions" reports "sanctions");
 * - synonyms: the lexicon gives A's and B's head nouns a common sense and
 *   their other words are the same ("ceasefire" and "truce", "partial
 *   ceasefire" and "partial truce"), both ways;
 * - variants: two phrases whose head nouns are synonyms, used by one article
 *   ("partial ceasefire" and "air truce" in one report): a writer varies the
 *   wording of one thing; both ways.
 * - acronym: any item whose wording is or holds as a word a topic's acronym
 *   (its cased alias, or the lexicon's synonym of its compound: "PAC" for
 *   "political action committee"): the organisation "PAC", and "super PAC
 *   America Rising", which the matcher takes whole; the name says what kind
 *   of thing it is.
 * The relation is closed transitively. Returns item id → the ids its mentions
 * also count for (itself excluded); names and dates are otherwise left as they are.
 */
export function conceptImplications(
  items: readonly ConceptItem[],
  lexicon: ConceptLexicon,
): Map<string, Set<string>> {
  const topics = items.filter((item) => item.kind === 'topic');
  const phrases = new Map(topics.map((item) => [item.id, [...item.aliases.keys()].map(words)]));
  const byKey = new Map<string, Set<string>>();
  for (const item of topics)
    for (const phrase of phrases.get(item.id) ?? []) {
      const key = phraseKey(phrase);
      byKey.set(key, new Set([...(byKey.get(key) ?? []), item.id]));
    }

  const edges = new Map<string, Set<string>>(topics.map((item) => [item.id, new Set<string>()]));
  const link = (from: string, to: string): void => {
    if (from !== to) edges.get(from)?.add(to);
  };

  for (const item of topics)
    for (const phrase of phrases.get(item.id) ?? [])
      if (!isOpenCompound(phrase, phrases.get(item.id) ?? []))
        for (const key of subPhraseKeys(phrase))
          for (const inner of byKey.get(key) ?? []) link(item.id, inner);

  // Items by head noun; heads meet through the synsets of their common senses.
  const byHead = new Map<string, { item: ConceptItem; modifiers: string }[]>();
  for (const item of topics) {
    const phrase = words(item.label);
    const head = spellingKey(phrase.at(-1) ?? '');
    byHead.set(head, [...(byHead.get(head) ?? []), { item, modifiers: phraseKey(phrase.slice(0, -1)) }]);
  }
  const heads = [...byHead.keys()];
  const bySynset = new Map<string, string[]>();
  for (const head of heads)
    for (const synset of commonSynsets(lexicon, head))
      bySynset.set(synset, [...(bySynset.get(synset) ?? []), head]);
  const synonymPairs = new Set<string>();
  for (const group of bySynset.values())
    for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) synonymPairs.add(`${a}\n${b}`);
  for (const pair of synonymPairs) {
    const [ha, hb] = pair.split('\n') as [string, string];
    for (const a of byHead.get(ha) ?? [])
      for (const b of byHead.get(hb) ?? []) {
        const sameModifiers = a.modifiers === b.modifiers;
        const variants = a.modifiers !== '' && b.modifiers !== '' && sharesSource(a.item, b.item);
        if (sameModifiers || variants) {
          link(a.item.id, b.item.id);
          link(b.item.id, a.item.id);
        }
        // A kind of truce is a ceasefire: a modified phrase reports its head's synonym.
        if (a.modifiers === '' && b.modifiers !== '') link(b.item.id, a.item.id);
        if (b.modifiers === '' && a.modifiers !== '') link(a.item.id, b.item.id);
      }
  }

  const closure = new Map<string, Set<string>>();
  for (const item of topics) {
    const reached = new Set<string>();
    const stack = [...(edges.get(item.id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === item.id || reached.has(next)) continue;
      reached.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
    closure.set(item.id, reached);
  }
  addAcronymHolders(items, topics, closure, lexicon);
  addNameOpenings(items, closure);
  return closure;
}

/**
 * A phrase a name or a day opens, followed by lower-case words ("Obama
 * administration", "Nevada caucus", "Sept. 11 attacks"), reports the name's
 * or the day's item: "the Obama administration" tells of Obama.
 */
function addNameOpenings(items: readonly ConceptItem[], closure: Map<string, Set<string>>): void {
  const byAlias = new Map<string, string>();
  for (const item of items)
    if (item.kind !== 'topic') for (const alias of item.aliases.keys()) byAlias.set(alias, item.id);
  for (const item of items) {
    if (item.kind === 'date') continue;
    for (const alias of item.aliases.keys()) {
      const opened = /^(.+?)(?: \p{Ll}+)+$/u.exec(alias)?.[1];
      const named = opened === undefined ? undefined : byAlias.get(opened);
      if (named === undefined || named === item.id) continue;
      const reached = closure.get(item.id) ?? new Set<string>();
      reached.add(named);
      closure.set(item.id, reached);
    }
  }
}
/** Items whose wording is or holds a topic's acronym report that topic (and what it reports). */
function addAcronymHolders(
  items: readonly ConceptItem[],
  topics: readonly ConceptItem[],
  closure: Map<string, Set<string>>,
  lexicon: ConceptLexicon,
): void {
  const acronyms = new Map<string, string>();
  for (const item of topics) {
    const compound = item.label.includes(' ') ? commonSynonyms(lexicon, item.label.toLowerCase()) : [];
    const cased = [...item.aliases].flatMap(([alias, isCased]) => (isCased ? [alias] : []));
    for (const word of [...cased, ...compound]) if (ACRONYM.test(word)) acronyms.set(word, item.id);
  }
  if (acronyms.size === 0) return;
  for (const item of items)
    for (const alias of item.aliases.keys()) {
      for (const word of alias.split(/[\s-]+/u)) {
        const topic = acronyms.get(word);
        if (topic === undefined || topic === item.id) continue;
        const reached = closure.get(item.id) ?? new Set<string>();
        reached.add(topic);
        for (const also of closure.get(topic) ?? []) if (also !== item.id) reached.add(also);
        closure.set(item.id, reached);
      }
    }
}
