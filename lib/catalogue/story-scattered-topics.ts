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
 * noun needs to be an item at all (`KEEP.minSourcesSingleWordTopic`); a noun
 * the matcher finds alone in fewer is mostly told inside a longer item
 * ("tankers" in "oil tankers"), which keeps its own sources.
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
    const articles = articlesOf(item.id);
    if (
      articles.length >= STORY_SPREAD.minArticles &&
      articlesPerStory(articles, related) < STORY_SPREAD.minArticlesPerStory
    )
      scattered.add(item.id);
  }
  return scattered;
}
