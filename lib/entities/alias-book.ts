import { compileMatcher, type MatchAlias, type Matcher } from './compile-matcher';
import { foldForMatch, isWordCode } from './fold-for-match';

interface Entry {
  alias: MatchAlias;
  /** Its folded first word (firstWordOf), or null when unanchored. */
  word: string | null;
  /** The alias's place in the whole list, which a tie between equal keys follows. */
  rank: readonly [group: number, item: string, index: number];
}

const SPACE = 0x20;

/** An alias's first word as the matcher folds it; null when its folded key does not open with a word character. */
function firstWordOf(text: string): string | null {
  const folded = foldForMatch(text).folded;
  let from = 0;
  while (from < folded.length && folded.charCodeAt(from) === SPACE) from++;
  let to = from;
  while (to < folded.length && isWordCode(folded.charCodeAt(to))) to++;
  return to > from ? folded.slice(from, to) : null;
}

/** Every run of word characters of a text, each folded as the matcher folds it. */
function foldedWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.add(foldForMatch(text.slice(start, i)).folded);
      start = -1;
    }
  }
  return words;
}

function compareRanks(a: Entry, b: Entry): number {
  const [groupA, itemA, indexA] = a.rank;
  const [groupB, itemB, indexB] = b.rank;
  if (groupA !== groupB) return groupA - groupB;
  if (itemA !== itemB) return itemA < itemB ? -1 : 1;
  return indexA - indexB;
}

/**
 * A catalogue's aliases kept by their first word, so the matcher for some
 * texts is compiled over only the aliases those texts can hold: an alias
 * matches at a word boundary, so its first word is one of the text's words.
 * Compiling the whole list on every change of the reader's items cost in
 * proportion to the catalogue; this follows the texts. The aliases keep
 * their order in the whole list (`rank`), so ties resolve as they would there.
 */
export class AliasBook {
  private readonly byFirstWord = new Map<string, Set<Entry>>();
  /** Aliases whose key opens with something else ("$…"), compiled always. */
  private readonly unanchored = new Set<Entry>();
  private readonly entriesOf = new Map<string, Entry[]>();

  /**
   * Puts an item's aliases (replacing what it had): `group` and `item` place
   * them in the whole list (the bundled items' in their order, then the
   * reader's by id).
   */
  set(key: string, aliases: readonly MatchAlias[], group: number, item: string): void {
    this.remove(key);
    const entries = aliases.map((alias, index): Entry => ({
      alias,
      word: firstWordOf(alias.text),
      rank: [group, item, index],
    }));
    for (const entry of entries) {
      if (entry.word === null) this.unanchored.add(entry);
      else {
        let bucket = this.byFirstWord.get(entry.word);
        if (!bucket) {
          bucket = new Set();
          this.byFirstWord.set(entry.word, bucket);
        }
        bucket.add(entry);
      }
    }
    this.entriesOf.set(key, entries);
  }

  remove(key: string): void {
    for (const entry of this.entriesOf.get(key) ?? []) {
      this.unanchored.delete(entry);
      if (entry.word === null) continue;
      const bucket = this.byFirstWord.get(entry.word);
      bucket?.delete(entry);
      if (bucket?.size === 0) this.byFirstWord.delete(entry.word);
    }
    this.entriesOf.delete(key);
  }

  /** A matcher that finds in these texts what one compiled over every alias finds. */
  matcherFor(texts: readonly string[]): Matcher {
    const found = new Set<Entry>(this.unanchored);
    for (const text of texts)
      for (const word of foldedWordsOf(text))
        for (const entry of this.byFirstWord.get(word) ?? []) found.add(entry);
    return compileMatcher([...found].sort(compareRanks).map((entry) => entry.alias));
  }
}
