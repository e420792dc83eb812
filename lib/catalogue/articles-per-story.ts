/**
 * How many of the given articles tell each story, on average: the articles
 * are grouped by single linkage (two articles of which one is `related` to
 * the other are of one story), and the count is articles over groups. A
 * concept a story is about is named by several of its reports (3 articles
 * of one event: 3); a generic noun turns up in one report here and one
 * there (3 articles of 3 events: 1).
 */
export function articlesPerStory(
  articles: readonly string[],
  related: (a: string, b: string) => boolean,
): number {
  if (articles.length === 0) return 0;
  const parent = articles.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++)
      if (root(i) !== root(j) && related(articles[i] as string, articles[j] as string))
        parent[root(j)] = root(i);
  const stories = new Set(articles.map((_, index) => root(index))).size;
  return articles.length / stories;
}
