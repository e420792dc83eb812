export { clusterAverageLink } from './cluster-average-link';
export { StoryIndex } from './story-index';
export type { ItemLabel } from './story-index';
export { KeptStories, mergeKeptChanges } from './kept-stories';
export type {
  KeptMemberRecord,
  KeptStoriesChange,
  KeptStoriesState,
  KeptStoryRecord,
  StoryView,
} from './kept-stories';
export { weighSignals } from './weigh-signals';
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
export { HIGHLIGHT_POLICY, itemStanding, pageHighlights, shownOffStory } from './highlight-policy';
export type {
  HighlightPolicyOptions,
  HighlightScope,
  ItemStanding,
  PageHighlightInput,
  PolicyCorpus,
  PolicyItem,
} from './highlight-policy';
export { itemStandings } from './item-standings';
export { decidePageHighlights, MAX_STORY_TEXT, pageYearsOf } from './page-highlight-decision';
export type { PageHighlightDecision, PageHighlightQuestion } from './page-highlight-decision';
