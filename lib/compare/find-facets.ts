import type { Facet } from './comparison-schema';
import { contentWords, wordOverlap } from './content-words';

/** Passages join a facet when they share this much wording with one already in it (see ALIGN for the idea). */
const FACET = { minShared: 2, minOverlap: 0.25, labelWords: 3 } as const;

export interface FacetPassage {
  id: string;
  sourceId: string;
  text: string;
}

/**
 * Groups passages from different sources that speak to the same aspect of an
 * item (how long the meeting lasted, what it achieved…) by shared content
 * words, leaving out the item's own words. Facets that several sources speak
 * to come first.
 */
export function findFacets(passages: readonly FacetPassage[], itemWords: ReadonlySet<string>): Facet[] {
  const facets: { members: { passage: FacetPassage; words: Set<string> }[] }[] = [];
  for (const passage of passages) {
    const words = contentWords(passage.text);
    for (const word of itemWords) words.delete(word);
    let best: { facet: (typeof facets)[number]; score: number } | null = null;
    for (const facet of facets) {
      for (const member of facet.members) {
        const { shared, coefficient } = wordOverlap(words, member.words);
        if (
          shared >= FACET.minShared &&
          coefficient >= FACET.minOverlap &&
          (!best || coefficient > best.score)
        ) {
          best = { facet, score: coefficient };
        }
      }
    }
    if (best) best.facet.members.push({ passage, words });
    else facets.push({ members: [{ passage, words }] });
  }
  return facets
    .map(({ members }) => {
      const counts = new Map<string, number>();
      for (const { words } of members)
        for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      const label = [...counts]
        .filter(([, count]) => count > 1)
        .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
        .slice(0, FACET.labelWords)
        .map(([word]) => word)
        .join(', ');
      const bySource: Record<string, string[]> = {};
      for (const { passage } of members) (bySource[passage.sourceId] ??= []).push(passage.id);
      return { label, passages: bySource };
    })
    .filter((facet) => Object.keys(facet.passages).length > 1)
    .sort((a, b) => Object.keys(b.passages).length - Object.keys(a.passages).length);
}
