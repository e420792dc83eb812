import { buildAutomaton, MAX_DENSE_CELLS } from './build-automaton';
import * as folding from './fold-for-match';

// Bound once here rather than imported by name: under a CommonJS transform
// (tsx, which runs the CLI and the bench) every read of an imported binding
// is a getter call, and the scan would spend most of its time in them.
const {
  FOLD_LOWER_CASE,
  FOLD_MARK,
  FOLD_SKIP,
  FOLD_UNIT,
  FOLD_WORD,
  foldForMatch,
  foldUnit,
  foldUnitCased,
  isWordCode,
} = folding;

/** One way of writing an item, as the matcher sees it. */
export interface MatchAlias {
  text: string;
  entityId: string;
  /** Acronyms: "US" must never match "us". */
  caseSensitive: boolean;
  /** Names: "Nice" the city must not match "nice"; upper-case letters of the alias stay upper-case. */
  properNoun: boolean;
}

export interface Mention {
  entityId: string;
  /** Index into the alias list the matcher was compiled from. */
  alias: number;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Matcher {
  readonly aliases: readonly MatchAlias[];
  findAll(text: string): Mention[];
}

interface Pattern {
  alias: number;
  /** Length of the folded key, in folded code units. */
  length: number;
  caseSensitive: boolean;
  /** Offsets (in the pattern) that must be upper case in the text. */
  upper: number[];
  cased: string;
  /** Word-boundary checks apply only where the alias itself starts/ends with a word character. */
  checkStart: boolean;
  checkEnd: boolean;
}

/** A pattern found in the text, before overlaps are resolved. */
interface Candidate {
  /** Offset in the original text of the first folded unit. */
  start: number;
  /** Offset in the original text of the last folded unit. */
  last: number;
  pattern: Pattern;
}

const ROOT = 0;
const SPACE = 0x20;

/** Folds and trims each alias into the key the automaton looks for; aliases that fold to nothing get none. */
function aliasPatterns(aliases: readonly MatchAlias[]): { keys: string[]; patterns: Pattern[] } {
  const keys: string[] = [];
  const patterns: Pattern[] = [];
  aliases.forEach((alias, index) => {
    // Trim the folded alias, not the raw one: hyphens and invisible characters
    // ("\u200B Kremlin", "-Putin") fold to spaces or nothing, and a key that
    // starts with a space would report that space as part of the mention.
    const whole = foldForMatch(alias.text);
    let from = 0;
    let to = whole.folded.length;
    while (from < to && whole.folded.charCodeAt(from) === SPACE) from++;
    while (to > from && whole.folded.charCodeAt(to - 1) === SPACE) to--;
    const key = whole.folded.slice(from, to);
    const cased = whole.cased.slice(from, to);
    if (key.length === 0) return;
    const upper: number[] = [];
    if (alias.properNoun) {
      for (let i = 0; i < cased.length; i++) {
        const wordStart = i === 0 || !isWordCode(cased.charCodeAt(i - 1));
        if (wordStart && cased.charCodeAt(i) !== key.charCodeAt(i)) upper.push(i);
      }
    }
    keys.push(key);
    patterns.push({
      alias: index,
      length: key.length,
      caseSensitive: alias.caseSensitive,
      upper,
      cased,
      checkStart: isWordCode(key.charCodeAt(0)),
      checkEnd: isWordCode(key.charCodeAt(key.length - 1)),
    });
  });
  return { keys, patterns };
}

/**
 * Compiles aliases into an Aho–Corasick automaton over folded text: one pass
 * over the text whatever the number of aliases. Matches honour word
 * boundaries; overlapping matches resolve leftmost, then longest.
 *
 * The scan folds the text as it reads it (`foldUnit`) rather than building a
 * folded copy with an offset map, and takes one table lookup per code unit
 * (`buildAutomaton`). Offsets, word boundaries and letter case are worked
 * out only where a key ends, by folding the code units around it again.
 */
export function compileMatcher(aliases: readonly MatchAlias[]): Matcher {
  return compileMatcherWithin(aliases, MAX_DENSE_CELLS);
}

/**
 * `compileMatcher` with another bound on the automaton's table of full rows
 * (see `MAX_DENSE_CELLS`): tests use tiny bounds to run the deep states'
 * path on a few aliases.
 */
export function compileMatcherWithin(aliases: readonly MatchAlias[], maxDenseCells: number): Matcher {
  const { keys, patterns } = aliasPatterns(aliases);
  const automaton = buildAutomaton(keys, maxDenseCells);
  const { classOf, outputStart, outputList, dictLink } = automaton;
  /** Class of each ASCII code unit of the text, its folding included. */
  const asciiClass = new Uint16Array(0x80);
  for (let code = 0; code < 0x80; code++) asciiClass[code] = classOf[foldUnit(code) & FOLD_UNIT] as number;

  let maxLength = 0;
  for (const pattern of patterns) maxLength = Math.max(maxLength, pattern.length);
  /** Offsets in the text of the folded units of the pattern being checked. */
  const positions = new Int32Array(maxLength);

  /**
   * Fills `positions` with the original offsets of the `length` folded units
   * that end with the unit at `last`: the scan's folding, run backwards.
   */
  function locate(text: string, last: number, length: number): void {
    let at = last;
    positions[length - 1] = at;
    for (let index = length - 2; index >= 0; index--) {
      at--;
      let unit = foldUnit(text.charCodeAt(at));
      while ((unit & FOLD_SKIP) !== 0) unit = foldUnit(text.charCodeAt(--at));
      if ((unit & FOLD_UNIT) === SPACE) {
        // A run of spaces (and invisible characters) folds to one space, at its first space.
        for (let before = at - 1; before >= 0; before--) {
          const other = foldUnit(text.charCodeAt(before));
          if ((other & FOLD_SKIP) !== 0) continue;
          if ((other & FOLD_UNIT) !== SPACE) break;
          at = before;
        }
      }
      positions[index] = at;
    }
  }

  /** Whether the folded unit before `start` is a word character. */
  function wordBefore(text: string, start: number): boolean {
    for (let at = start - 1; at >= 0; at--) {
      const unit = foldUnit(text.charCodeAt(at));
      if ((unit & FOLD_SKIP) === 0) return (unit & FOLD_WORD) !== 0;
    }
    return false;
  }

  /** Whether the folded unit after the one at `last` is a word character. */
  function wordAfter(text: string, last: number): boolean {
    for (let at = last + 1; at < text.length; at++) {
      const unit = foldUnit(text.charCodeAt(at));
      if ((unit & FOLD_SKIP) === 0) return (unit & FOLD_WORD) !== 0;
    }
    return false;
  }

  function honoursCase(pattern: Pattern, text: string): boolean {
    if (pattern.caseSensitive) {
      for (let index = 0; index < pattern.length; index++) {
        const code = text.charCodeAt(positions[index] as number);
        if (foldUnitCased(code) !== pattern.cased.charCodeAt(index)) return false;
      }
      return true;
    }
    for (const offset of pattern.upper) {
      if ((foldUnit(text.charCodeAt(positions[offset] as number)) & FOLD_LOWER_CASE) !== 0) return false;
    }
    return true;
  }

  /** Records the patterns the state reports, found ending with the unit at `last`, that pass their checks. */
  function report(text: string, state: number, last: number, found: Candidate[]): void {
    let wordAfterEnd: boolean | undefined;
    for (
      let out = outputStart[state] !== outputStart[state + 1] ? state : (dictLink[state] as number);
      out !== -1;
      out = dictLink[out] as number
    ) {
      for (let index = outputStart[out] as number; index < (outputStart[out + 1] as number); index++) {
        const pattern = patterns[outputList[index] as number] as Pattern;
        if (pattern.checkEnd && (wordAfterEnd ??= wordAfter(text, last))) continue;
        locate(text, last, pattern.length);
        const start = positions[0] as number;
        if (pattern.checkStart && wordBefore(text, start)) continue;
        if (!honoursCase(pattern, text)) continue;
        found.push({ start, last, pattern });
      }
    }
  }

  /** Where the scan entered a state that reports patterns: (row, offset) pairs, reused across scans. */
  let hits = new Int32Array(64);

  /**
   * The hot loop, kept apart from the checks so that it stays small and calls
   * nothing on the common path: folds each code unit, takes one transition,
   * and notes the states that report patterns. Returns the number of notes.
   */
  function scan(text: string): number {
    const { dense, denseCells, sparseStep } = automaton;
    const ascii = asciiClass;
    let count = 0;
    let row = ROOT;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let cls: number;
      if (code < 0x80) {
        cls = ascii[code] as number;
      } else {
        const unit = foldUnit(code);
        if ((unit & FOLD_SKIP) !== 0) continue;
        cls = classOf[unit & FOLD_UNIT] as number;
      }
      const next = row < denseCells ? (dense[row + cls] as number) : sparseStep(row, cls);
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      if (count === hits.length) {
        const grown = new Int32Array(hits.length * 2);
        grown.set(hits);
        hits = grown;
      }
      hits[count] = row;
      hits[count + 1] = i;
      count += 2;
    }
    return count;
  }

