/** B-cubed precision, recall and F1 of a clustering against a gold one (Bagga & Baldwin 1998). */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** `predicted` and `gold` map every item id to its cluster id; both must hold the same ids. */
export function bCubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const members = (map: ReadonlyMap<string, string>): Map<string, Set<string>> => {
    const groups = new Map<string, Set<string>>();
    for (const [id, cluster] of map) {
      let group = groups.get(cluster);
      if (!group) groups.set(cluster, (group = new Set()));
      group.add(id);
    }
    return groups;
  };
  const predictedGroups = members(predicted);
  const goldGroups = members(gold);
  let precision = 0;
  let recall = 0;
  for (const [id, cluster] of predicted) {
    const goldCluster = gold.get(id);
    if (goldCluster === undefined) throw new Error(`eval: b-cubed: "${id}" has no gold story`);
    const mine = predictedGroups.get(cluster)!;
    const theirs = goldGroups.get(goldCluster)!;
    let both = 0;
    for (const other of mine) if (theirs.has(other)) both++;
    precision += both / mine.size;
    recall += both / theirs.size;
  }
  precision /= predicted.size;
  recall /= predicted.size;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
