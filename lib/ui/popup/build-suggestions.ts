import type { EntityKind } from '../../entities/catalogue-schema';
import { foldText } from '../../search/normalize';

/** Item suggestions shown at most: the list sits above the results and must not push them out of the popup. */
export const MAX_ITEM_SUGGESTIONS = 5;
/** Word suggestions (the search's autoSuggest) shown at most, after the items. */
export const MAX_TEXT_SUGGESTIONS = 3;
/**
 * A match that starts inside a word ("koff" in "Witkoff") needs this many
 * typed characters: one or two letters occur inside almost every name.
 */
export const MIN_INFIX_LENGTH = 3;

/** What the catalogue ('page-setup' answer) says of an item, as far as suggestions need it. */
export interface SuggestibleItem {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: readonly { text: string }[];
}

export type Suggestion =
  | {
      type: 'item';
      id: string;
      label: string;
      kind: EntityKind;
      /** The alias the typed text matched, when it matched no part of the label. */
      alias: string | null;
      /** [start, end) of the typed text inside `alias ?? label`, to emphasise. */
      match: readonly [number, number];
    }
  | { type: 'text'; text: string };

/**
 * How well a name matches, best first (the order suggestions are listed in):
 * at the start of the label, of an alias, at a word start in the label, in
 * an alias, then anywhere in the label, in an alias.
 */
type Rank = number;
const PREFIX = 0;
const WORD_START = 1;
const INSIDE = 2;
const rank = (position: number, isAlias: boolean): Rank => position * 2 + (isAlias ? 1 : 0);

interface FoldedName {
  /** The name as written. */
  text: string;
  isAlias: boolean;
  /** Folded like the search folds (case, diacritics, apostrophes). */
  folded: string;
  /** For each folded code unit, the [start, end) of the original character it came from. */
  origin: (readonly [number, number])[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function foldName(text: string, isAlias: boolean): FoldedName {
  let folded = '';
  const origin: (readonly [number, number])[] = [];
  let at = 0;
  for (const character of text) {
    const part = foldText(character);
    const span = [at, at + character.length] as const;
    for (let unit = 0; unit < part.length; unit++) origin.push(span);
    folded += part;
    at += character.length;
  }
  return { text, isAlias, folded, origin };
}

function foldQuery(query: string): string {
  return foldText(query).trim().replace(/\s+/gu, ' ');
}

/** Folding every name on every keystroke would repeat the same work: each item is folded once. */
const foldedNames = new WeakMap<SuggestibleItem, FoldedName[]>();

function namesOf(item: SuggestibleItem): FoldedName[] {
  let names = foldedNames.get(item);
  if (!names) {
    names = [foldName(item.label, false)];
    for (const alias of item.aliases) {
      const name = foldName(alias.text, true);
      // "AUg 6" and "Aug 6" are one name to a reader.
      if (!names.some((known) => known.folded === name.folded)) names.push(name);
    }
    foldedNames.set(item, names);
  }
  return names;
}

interface NameMatch {
  rank: Rank;
  name: FoldedName;
  match: readonly [number, number];
}

/** The best place the folded query occurs in a name: at its start, at a word start, else anywhere. */
function matchName(name: FoldedName, query: string): NameMatch | null {
  let best: { at: number; position: number } | null = null;
  for (let at = name.folded.indexOf(query); at !== -1; at = name.folded.indexOf(query, at + 1)) {
    const previous = name.folded[at - 1];
    const position = previous === undefined ? PREFIX : WORD_CHARACTER.test(previous) ? INSIDE : WORD_START;
    if (best === null || position < best.position) best = { at, position };
    if (position === PREFIX) break;
  }
  if (best === null || (best.position === INSIDE && query.length < MIN_INFIX_LENGTH)) return null;
  const first = name.origin[best.at];
  const last = name.origin[best.at + query.length - 1];
  if (!first || !last) return null;
  return { rank: rank(best.position, name.isAlias), name, match: [first[0], last[1]] };
}

/**
 * Catalogue items whose label or an alias starts with or contains the typed
 * text (folded as the search folds it), best matches first, then the
 * search's own word suggestions that no listed item already names.
 *
 * @example
 * buildSuggestions('witk', items, ['witkoff', 'witness'])
 * // → [{ type: 'item', label: 'Steve Witkoff', alias: null, match: [6, 10], … },
 * //    { type: 'text', text: 'witness' }]   ("witkoff" is an alias of the item: not repeated)
 */
export function buildSuggestions(
  query: string,
  items: readonly SuggestibleItem[],
  textSuggestions: readonly string[] = [],
): Suggestion[] {
  const wanted = foldQuery(query);
  if (wanted === '') return [];

  const ranked: { item: SuggestibleItem; rank: Rank; shown: NameMatch }[] = [];
  for (const item of items) {
    let best: NameMatch | null = null;
    let label: NameMatch | null = null;
    for (const name of namesOf(item)) {
      const found = matchName(name, wanted);
      if (found && !name.isAlias) label = found;
      if (found && (best === null || found.rank < best.rank)) best = found;
    }
    // Ranked by its best name, shown by its label whenever the label matches at all.
    if (best) ranked.push({ item, rank: best.rank, shown: label ?? best });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.item.label.length - b.item.label.length ||
      a.item.label.localeCompare(b.item.label, 'en'),
  );
  const listed = ranked.slice(0, MAX_ITEM_SUGGESTIONS);

  // A word suggestion that is a shown item's name would only repeat it.
  const named = new Set(listed.flatMap(({ item }) => namesOf(item).map((name) => foldQuery(name.text))));
  const texts: Suggestion[] = [];
  for (const text of textSuggestions) {
    const key = foldQuery(text);
    if (key === '' || named.has(key)) continue;
    named.add(key);
    texts.push({ type: 'text', text: text.trim() });
    if (texts.length === MAX_TEXT_SUGGESTIONS) break;
  }

  return [
    ...listed.map(({ item, shown: { name, match } }): Suggestion => ({
      type: 'item',
      id: item.id,
      label: item.label,
      kind: item.kind,
      alias: name.isAlias ? name.text : null,
      match,
    })),
    ...texts,
  ];
}
