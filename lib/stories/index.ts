export { clusterAverageLink } from './cluster-average-link';
export { StoryIndex } from './story-index';
export type { ItemLabel } from './story-index';
export { STORY_DEFAULTS } from './story-options';
export type { StoryOptions } from './story-options';
export { ITEM_PREFIX, storySignals, WORD_PREFIX, YEAR_PREFIX } from './story-signals';
export type { ItemMention, StorySignals } from './story-signals';
export type { Story, StoryMatch, StoryScore } from './story-types';
export {
  readStoriesFile,
  STORIES_FORMAT,
  storiesFileSchema,
  storySchema,
  toStoriesFile,
} from './stories-file';
export type { StoriesFile } from './stories-file';
export { articleSignals, articleStoryText, corpusStories, corpusStoriesFile } from './corpus-stories';
