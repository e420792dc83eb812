import type { Article } from '../corpus';
import { catalogueMatcher, type Catalogue, type Matcher } from '../entities';
import { toStoriesFile, type StoriesFile } from './stories-file';
import { StoryIndex } from './story-index';
import type { StoryOptions } from './story-options';
import { storySignals, type StorySignals } from './story-signals';

/** An article's text as a page would show it: its headline, then its body. */
export function articleStoryText(article: Article): string {
  return article.meta.title === null ? article.body : `${article.meta.title}\n\n${article.body}`;
}

/** An article's signals, its items found by the shipped matcher (as on a page). */
export function articleSignals(article: Article, matcher: Matcher): StorySignals {
  const text = articleStoryText(article);
  return storySignals(text, matcher.findAll(text), article.meta.published);
}

/** The stories of a corpus whose catalogue is built: the build and the CLI share it. */
export function corpusStories(
  articles: readonly Article[],
  catalogue: Catalogue,
  options: Partial<StoryOptions> = {},
): StoryIndex {
  const matcher = catalogueMatcher(catalogue);
  const labels = new Map(catalogue.entities.map((entity) => [entity.id, entity.label]));
  return StoryIndex.build(
    articles.map((article) => ({ id: article.meta.id, signals: articleSignals(article, matcher) })),
    options,
    (id) => labels.get(id),
  );
}

/** The stories file of a corpus whose catalogue is built: what the build ships. */
export function corpusStoriesFile(articles: readonly Article[], catalogue: Catalogue): StoriesFile {
  return toStoriesFile(corpusStories(articles, catalogue));
}
