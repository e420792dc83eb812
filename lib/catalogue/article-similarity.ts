/** An item in a single article pairs it with none; the inverse document frequency weighs the rest. */
const MIN_ARTICLES = 2;

/**
 * The cosine similarity of two articles over the items each mentions
 * (sublinear counts weighted by inverse document frequency), from the
 * article → item → mentions table the catalogue's matcher fills. Articles
 * about one event share its people, places and topics; the score is 0 for
 * an article the table does not know.
 */
export function articleSimilarity(
  mentions: ReadonlyMap<string, ReadonlyMap<string, number>>,
): (a: string, b: string) => number {
  const articles = mentions.size;
  const df = new Map<string, number>();
  for (const items of mentions.values())
    for (const item of items.keys()) df.set(item, (df.get(item) ?? 0) + 1);
  const vectors = new Map<string, Map<string, number>>();
  const norms = new Map<string, number>();
  for (const [article, items] of mentions) {
    const vector = new Map<string, number>();
    let squares = 0;
    for (const [item, count] of items) {
      const seen = df.get(item) ?? 0;
      if (seen < MIN_ARTICLES) continue;
      const weight = (1 + Math.log(count)) * Math.log(articles / seen);
      vector.set(item, weight);
      squares += weight * weight;
    }
    vectors.set(article, vector);
    norms.set(article, Math.sqrt(squares));
  }
  return (a, b) => {
    const va = vectors.get(a);
    const vb = vectors.get(b);
    const norm = (norms.get(a) ?? 0) * (norms.get(b) ?? 0);
    if (va === undefined || vb === undefined || norm === 0) return 0;
    let dot = 0;
    for (const [item, weight] of va) dot += weight * (vb.get(item) ?? 0);
    return dot / norm;
  };
}
