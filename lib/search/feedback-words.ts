import type { WeightedWord } from './passage-engine';

export interface FeedbackPassage {
  /** The passage's index terms, repeats included (as `indexTerm` gives them). */
  terms: readonly string[];
  score: number;
}

export interface FeedbackOptions {
  /** How many words to add. */
  count: number;
  /** The weight of the best added word; the others in proportion to theirs. */
  weight: number;
  /** Passages holding a term: rarer terms say more about what the passages share. */
  documentFrequency: (term: string) => number;
  documentCount: number;
  /** A term held by fewer feedback passages than this is one passage's detail, not the answer's. */
  minPassages: number;
}

/**
 * Pseudo-relevance feedback (RM3's relevance model, weighted by rarity):
 * the words the best first-pass passages share, weighted by how often each
 * passage uses them (its share of the passage's words) times the passage's
 * share of the first pass's score, times the word's inverse passage
 * frequency. A question ("who took over from Maurice Cheeks") then also
 * asks for what its best passages keep naming ("DiLeo", "interim"), so the
 * passage that answers without repeating the question is found.
 */
export function feedbackWords(
  passages: readonly FeedbackPassage[],
  asked: ReadonlySet<string>,
  options: FeedbackOptions,
): WeightedWord[] {
  const total = passages.reduce((sum, passage) => sum + passage.score, 0);
  if (total <= 0 || options.count <= 0) return [];
  const relevance = new Map<string, number>();
  const holders = new Map<string, number>();
  for (const { terms, score } of passages) {
    if (terms.length === 0) continue;
    const counts = new Map<string, number>();
    for (const term of terms) if (!asked.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      relevance.set(term, (relevance.get(term) ?? 0) + (tf / terms.length) * (score / total));
      holders.set(term, (holders.get(term) ?? 0) + 1);
    }
  }
  const { documentFrequency, documentCount } = options;
  const ranked = [...relevance]
    .filter(([term]) => (holders.get(term) ?? 0) >= options.minPassages)
    .map(([word, value]) => {
      const frequency = documentFrequency(word);
      return { word, value: value * Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5)) };
    })
    .sort((a, b) => b.value - a.value || (a.word < b.word ? -1 : 1))
    .slice(0, options.count);
  const best = ranked[0]?.value ?? 0;
  return best > 0 ? ranked.map(({ word, value }) => ({ word, weight: (options.weight * value) / best })) : [];
}
