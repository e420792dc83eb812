import { articlesPerStory } from './articles-per-story';

/**
 * sameStory: two articles whose item profiles reach this cosine are taken to
 * tell one story. Precision before recall: a false link joins two stories and
 * makes a scattered noun look told twice (on BASIL's labelled events about
 * nine in ten pairs of one event reach 0.25, under two in a thousand other
 * pairs do).
 * minArticlesPerStory: a lone noun is a topic when the stories that use it
 * name it, on average, in a second report every other time (a story's
 * reports agree on what it is about: 2 or 3 for a concept of three-report
 * stories); a generic noun turns up one report at a time, near 1 ("door",
 * "status", "reality"). The count includes every wording the catalogue gave
 * the item, so "apology" counts the reports that say "apologized".
 * minArticles: spread is judged on three articles or more, as many as a lone
 * noun needs to be an item at all (`KEEP.minSourcesSingleWordTopic`). A noun
 * the matcher finds alone in fewer is mostly told inside longer phrases
 * ("tankers" in "oil tankers"), which keep their own sources; its spread is
 * then judged on every article that writes it, alone or as the head of a
 * longer phrase: a head that the reports of one story share stays
 * ("refineries" in "oil refineries"), while one told once in each of many
 * stories inside a phrase that carries the meaning ("the campaign trail",
 * "the real estate mogul") is no concept alone.
 */
export const STORY_SPREAD = {
  sameStory: 0.25,
  minArticlesPerStory: 1.5,
  minArticles: 3,
} as const;

export interface SpreadItem {
  id: string;
  label: string;
  kind: string;
  curated?: boolean | undefined;
  /** Article id → times the corpus writes the noun, alone or heading a longer phrase (the extraction's count). */
  sources?: ReadonlyMap<string, number> | undefined;
}

/**
 * The single-word topics that the corpus scatters over its stories, one
 * report at a time: their ids, to be left out of the catalogue. `articlesOf`
 * gives the articles in which the matcher found the item itself (not an
 * item implying it); `similarity` scores two articles.
 */
export function storyScatteredTopics(
  items: readonly SpreadItem[],
  articlesOf: (id: string) => readonly string[],
  similarity: (a: string, b: string) => number,
): Set<string> {
  const related = (a: string, b: string): boolean => similarity(a, b) >= STORY_SPREAD.sameStory;
  const scattered = new Set<string>();
  for (const item of items) {
    if (item.kind !== 'topic' || item.curated === true || item.label.includes(' ')) continue;
    const alone = articlesOf(item.id);
    const articles = alone.length >= STORY_SPREAD.minArticles ? alone : [...(item.sources?.keys() ?? [])];
    if (
      articles.length >= STORY_SPREAD.minArticles &&
      articlesPerStory(articles, related) < STORY_SPREAD.minArticlesPerStory
    )
      scattered.add(item.id);
  }
  return scattered;
}
