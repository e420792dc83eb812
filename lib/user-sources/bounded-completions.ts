/**
 * Completions a query word keeps as prefix terms: the word itself when it is
 * a term, then the closest completions (fewest letters added, then in key
 * order), at most `max` of them, returned in key order. Every completion's
 * pages are read and scored whole, so a short or common stem ("state":
 * statement, statehood, statesman, stateless…) cost a read per completion;
 * the closest ones are those the prefix weight counts most (it falls with
 * each added letter). Terms are stems, so a word's inflections are already
 * the word itself.
 */
export function boundedCompletions(word: string, completions: readonly string[], max: number): string[] {
  const distinct = [...new Set(completions)].filter((term) => term.startsWith(word));
  const kept = distinct
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.max(max, 0) + (distinct.includes(word) ? 1 : 0));
  return kept.sort();
}
