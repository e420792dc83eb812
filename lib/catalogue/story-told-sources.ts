/**
 * minStoryReports: a topic is one of a story's when at least this many of
 * the story's reports name it (issue 22: an item a reader sees as a topic of
 * the story is one its sources share). The reports of one event agree on
 * what it is about; a noun that is the topic of another story ("a tweet",
 * "the law", "protections") turns up in one report of this one.
 * minNamings: or when one report names it this many times, making it a
 * subject of its own ("above the price cap" and again "above the price
 * cap" in one seed report; a third time asked for lost such real topics),
 * or names it in its headline.
 */
export const STORY_TOLD_SOURCE = {
  minStoryReports: 2,
  minNamings: 2,
} as const;

export interface TopicNamings {
  id: string;
  /**
   * Article → how many times the report names the topic: the articles the
   * catalogue lists for it, a report that only uses a verb its aliases
   * also match ("It looks like", "could help") at 0.
   */
  namings: ReadonlyMap<string, number>;
}

/**
 * For each topic, the articles whose story does not tell it: those where
 * it is no more than a passing word. An article's story is the article and
 * every article `related` to it; the story tells the topic when
 * `minStoryReports` of its reports name it, when one names it `minNamings`
 * times, or when one's headline does (`inHeadline`). Every report of a story
 * that tells it keeps it, however it words it; in the other stories its
 * passages are not the topic's.
 */
export function storyUntoldSources(
  topics: readonly TopicNamings[],
  inHeadline: (article: string, id: string) => boolean,
  related: (a: string, b: string) => boolean,
): Map<string, string[]> {
  const untold = new Map<string, string[]>();
  for (const topic of topics) {
    const articles = [...topic.namings.keys()];
    const dropped = articles.filter((article) => {
      const story = articles.filter((other) => other === article || related(article, other));
      const naming = story.filter((report) => (topic.namings.get(report) ?? 0) > 0);
      const told =
        naming.length >= STORY_TOLD_SOURCE.minStoryReports ||
        naming.some((report) => (topic.namings.get(report) ?? 0) >= STORY_TOLD_SOURCE.minNamings) ||
        story.some((report) => inHeadline(report, topic.id));
      return !told;
    });
    if (dropped.length > 0) untold.set(topic.id, dropped);
  }
  return untold;
}
