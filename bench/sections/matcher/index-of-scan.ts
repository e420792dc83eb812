import type { BenchAlias } from './bench-alias';
import type { Span } from './resolve-overlaps';
import { isWordCode } from './word-code';

/**
 * The floor: the least work that finds the aliases without an automaton or a
 * RegExp — one `indexOf` loop per alias, over a lower-cased copy of the text
 * for ordinary aliases and over the text itself for acronyms. Each hit costs
 * two code-unit checks for word boundaries (the same rule as the matcher), so
 * "Nato" inside "senator" is not counted; hits are counted, not kept, and
 * aliases are scanned independently, so nested aliases ("Donald Trump",
 * "Trump") are each counted. The cost grows with the number of aliases: a
 * pass over the text per alias.
 */

export interface IndexOfCounts {
  /** Every occurrence of every alias as a substring. */
  substrings: number;
  /** Those at word boundaries. */
  atBoundaries: number;
}

interface Needle {
  text: string;
  caseSensitive: boolean;
  checkStart: boolean;
  checkEnd: boolean;
}

export type IndexOfScan = (text: string, spans?: Span[]) => IndexOfCounts;

/**
 * Lower-cases the aliases once (the floor's whole setup) and returns the
 * scan. Given `spans`, it also pushes every boundary hit there (the untimed
 * count diagnostics use that; timed runs pass nothing).
 */
export function createIndexOfScan(aliases: readonly BenchAlias[]): IndexOfScan {
  const needles: Needle[] = aliases.map((alias) => {
    const text = alias.caseSensitive ? alias.text : alias.text.toLowerCase();
    return {
      text,
      caseSensitive: alias.caseSensitive,
      checkStart: isWordCode(text.charCodeAt(0)),
      checkEnd: isWordCode(text.charCodeAt(text.length - 1)),
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
