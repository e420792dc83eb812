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
  // Two browsers at a time (E2E_WORKERS overrides): each test has its own Chromium profile
  // (tests/e2e/fixtures.ts), so no test sees another's settings or sources, and a test spends most
  // of its time waiting on the browser, so two fit on a two-core machine. The tests that bound
  // Parallax's tasks measure thread time, which a busy core does not stretch.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A flaky test should fail, not pass on retry.
  retries: 0,
  // A hang guard, not a speed check: a loaded machine makes a test slower, never red (speed is the bench's).
  timeout: 120_000,
  // scripts/test.ts counts the tests from the JSON report.
  reporter: [['list'], ['json', { outputFile: 'test-results/reports/e2e-chromium.json' }]],
  use: {
    trace: 'retain-on-failure',
  },
});