  function findAll(text: string): Mention[] {
    const count = scan(text);
    const found: Candidate[] = [];
    for (let hit = 0; hit < count; hit += 2) {
      report(text, automaton.stateOfRow(hits[hit] as number), hits[hit + 1] as number, found);
    }
    return resolveOverlaps(aliases, text, found);
  }

  return { aliases, findAll };
}

/** Leftmost, then longest (then the alias listed first), never overlapping. */
function resolveOverlaps(aliases: readonly MatchAlias[], text: string, found: Candidate[]): Mention[] {
  // Offsets in the text rise with offsets in the folded text, so sorting and
  // overlap tests on them decide as they would on the folded text.
  // Candidates come in order of their end, and the sort is stable, so equal
  // spans keep the order of the aliases.
  found.sort((a, b) => a.start - b.start || b.last - a.last);
  const mentions: Mention[] = [];
  let covered = 0;
  for (const match of found) {
    if (match.start < covered) continue;
    // Combining marks after the last letter belong to it (NFD "José" is
    // "Jose\u0301"): end after them so the mention never splits a character.
    let end = match.last + 1;
    while (end < text.length && (foldUnit(text.charCodeAt(end)) & FOLD_MARK) !== 0) end++;
    covered = end;
    const alias = aliases[match.pattern.alias] as MatchAlias;
    mentions.push({
      entityId: alias.entityId,
      alias: match.pattern.alias,
      start: match.start,
      end,
      text: text.slice(match.start, end),
    });
  }
  return mentions;
}
