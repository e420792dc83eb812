import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in real Chromium with the built extension (.output/chrome-mv3;
 * `npm test` builds it first). The browser comes from the fixtures
 * (tests/e2e/fixtures.ts), not from Playwright's downloads.
 */
export default defineConfig({
  // The end-to-end suites, and the hardening suite (hostile pages, faults, privacy) that uses the same fixtures.
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'hardening/**/*.spec.ts'],
  // Playwright empties its output folder on start; keep it apart from the
  // screenshots and reports that other steps write under test-results/.
  outputDir: 'test-results/playwright',
  // A stray .only would run one test and report green: refused everywhere, not only on CI.
  forbidOnly: true,
  // One browser at a time: CI machines have two cores, and a flaky test should fail, not pass on retry.
  workers: 1,
  retries: 0,
  // A hang guard, not a speed check: a loaded machine makes a test slower, never red (speed is the bench's).
  timeout: 120_000,
  // scripts/test.ts counts the tests from the JSON report.
  reporter: [['list'], ['json', { outputFile: 'test-results/reports/e2e-chromium.json' }]],
  use: {
    trace: 'retain-on-failure',
  },
});
