import type { Span } from './resolve-overlaps';

/** A text matched by one engine and not the other, with how often and the likely reason. */
export interface Disagreement {
  text: string;
  /** Which engine found it: the other found nothing with exactly that span. */
  foundBy: 'parallax' | 'regexp';
  count: number;
  reason: string;
}

export interface MatchComparison {
  /** Spans only the Parallax matcher found. */
  parallaxOnly: number;
  regexpOnly: number;
  /** By matched text, most frequent first. */
  disagreements: Disagreement[];
}

/** A word starting with a lower-case letter: "china", "white House". */
const LOWER_CASE_WORD = /(?:^|[^\p{L}\p{N}\p{M}])\p{Ll}/u;
/** What the matcher folds and the RegExp takes literally: line breaks, space runs, hyphens, non-ASCII. */
const FOLDED = /[^\x20-\x7e]| {2}|-/u;

function reasonFor(text: string, foundBy: Disagreement['foundBy']): string {
  if (foundBy === 'regexp' && LOWER_CASE_WORD.test(text))
    return 'proper-noun capitals: the matcher requires them, the `i` flag ignores them';
  if (foundBy === 'parallax' && FOLDED.test(text))
    return 'folding: the matcher treats line breaks, space runs, hyphens and accents as the plain alias';
  return 'other';
}

/** Exact-span comparison of the two engines' matches on `text` (the same text for both). */
export function compareMatches(
  text: string,
  parallax: readonly Span[],
  regexp: readonly Span[],
): MatchComparison {
  const key = (span: Span): string => `${span.start}:${span.end}`;
  const parallaxKeys = new Set(parallax.map(key));
  const regexpKeys = new Set(regexp.map(key));
  const counts = new Map<string, Disagreement>();
  const tally = (span: Span, foundBy: Disagreement['foundBy']): void => {
    const matched = text.slice(span.start, span.end);
    const id = `${foundBy}\u0000${matched}`;
    const entry = counts.get(id) ?? { text: matched, foundBy, count: 0, reason: reasonFor(matched, foundBy) };
    entry.count++;
    counts.set(id, entry);
  };
  const parallaxOnly = parallax.filter((span) => !regexpKeys.has(key(span)));
  const regexpOnly = regexp.filter((span) => !parallaxKeys.has(key(span)));
  for (const span of parallaxOnly) tally(span, 'parallax');
  for (const span of regexpOnly) tally(span, 'regexp');
  return {
    parallaxOnly: parallaxOnly.length,
    regexpOnly: regexpOnly.length,
    disagreements: [...counts.values()].sort(
      (a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    ),
  };
}
