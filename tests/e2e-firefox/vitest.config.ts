import { defineConfig } from 'vitest/config';

/**
 * Firefox end-to-end tests: Node drives Firefox ESR over WebDriver BiDi with
 * the built MV2 add-on. One browser for the file, started once; no WXT plugin,
 * nothing here runs in a fake browser.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
    environment: 'node',
    // A stray .only would run one test and report green: refused everywhere, not only on CI.
    allowOnly: false,
    fileParallelism: false,
    // Firefox takes 10-15 s to start on a two-core machine.
    hookTimeout: 90_000,
    // A hang guard, not a speed check (speed is the bench's).
    testTimeout: 120_000,
  },
});
