import type { BenchAlias } from './bench-alias';
import { resolveOverlaps, type Span } from './resolve-overlaps';
import { isWordCode, WORD_CHAR_CLASS } from './word-code';

/**
 * The RegExp baseline: what one would write without an automaton — all
 * aliases in one alternation, run with `matchAll`. JavaScript (before
 * pattern modifiers, which Node 20 lacks) cannot mix case-sensitive and
 * case-insensitive alternatives in one RegExp, so there is one RegExp per
 * kind: `giu` for ordinary aliases, `gu` for acronyms. Their matches are
 * merged leftmost-longest, as the matcher resolves overlaps.
 */

const NOT_AFTER_WORD = `(?<!${WORD_CHAR_CLASS})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR_CLASS})`;

/** Escapes the characters that are syntax in a `u` RegExp (where escaping anything else is an error). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/**
 * One alternative: the escaped alias with a word-boundary lookaround at each
 * end that is a word character (like the matcher, and unlike `\b`, "U.S."
 * may be followed by a letter, and `_` is no word character).
 */
function alternative(text: string): string {
  const start = isWordCode(text.charCodeAt(0)) ? NOT_AFTER_WORD : '';
  const end = isWordCode(text.charCodeAt(text.length - 1)) ? NOT_BEFORE_WORD : '';
  return `${start}${escapeRegExp(text)}${end}`;
}

/**
 * The alternation source for some aliases, longest first so that at any
 * position the longest alias wins (alternation takes the first that
 * matches); ties in length go alphabetically, so the source is stable.
 */
export function alternationSource(texts: readonly string[]): string {
  const sorted = [...new Set(texts)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map(alternative).join('|');
}

/** At most two RegExps: `giu` for the case-insensitive aliases, `gu` for the case-sensitive ones. */
export function buildCombinedRegExps(aliases: readonly BenchAlias[]): RegExp[] {
  const insensitive = aliases.filter((alias) => !alias.caseSensitive).map((alias) => alias.text);
  const sensitive = aliases.filter((alias) => alias.caseSensitive).map((alias) => alias.text);
  const regExps: RegExp[] = [];
  if (insensitive.length > 0) regExps.push(new RegExp(alternationSource(insensitive), 'giu'));
  if (sensitive.length > 0) regExps.push(new RegExp(alternationSource(sensitive), 'gu'));
  return regExps;
}

/** Every match of the combined RegExps in `text`, overlaps between them resolved. */
export function findWithRegExps(regExps: readonly RegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const regExp of regExps) {
    for (const match of text.matchAll(regExp))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return regExps.length > 1 ? resolveOverlaps(spans) : spans;
}
