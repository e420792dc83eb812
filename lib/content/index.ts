export { CARD_MARKS, PHASE_MARKS } from './phase-marks';
export { startParallax } from './start-parallax';
export type { ParallaxDeps, ParallaxPage } from './start-parallax';
export { INVALIDATION_CHECK_MS, watchInvalidation, type InvalidatableContext } from './watch-invalidation';
