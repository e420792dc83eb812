/**
 * `npm test`: every check the project has, in order, each one counted.
 *
 * Lint, types, unit tests, both builds, web-ext lint, a CLI smoke test and the
 * end-to-end suites in real Chromium and Firefox ESR. A failing step does not
 * stop the run, so one report shows everything; the last line is always
 * `N passed, N failed, N skipped` (unit and e2e tests count one each, every other step
 * counts as one check), and the exit code is non-zero if anything failed.
 *
 * Steps run in stages; a stage's lanes run side by side, each lane's steps in
 * order. The first lane's output streams; the other lanes' steps print theirs
 * as a block when each ends, so no two steps' lines are mixed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../tests/helpers/shared-dir';

const REPORTS = 'test-results/reports';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The CLI must find "shadow fleet" in at least this many seed articles. */
const CLI_MIN_SOURCES = 3;

interface Outcome {
  passed: number;
  failed: number;
  /** Tests that did not run (skipped, todo), counted in the last line so that coverage cannot vanish unseen. */
  skippedTests?: number;
  /** One line for the summary table. */
  note?: string;
  /** Each failed test's name and the first line of its error, printed under the summary so that a log's tail names them. */
  failures?: string[];
  skipped?: boolean;
}

interface Step {
  name: string;
  command?: string;
  /** A step whose precondition failed is reported as failed, with the reason, and not run. */
  blockedBy?: () => string | null;
  run: (log: Log) => Promise<Outcome>;
}

interface Finished extends Outcome {
  name: string;
  seconds: number;
}

// ---------------------------------------------------------------- processes

/** Where a step's output goes: straight to the console, or held until the step ends (steps side by side). */
class Log {
  private held: string[] | null;

  constructor(hold: boolean) {
    this.held = hold ? [] : null;
  }

  get holds(): boolean {
    return this.held !== null;
  }

  write(text: string): void {
    if (this.held) this.held.push(text);
    else process.stdout.write(text);
  }

  flush(): void {
    if (!this.held) return;
    process.stdout.write(this.held.join(''));
    this.held = [];
  }
}

interface Ran {
  code: number;
  stdout: string;
}

/** Runs a command with its output going to the step's log (stdout captured instead when asked). */
function run(command: string, args: string[], log: Log, { captureStdout = false } = {}): Promise<Ran> {
  return new Promise((done) => {
    const piped = (pipe: boolean) => (pipe ? 'pipe' : 'inherit');
    const child = spawn(command, args, {
      stdio: ['ignore', piped(captureStdout || log.holds), piped(log.holds)],
    });
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (captureStdout) stdout += chunk;
      else log.write(chunk);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => log.write(chunk));
    child.on('error', (error) => {
      log.write(`test: ${command}: ${error.message}\n`);
      done({ code: 127, stdout });
    });
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), stdout }));
  });
}

/** A step that is one check: it passes when the command exits 0. */
function check(name: string, command: string, args: string[], blockedBy?: () => string | null): Step {
  return {
    name,
    command: [command, ...args].join(' '),
    blockedBy,
    run: async (log) => {
      const { code } = await run(command, args, log);
      return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit code ${code}` };
    },
  };
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

// ---------------------------------------------------------------- browsers

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const INSTALL_HINT =
  'Install them with:\n    sudo apt-get update && sudo apt-get install -y chromium firefox-esr\n' +
  'or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries.';

const BROWSERS = [
  { name: 'Chromium', pkg: 'chromium', env: 'CHROMIUM_PATH', path: CHROMIUM_PATH },
  { name: 'Firefox ESR', pkg: 'firefox-esr', env: 'FIREFOX_PATH', path: FIREFOX_PATH },
];

/**
 * Both browsers come from Debian's packages (Playwright's browser downloads
 * do not work on the CI network); missing ones are installed when this runs
 * as root with apt-get. Returns why the browsers are unusable, or null.
 */
function ensureBrowsers(): string | null {
  const missing = () => BROWSERS.filter((browser) => !existsSync(browser.path));
  const describe = (browsers: typeof BROWSERS) =>
    browsers.map((browser) => `${browser.name} (${browser.path})`).join(', ');

  const absent = missing();
  if (absent.length === 0) return null;
  // A path given in the environment is the user's choice: installing a package would not create it.
  const misdirected = absent.filter((browser) => process.env[browser.env]);
  if (misdirected.length > 0) {
    return misdirected
      .map(
        (browser) =>
          `test: ${browser.env}=${browser.path}: no such file; unset it or point it at ${browser.name}.`,
      )
      .join('\n');
  }
  const canInstall = process.getuid?.() === 0 && hasCommand('apt-get');
  if (!canInstall) return `test: browsers not found: ${describe(absent)}.\n${INSTALL_HINT}`;

  process.stdout.write(`\n━━ Installing missing browsers with apt-get: ${describe(absent)}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', ...absent.map((browser) => browser.pkg)], {
    stdio: 'inherit',
    env,
  });
  const still = missing();
  if (still.length === 0) return null;
  return (
    `test: apt-get did not provide ${describe(still)} ` +
    `(apt-get update exit ${update.status}, install exit ${install.status}).\n${INSTALL_HINT}`
  );
}

