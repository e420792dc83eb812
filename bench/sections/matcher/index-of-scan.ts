import { isWordCode } from '../../../lib/entities/fold-for-match';
import type { BenchAlias } from './combined-regexp';
import type { Span } from './resolve-overlaps';

/**
 * The floor (docs/bench.md#matcher): one `indexOf` loop per alias, over a
 * lower-cased copy of the text (acronyms over the text itself), two code-unit
 * checks for word boundaries at each hit, counting.
 */

export interface IndexOfCounts {
  /** Every occurrence of every alias as a substring. */
  substrings: number;
  /** Those at word boundaries. */
  atBoundaries: number;
}

/**
 * Lower-cases the aliases once (the floor's whole setup) and returns the
 * scan. Given `spans`, it also pushes every boundary hit there (for tests;
 * timed runs pass nothing).
 */
export function createIndexOfScan(
  aliases: readonly BenchAlias[],
): (text: string, spans?: Span[]) => IndexOfCounts {
  const needles = aliases.map(({ text, caseSensitive }) => {
    const needle = caseSensitive ? text : text.toLowerCase();
    return {
      text: needle,
      caseSensitive,
      checkStart: isWordCode(needle.charCodeAt(0)),
      checkEnd: isWordCode(needle.charCodeAt(needle.length - 1)),
    };
  });
  const anyInsensitive = needles.some((needle) => !needle.caseSensitive);

  return (text, spans) => {
    const lower = anyInsensitive ? text.toLowerCase() : text;
    let substrings = 0;
    let atBoundaries = 0;
    for (const needle of needles) {
      const haystack = needle.caseSensitive ? text : lower;
      const length = needle.text.length;
      for (let at = haystack.indexOf(needle.text); at !== -1; at = haystack.indexOf(needle.text, at + 1)) {
        substrings++;
        if (needle.checkStart && at > 0 && isWordCode(haystack.charCodeAt(at - 1))) continue;
        if (needle.checkEnd && at + length < haystack.length && isWordCode(haystack.charCodeAt(at + length)))
          continue;
        atBoundaries++;
        spans?.push({ start: at, end: at + length });
      }
    }
    return { substrings, atBoundaries };
  };
}
