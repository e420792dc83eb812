/**
 * lib/content: Parallax in a page. The content script's engine wires these
 * collaborators (start-parallax.ts is the orchestrator); they touch the page
 * through lib/highlight and lib/ui/card, the background through lib/messaging
 * and the runtime through lib/browser/content-runtime.ts.
 */
export { announcePageChange } from './announce-page-change';
export { answerContentMessage, type ContentMessageContext } from './answer-content-message';
export { backgroundRequests, type BackgroundRequests } from './background-requests';
export { createCardController, LOADING_AFTER_MS } from './card-controller';
export type { CardController, CardControllerOptions, CardTarget, CardView } from './card-controller';
export { HIT_TEST_DELAY_MS, trackHover, type HoverTrackerOptions } from './hover-tracker';
export { createPageSession, type PageSession, type Stoppable } from './page-session';
export { pageSetupSource } from './page-setup-source';
export { CARD_MARKS, EARLY_START, LATE_START, PHASE_MARKS } from './phase-marks';
export { startParallax } from './start-parallax';
export type { ParallaxDeps, ParallaxPage } from './start-parallax';
export { INVALIDATION_CHECK_MS, watchInvalidation, type InvalidatableContext } from './watch-invalidation';
