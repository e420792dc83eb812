import { foldForMatch, type FoldedText } from './fold-for-match';

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
  length: number;
  /** Offsets (in the pattern) that must be upper case in the text. */
  upper: number[];
  cased: string;
  /** Word-boundary checks apply only where the alias itself starts/ends with a word character. */
  checkStart: boolean;
  checkEnd: boolean;
}

const ROOT = 0;

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return isNonAsciiWord(code);
}

const wordCache = new Map<number, boolean>();
function isNonAsciiWord(code: number): boolean {
  let word = wordCache.get(code);
  if (word === undefined) {
    word = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
    wordCache.set(code, word);
  }
  return word;
}

const markCache = new Map<number, boolean>();
/** Combining marks (BMP): folding drops them, but they belong to the letter before them. */
function isMarkCode(code: number): boolean {
  if (code < 0x300) return false;
  let mark = markCache.get(code);
  if (mark === undefined) {
    mark = /\p{M}/u.test(String.fromCharCode(code));
    markCache.set(code, mark);
  }
  return mark;
}

const SPACE = 0x20;

function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/**
 * Compiles aliases into an Aho–Corasick automaton over folded text: one pass
 * over the text whatever the number of aliases. Matches honour word
 * boundaries; overlapping matches resolve leftmost, then longest.
 */
export function compileMatcher(aliases: readonly MatchAlias[]): Matcher {
  const next: Map<number, number>[] = [new Map<number, number>()];
  const fail: number[] = [ROOT];
  const outputs: number[][] = [[]];
  /** Nearest node along the failure chain that has outputs, or -1. */
  const dictLink: number[] = [-1];
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
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const edges = next[node] as Map<number, number>;
      let child = edges.get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        fail.push(ROOT);
        outputs.push([]);
        dictLink.push(-1);
        edges.set(code, child);
      }
      node = child;
    }
    const upper: number[] = [];
    if (alias.properNoun) {
      for (let i = 0; i < cased.length; i++) {
        const code = cased.charCodeAt(i);
        const wordStart = i === 0 || !isWordCode(cased.charCodeAt(i - 1));
        if (wordStart && code !== key.charCodeAt(i)) upper.push(i);
      }
    }
    (outputs[node] as number[]).push(patterns.length);
    patterns.push({
      alias: index,
      length: key.length,
      upper,
      cased,
      checkStart: isWordCode(key.charCodeAt(0)),
      checkEnd: isWordCode(key.charCodeAt(key.length - 1)),
    });
  });

  // Breadth-first: failure links point to the longest proper suffix in the trie.
  const queue: number[] = [];
  for (const child of (next[ROOT] as Map<number, number>).values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const [code, child] of next[node] as Map<number, number>) {
      let f = fail[node] as number;
      while (f !== ROOT && !(next[f] as Map<number, number>).has(code)) f = fail[f] as number;
      const target = (next[f] as Map<number, number>).get(code);
      fail[child] = target !== undefined && target !== child ? target : ROOT;
      const failNode = fail[child];
      dictLink[child] =
        (outputs[failNode] as number[]).length > 0 ? failNode : (dictLink[failNode] as number);
      queue.push(child);
    }
  }

  function accept(pattern: Pattern, text: FoldedText, start: number, end: number): boolean {
    const { folded, cased } = text;
    if (pattern.checkStart && start > 0 && isWordCode(folded.charCodeAt(start - 1))) return false;
    if (pattern.checkEnd && end < folded.length && isWordCode(folded.charCodeAt(end))) return false;
    if (aliases[pattern.alias]?.caseSensitive) return cased.slice(start, end) === pattern.cased;
    for (const offset of pattern.upper) if (isLowerCode(cased.charCodeAt(start + offset))) return false;
    return true;
  }

  function findAll(original: string): Mention[] {
    const text = foldForMatch(original);
    const { folded, origin } = text;
    const found: { start: number; end: number; pattern: Pattern }[] = [];
    let node = ROOT;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let child = (next[node] as Map<number, number>).get(code);
      while (child === undefined && node !== ROOT) {
        node = fail[node] as number;
        child = (next[node] as Map<number, number>).get(code);
      }
      node = child ?? ROOT;
      for (
        let out = (outputs[node] as number[]).length > 0 ? node : (dictLink[node] as number);
        out !== -1;
        out = dictLink[out] as number
      ) {
        for (const patternIndex of outputs[out] as number[]) {
          const pattern = patterns[patternIndex] as Pattern;
          const start = i + 1 - pattern.length;
          if (accept(pattern, text, start, i + 1)) found.push({ start, end: i + 1, pattern });
        }
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let covered = 0;
    for (const match of found) {
      if (match.start < covered) continue;
      covered = match.end;
      const start = origin[match.start] as number;
      // Combining marks after the last letter belong to it (NFD "José" is
      // "Jose\u0301"): end after them so the mention never splits a character.
      let end = (origin[match.end - 1] as number) + 1;
      while (end < original.length && isMarkCode(original.charCodeAt(end))) end++;
      const alias = aliases[match.pattern.alias] as MatchAlias;
      mentions.push({
        entityId: alias.entityId,
        alias: match.pattern.alias,
        start,
        end,
        text: original.slice(start, end),
      });
    }
    return mentions;
  }

  return { aliases, findAll };
}