// ---------------------------------------------------------------- counted reports

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: {
      status: string;
      fullName: string;
      failureMessages?: string[];
      meta?: { needsShared?: string };
    }[];
  }[];
}

/** A failed test as one line: its name, then the first line of its error without colour codes. */
function failureLine(name: string, message: string | undefined): string {
  const first =
    (message ?? '')
      .replace(/\u001b\[[0-9;]*m/g, '')
      .trim()
      .split('\n')[0] ?? '';
  return first ? `${name}: ${first.slice(0, 200)}` : name;
}

/** Prints one line per test skipped with a reason, and returns the note for the summary. */
function reportSkips(skips: { name: string; reason: string }[], log: Log): string {
  for (const { name, reason } of skips) log.write(`  skipped: ${name}: ${reason}\n`);
  return skips.length > 0 ? `${skips.length} skipped for a reason above` : '';
}

/** Vitest's JSON (Jest-shaped) report; a file that failed to load has no tests but is a failure. */
async function vitest(name: string, args: string[], report: string, log: Log): Promise<Outcome> {
  rmSync(report, { force: true });
  const { code } = await run(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    log,
  );
  const json = readJson(report) as VitestReport | null;
  if (!json) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
  const brokenFiles = json.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  let failed = json.numFailedTests + brokenFiles.length;
  const notes = brokenFiles.map((file) => `${file.name.replace(`${process.cwd()}/`, '')} did not run`);
  const skips = json.testResults.flatMap((file) =>
    file.assertionResults.flatMap((test) =>
      test.meta?.needsShared ? [{ name: test.fullName, reason: test.meta.needsShared }] : [],
    ),
  );
  notes.push(reportSkips(skips, log));
  const failures = json.testResults.flatMap((file) =>
    file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')
      ? [failureLine(file.name.replace(`${process.cwd()}/`, ''), file.message)]
      : file.assertionResults
          .filter((test) => test.status === 'failed')
          .map((test) => failureLine(test.fullName, test.failureMessages?.[0])),
  );
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`${name} exited with code ${code}`);
  }
  return {
    passed: json.numPassedTests,
    failed,
    skippedTests: json.numPendingTests + json.numTodoTests,
    note: notes.filter(Boolean).join('; ') || undefined,
    failures,
  };
}

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    tests: {
      status?: string;
      annotations: { type: string; description?: string }[];
      results?: { error?: { message?: string } }[];
    }[];
  }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: { message?: string }[];
  suites: PlaywrightSuite[];
}

/** The report's tests skipped with a reason (`test.skip(condition, reason)`), by their titles. */
function playwrightSkips(suites: PlaywrightSuite[], path: string[] = []): { name: string; reason: string }[] {
  return suites.flatMap((suite) => {
    const at = suite.title ? [...path, suite.title] : path;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.flatMap((test) =>
        test.annotations
          .filter((annotation) => annotation.type === 'skip' && annotation.description)
          .map((annotation) => ({ name: [...at, spec.title].join(' › '), reason: annotation.description! })),
      ),
    );
    return [...own, ...playwrightSkips(suite.suites ?? [], at)];
  });
}

/** The report's tests that did not pass as expected (Playwright's "unexpected" and "flaky"), by their titles. */
function playwrightFailures(suites: PlaywrightSuite[], path: string[] = []): string[] {
  return suites.flatMap((suite) => {
    const at = suite.title ? [...path, suite.title] : path;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === 'unexpected' || test.status === 'flaky')
        .map((test) =>
          failureLine(
            [...at, spec.title].join(' › '),
            test.results?.find((result) => result.error)?.error?.message,
          ),
        ),
    );
    return [...own, ...playwrightFailures(suite.suites ?? [], at)];
  });
}

