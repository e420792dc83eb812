import type { Catalogue } from '../../../lib/entities';
import { isWordCode } from '../../../lib/entities/fold-for-match';
import { resolveOverlaps, type Span } from './resolve-overlaps';

/**
 * The RegExp peer (docs/bench.md#matcher): every alias in one alternation,
 * one `giu` RegExp for ordinary aliases and one `gu` for acronyms (Node 20
 * has no inline `(?i:)`), their matches merged leftmost-longest.
 */

/** An alias as the baselines see it: its text and whether case matters. */
export interface BenchAlias {
  text: string;
  caseSensitive: boolean;
}

/** The matcher's word characters (lib/entities `isWordCode`): unlike `\w`, any script's, and no `_`. */
const WORD_CHAR_CLASS = '[\\p{L}\\p{N}\\p{M}]';

/** Every alias of the catalogue once (trimmed, as the matcher trims them), in catalogue order. */
export function catalogueAliases(catalogue: Catalogue): BenchAlias[] {
  const seen = new Set<string>();
  return catalogue.entities.flatMap((entity) =>
    entity.aliases.flatMap((alias) => {
      const text = alias.text.trim();
      const key = `${alias.caseSensitive ? 'cs' : 'ci'}:${text}`;
      if (text === '' || seen.has(key)) return [];
      seen.add(key);
      return [{ text, caseSensitive: alias.caseSensitive }];
    }),
  );
}

/** Escapes the characters that are syntax in a `u` RegExp (where escaping anything else is an error). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/**
 * The alternation of some aliases, longest first so that the longest alias
 * wins at a position (ties alphabetically, so the source is stable); each
 * end that is a word character gets a word-boundary lookaround (so, unlike
 * `\b`, "U.S." may be followed by a letter).
 */
export function alternationSource(texts: readonly string[]): string {
  const sorted = [...new Set(texts)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted
    .map((text) => {
      const start = isWordCode(text.charCodeAt(0)) ? `(?<!${WORD_CHAR_CLASS})` : '';
      const end = isWordCode(text.charCodeAt(text.length - 1)) ? `(?!${WORD_CHAR_CLASS})` : '';
      return `${start}${escapeRegExp(text)}${end}`;
    })
    .join('|');
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
