import { STOP_WORDS } from '../lib/lexicon/stop-words';
import { foldText } from '../lib/search/normalize';
import { clusterAverageLink } from '../lib/stories';

/**
 * The deliberately strong naive baseline the issue asks for: plain TF-IDF
 * cosine over lower-cased words (stop words out, sublinear counts), and
 * average-link clustering. Its threshold is tuned on the gold answer by the
 * caller, which the real method may not do.
 */
export function tfidfVectors(texts: readonly string[]): Map<string, number>[] {
  const counts = texts.map((text) => {
    const map = new Map<string, number>();
    for (const match of foldText(text).matchAll(/\p{L}[\p{L}'-]*|\d+/gu)) {
      if (STOP_WORDS.has(match[0])) continue;
      map.set(match[0], (map.get(match[0]) ?? 0) + 1);
    }
    return map;
  });
  const df = new Map<string, number>();
  for (const map of counts) for (const term of map.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return counts.map((map) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of map) {
      const weight = (1 + Math.log(count)) * Math.log(texts.length / df.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** Pairwise cosine matrix, computed once so a threshold sweep only re-clusters. */
export function similarityMatrix(vectors: readonly ReadonlyMap<string, number>[]): Float64Array[] {
  const matrix = vectors.map(() => new Float64Array(vectors.length));
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const value = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
  }
  return matrix;
}

export function clusterMatrix(matrix: readonly Float64Array[], threshold: number): number[][] {
  return clusterAverageLink(matrix.length, (i, j) => matrix[i]![j]!, threshold);
}