async function playwright(report: string, log: Log): Promise<Outcome> {
  rmSync(report, { force: true });
  const { code } = await run('npx', ['playwright', 'test'], log);
  const json = readJson(report) as PlaywrightReport | null;
  if (!json) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
  const { expected, unexpected, flaky, skipped } = json.stats;
  // Retries are off, so "flaky" cannot happen; if it ever does, it is a failure.
  let failed = unexpected + flaky + json.errors.length;
  if (code !== 0 && failed === 0) failed = 1;
  const skips = playwrightSkips(json.suites);
  reportSkips(skips, log);
  const note = [
    skipped ? `${skipped} skipped${skips.length > 0 ? `, ${skips.length} for a reason above` : ''}` : '',
    json.errors.length ? `${json.errors.length} errors` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const failures = [
    ...playwrightFailures(json.suites),
    ...json.errors.map((error) => failureLine('error outside a test', error.message)),
  ];
  return { passed: expected, failed, skippedTests: skipped, note: note || undefined, failures };
}

interface WebExtLint {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

async function webExtLint(log: Log): Promise<Outcome> {
  const { code, stdout } = await run(
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output=json', '--no-input'],
    log,
    { captureStdout: true },
  );
  let json: WebExtLint;
  try {
    json = JSON.parse(stdout) as WebExtLint;
  } catch {
    log.write(stdout);
    return { passed: 0, failed: 1, note: `unreadable output (exit code ${code})` };
  }
  const { errors, warnings, notices } = json.summary;
  for (const item of [...json.errors, ...json.warnings]) {
    const level = json.errors.includes(item) ? 'error  ' : 'warning';
    log.write(`  ${level} ${item.code}: ${item.message}${item.file ? ` (${item.file})` : ''}\n`);
  }
  const note = `${errors} errors, ${warnings} warnings, ${notices} notices`;
  log.write(`  ${note}\n`);
  return errors === 0 ? { passed: 1, failed: 0, note } : { passed: 0, failed: 1, note };
}

async function cliSmoke(log: Log): Promise<Outcome> {
  if (!existsSync('cli/query.ts')) {
    log.write('  SKIPPED: cli/query.ts does not exist yet.\n');
    return { passed: 0, failed: 0, skipped: true, note: 'skipped: cli/query.ts missing' };
  }
  const { code, stdout } = await run('npx', ['tsx', 'cli/query.ts', 'shadow fleet', '--json'], log, {
    captureStdout: true,
  });
  let sources: string[];
  try {
    const rows = JSON.parse(stdout) as { sourceId: string }[];
    sources = [...new Set(rows.map((row) => row.sourceId))];
  } catch {
    log.write(stdout);
    return { passed: 0, failed: 1, note: `no JSON from the CLI (exit code ${code})` };
  }
  const note = `"shadow fleet" in ${sources.length} sources`;
  log.write(`  ${note}: ${sources.join(', ')}\n`);
  return code === 0 && sources.length >= CLI_MIN_SOURCES
    ? { passed: 1, failed: 0, note }
    : { passed: 0, failed: 1, note: `${note}, expected ≥ ${CLI_MIN_SOURCES} (exit code ${code})` };
}

/**
 * The seed the property tests draw their cases from (tests/unit/set-up-property-seed.ts):
 * the commit's, so a run on a fresh clone checks exactly the cases CI's run of that commit
 * will. Null outside a git checkout (each run then draws anew).
 */
function commitSeed(): string | null {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  if (head.status !== 0) return null;
  return String(Number.parseInt(head.stdout.trim().slice(0, 8), 16) | 0);
}

// ---------------------------------------------------------------- the run

const started = Date.now();
mkdirSync(REPORTS, { recursive: true });
process.env.PROPERTY_SEED ??= commitSeed() ?? '';
const browserProblem = ensureBrowsers();
if (browserProblem) process.stderr.write(`\n${browserProblem}\n`);

const finished: Finished[] = [];
if (!existsSync(SHARED_DIR)) {
  // On CI the shared pages and corpora must be there: a run without them would pass with less coverage.
  const onCi = Boolean(process.env.CI);
  process.stdout.write(
    `\n━━ No ${SHARED_DIR} (the workspace's saved pages and corpora): the tests that read it are skipped, each saying why` +
      (onCi ? '; with CI set that is a failure.\n' : '.\n'),
  );
  if (onCi)
    finished.push({
      name: '../shared present',
      seconds: 0,
      passed: 0,
      failed: 1,
      note: `${SHARED_DIR} missing`,
    });
}
const failedStep = (name: string) => finished.find((step) => step.name === name && step.failed > 0);
const needs =
  (...names: string[]) =>
  () => {
    const broken = names.find((name) => failedStep(name));
    return broken ? `not run: ${broken} failed` : null;
  };
const needsBrowser = (build: string) => () =>
  browserProblem ? 'not run: browser missing (see above)' : needs(build)();

const eslint = check('lint: eslint', 'npx', ['eslint', '.']);
const prettier = check('lint: prettier', 'npx', ['prettier', '--check', '.']);
const typecheck = check('typecheck', 'npx', ['tsc', '--noEmit']);
const unitTests: Step = {
  name: 'unit tests',
  command: 'npx vitest run',
  run: (log) => vitest('vitest', [], join(REPORTS, 'unit.json'), log),
};
const buildChrome = check('build: chrome', 'npx', ['wxt', 'build']);
const buildFirefox = check('build: firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
const webExt: Step = {
  name: 'web-ext lint',
  command: 'npx web-ext lint --source-dir .output/firefox-mv2',
  blockedBy: needs('build: firefox'),
  run: webExtLint,
};
const cli: Step = { name: 'CLI smoke', command: 'npx tsx cli/query.ts "shadow fleet" --json', run: cliSmoke };
const e2eChromium: Step = {
  name: 'e2e: chromium',
  command: 'npx playwright test',
  blockedBy: needsBrowser('build: chrome'),
  run: (log) => playwright(join(REPORTS, 'e2e-chromium.json'), log),
};
const e2eFirefox: Step = {
  name: 'e2e: firefox',
  command: 'npx vitest run --config tests/e2e-firefox/vitest.config.ts',
  blockedBy: needsBrowser('build: firefox'),
  run: (log) =>
    vitest(
      'vitest (firefox)',
      ['--config', 'tests/e2e-firefox/vitest.config.ts'],
      join(REPORTS, 'e2e-firefox.json'),
      log,
    ),
};

/**
 * Stages of lanes (see the top). Lint and types are one process each, the builds mostly one: on
 * two cores the two lanes of the first stage share the machine. The unit tests use every core
 * (vitest's threads) and run alone. The end-to-end suites spend most of their time waiting on
 * their browsers, so Chromium's (itself two workers, playwright.config.ts) and Firefox's overlap.
 */
const STAGES: Step[][][] = [
  [
    [eslint, prettier, typecheck],
    [buildChrome, buildFirefox, webExt, cli],
  ],
  [[unitTests]],
  [[e2eChromium], [e2eFirefox]],
];
const steps = STAGES.flat(2);

async function runStep(step: Step, log: Log): Promise<void> {
  const index = steps.indexOf(step);
  log.write(`\n━━ [${index + 1}/${steps.length}] ${step.name}${step.command ? `: ${step.command}` : ''}\n`);
  const stepStart = Date.now();
  const blocked = step.blockedBy?.();
  let outcome: Outcome;
  if (blocked) {
    log.write(`  ${blocked}\n`);
    outcome = { passed: 0, failed: 1, note: blocked };
  } else {
    try {
      outcome = await step.run(log);
    } catch (error) {
      outcome = { passed: 0, failed: 1, note: `test: ${(error as Error).message}` };
    }
  }
  finished.push({ name: step.name, seconds: (Date.now() - stepStart) / 1000, ...outcome });
  log.flush();
}

for (const lanes of STAGES) {
  // The first lane streams as it goes, so a long step shows progress; the others print as each step ends.
  await Promise.all(
    lanes.map(async (lane, index) => {
      for (const step of lane) await runStep(step, new Log(index > 0));
    }),
  );
}
// The summary lists the steps in their order, not in the order they ended.
finished.sort(
  (a, b) => steps.findIndex((s) => s.name === a.name) - steps.findIndex((s) => s.name === b.name),
);

const passed = finished.reduce((sum, step) => sum + step.passed, 0);
const failed = finished.reduce((sum, step) => sum + step.failed, 0);
const skipped = finished.reduce((sum, step) => sum + (step.skippedTests ?? 0), 0);
const width = Math.max(...finished.map((step) => step.name.length));
function row(name: string, result: string, passed: string, failed: string, time: string, note = ''): string {
  const cells = [
    name.padEnd(width),
    result.padEnd(6),
    passed.padStart(6),
    failed.padStart(6),
    time.padStart(7),
    note,
  ];
  return `  ${cells.join('  ')}`.trimEnd();
}
const rows = finished.map((step) =>
  row(
    step.name,
    step.skipped ? 'SKIP' : step.failed > 0 ? 'FAIL' : 'ok',
    String(step.passed),
    String(step.failed),
    `${step.seconds.toFixed(1)}s`,
    step.note,
  ),
);
process.stdout.write(
  [
    '',
    `━━ Summary (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    row('step', 'result', 'passed', 'failed', 'time'),
    ...rows,
    ...(browserProblem ? ['', browserProblem] : []),
    ...finished.flatMap((step) => (step.failures ?? []).map((line) => `  failed in ${step.name}: ${line}`)),
    '',
    `${passed} passed, ${failed} failed, ${skipped} skipped`,
    '',
  ].join('\n'),
);
process.exitCode = failed > 0 ? 1 : 0;
