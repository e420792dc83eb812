import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    // A stray .only would run one test and report green: refused everywhere, not only on CI.
    allowOnly: false,
    // The fake browser's i18n, from the English locale file; property tests' seed (see the file).
    setupFiles: ['tests/unit/set-up-i18n.ts', 'tests/unit/set-up-property-seed.ts'],
    // Property tests run thousands of cases; on a 2-core CI machine with files in
    // parallel a few take longer than vitest's 5 s default. This is a hang guard,
    // not a speed check (speed lives in the benchmarks).
    testTimeout: 60_000,
    // The same guard for set-up hooks: a beforeAll that loads the bundled corpus took over
    // vitest's 10 s default under a build running alongside.
    hookTimeout: 60_000,
  },
});
