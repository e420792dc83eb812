export { dwellFor, hasBeenRead, MIN_SCROLL_DWELL_MS, SCROLLED_THROUGH } from './has-been-read';
export type { ReadingState } from './has-been-read';
export { keepDecision } from './keep-decision';
export type { KeepDecision, KeepQuestion, SkipReason } from './keep-decision';
export { privateSiteReason } from './private-site-reason';
export type { PrivateSiteKind } from './private-site-reason';
export { normaliseSite, siteRule, withSiteRule } from './site-rule';
