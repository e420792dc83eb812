export { ALIGN, alignFacts } from './align-facts';
export { buildItemCard } from './build-item-card';
export type { ItemCardInput, StoredPassage } from './build-item-card';
export { collectFacts, sourcePassageIds } from './collect-facts';
export { eventStoryOf } from './event-story-of';
export type { CorpusView } from './collect-facts';
export { compareCorpus, compareItem } from './compare-item';
export { alignedFactsSchema, comparisonSchema, facetSchema, sourcedFactSchema } from './comparison-schema';
export type { AlignedFacts, Comparison, Facet, SourcedFact } from './comparison-schema';
export { DIFFERENT_TIME_DAYS, differentTimeSources } from './different-time';
export { findFacets } from './find-facets';
export { corpusView, scopedCorpusView } from './corpus-view';
export { compareSubject } from './compare-item';
export type { ComparisonSubject } from './compare-item';
export { compareQuery, compareSelection } from './compare-query';
export { cardFindings } from './card-findings';
export type { CardFindingsInput } from './card-findings';
export {
  BEST_SOURCES_OFF_STORY,
  cardFindingSchema,
  cardSourceSchema,
  itemCardSchema,
  MAX_CARD_FINDINGS,
  PAGE_STORY_MATCHES,
  PASSAGES_PER_SOURCE,
} from './item-card-schema';
export type { CardFinding, CardSource, ItemCard } from './item-card-schema';
export { pageFacts, THIS_PAGE_ID } from './page-facts';
export { coverageMatrix } from './coverage-matrix';
export type { CoverageRow } from './coverage-matrix';
export {
  attribution,
  comparisonToJson,
  comparisonToMarkdown,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
} from './comparison-markdown';
export { pageStoryOf, storyRefSchema } from './source-stories';
export { dayLabel, findingLabel } from './day-label';
export type { PageStoryId, StoryOfSource, StoryRef } from './source-stories';
export { contextCloseness } from './context-closeness';
export { storyBriefing, storySources } from './story-briefing';
export type { BriefedStory, StoryBriefingInput } from './story-briefing';
export { storySummaries } from './story-summaries';
export {
  briefingFindingSchema,
  briefingItemLineSchema,
  MAX_BRIEFING_LINES,
  MAX_LISTED_STORIES,
  storyBriefingSchema,
  storySummarySchema,
} from './story-briefing-schema';
export type {
  BriefingFinding,
  BriefingItemLine,
  BriefingItemRef,
  StoryBriefing,
  StorySummary,
} from './story-briefing-schema';
export {
  comparisonExtentSchema,
  describeComparisonExtent,
  EXTENT_MESSAGES,
  extentSentence,
} from './describe-comparison-extent';
export type { ComparisonExtent, ExtentMessage } from './describe-comparison-extent';
export { cardClaims, claimFindingSchema, claimSchema, claimsFileSchema, compareClaims } from './claims';
export type { Claim, ClaimFinding, ClaimsOf } from './claims';
