/**
 * minArticles: a story tells a noun when at least two of its reports name it
 * (issue 22: an item the reader sees as a topic of the story is one that at
 * least two sources of the story share, or that heads several sentences).
 * minSentencesPerReport: and when those reports come back to it, in this
 * many sentences each on average: the burstiness by which `junkTopicReason`
 * judges a noun over the corpus, judged within the story. A report about a
 * concept repeats it ("an Internet video surfaced", "In the video", "The
 * video received widespread attention"); a generic noun ("stance",
 * "session", "options") turns up once in each report that has it.
 * minLift: and when the story names it far more often than the corpus does:
 * the share of the story's reports that name it is at least this many times
 * the share of all articles that do, so a noun of every story is never one
 * story's (with reports of three, a noun in a third of the corpus or more).
 */
export const STORY_TOLD = {
  minArticles: 2,
  minSentencesPerReport: 1.5,
  minLift: 3,
  minStoryShare: 1,
} as const;

/**
 * Of the articles that name a noun the corpus scatters over its stories
 * (`sentences`: article → how many times the report uses it), those whose
 * story tells it. The articles are grouped into stories by single linkage
 * (`related`); a group is kept when it holds `STORY_TOLD.minArticles`, its
 * reports name the noun in `minSentencesPerReport` sentences on average, and
 * its share of its story's articles (the group and every article of
 * `allArticles` related to one of its members) is `minLift` times the noun's
 * share of the corpus.
 */
export function storyToldArticles(
  sentences: ReadonlyMap<string, number>,
  allArticles: readonly string[],
  related: (a: string, b: string) => boolean,
): string[] {
  const articles = [...sentences.keys()];
  if (articles.length < STORY_TOLD.minArticles || allArticles.length === 0) return [];
  const corpusShare = articles.length / allArticles.length;
  const groups: string[][] = [];
  for (const article of articles) {
    const joined = groups.filter((group) => group.some((member) => related(member, article)));
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push([article, ...joined.flat()]);
  }
  const told: string[] = [];
  for (const group of groups) {
    if (group.length < STORY_TOLD.minArticles) continue;
    const named = group.reduce((sum, article) => sum + (sentences.get(article) ?? 0), 0);
    if (named / group.length < STORY_TOLD.minSentencesPerReport) continue;
    const members = new Set(group);
    const story = allArticles.filter(
      (other) => members.has(other) || group.some((member) => related(member, other)),
    ).length;
    const storyShare = group.length / story;
    if (storyShare >= STORY_TOLD.minStoryShare && storyShare >= STORY_TOLD.minLift * corpusShare)
      told.push(...group);
  }
  return told;
}
