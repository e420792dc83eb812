/**
 * Average-link (UPGMA) agglomerative clustering with a stopping threshold:
 * two groups merge while the mean similarity of all their cross pairs is at
 * least `threshold`. Deterministic: members are taken in the order given and
 * ties go to the lowest indices, so the same input always gives the same
 * groups. `similarity(i, j)` is read once per pair.
 */
export function clusterAverageLink(
  count: number,
  similarity: (i: number, j: number) => number,
  threshold: number,
): number[][] {
  const groups: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i]);
  // sums[a][b]: total similarity between the members of groups a and b (a < b).
  const sums: Float64Array[] = Array.from({ length: count }, () => new Float64Array(count));
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const value = similarity(i, j);
      sums[i]![j] = value;
      sums[j]![i] = value;
    }
  }
  for (;;) {
    let bestA = -1;
    let bestB = -1;
    let best = threshold;
    for (let a = 0; a < count; a++) {
      const groupA = groups[a];
      if (!groupA) continue;
      const row = sums[a]!;
      for (let b = a + 1; b < count; b++) {
        const groupB = groups[b];
        if (!groupB) continue;
        const mean = row[b]! / (groupA.length * groupB.length);
        if (mean > best || (mean === best && bestA < 0)) {
          best = mean;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA < 0) break;
    const merged = [...groups[bestA]!, ...groups[bestB]!];
    groups[bestA] = merged;
    groups[bestB] = null;
    for (let c = 0; c < count; c++) {
      if (c === bestA || !groups[c]) continue;
      const total = sums[bestA]![c]! + sums[bestB]![c]!;
      sums[bestA]![c] = total;
      sums[c]![bestA] = total;
    }
  }
  return groups
    .filter((group): group is number[] => group !== null)
    .map((group) => group.sort((a, b) => a - b));
}
