/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): each list
 * gives an item 1 / (RRF_K + its rank), and the sums order the merged list.
 * The bundled corpus (MiniSearch, with the search engine's feedback,
 * neighbour and answer-kind boosts, its statistics over five articles) and
 * the reader's paged index (plain BM25+ over up to 1.5 million passages)
 * score on scales that no constant makes equal: their ranks are comparable,
 * their scores are not. Fusion needs no calibration and cannot be swamped by
 * one side's larger numbers.
 */

/** The paper's constant: it damps the top ranks' lead so that agreement between lists counts. */
export const RRF_K = 60;

/** Merges ranked lists (best first) of items with ids; an item in several lists sums its shares and keeps its first copy. */
export function fuseRankings<T extends { id: string }>(lists: readonly (readonly T[])[], limit: number): T[] {
  const fused = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  for (const list of lists)
    list.forEach((item, rank) => {
      const share = 1 / (RRF_K + rank + 1);
      const seen = fused.get(item.id);
      if (seen) seen.score += share;
      else fused.set(item.id, { item, score: share, order: order++ });
    });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ item }) => item);
}
