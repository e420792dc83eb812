export { startParallax } from './start-parallax';
export type { ParallaxDeps, ParallaxPage } from './start-parallax';
