import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSection } from './sections/bundle';
import { contentSection } from './sections/content';
import { corpusSection } from './sections/corpus';
import { corpusStoryCardSection } from './sections/corpus-story-card';
import { exportSection } from './sections/export';
import { hoverSection } from './sections/hover';
import { matcherSection } from './sections/matcher';
import { searchSection } from './sections/search';
import { formatMs } from './support/markdown';
import { mergeResults } from './support/results-file';
import type { BenchSection } from './support/section';
import { enableGarbageCollection } from './support/timing';

/**
 * `npm run bench`: runs the sections (every one, in this order, or those
 * named), prints their Markdown to stdout and progress to stderr, and writes
 * their numbers into latest.json (docs/bench.md).
 */
const SECTIONS: readonly BenchSection[] = [
  searchSection,
  matcherSection,
  contentSection,
  hoverSection,
  bundleSection,
  corpusSection,
  exportSection,
  corpusStoryCardSection,
];

const DEFAULT_RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url));
const RESULTS_FILE_NAME = 'latest.json';
const USAGE = `usage: npm run bench -- [--quick] [--only NAME]… [--results DIR]
  --quick        a subset that finishes in under two minutes
  --only NAME    run only this section (repeatable): ${SECTIONS.map((section) => section.name).join(', ')}
  --results DIR  write ${RESULTS_FILE_NAME} into DIR (default: bench/results)`;

/** The options, or null for `--help`; throws on an unknown option or section. */
function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      results: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  const only = values.only?.flatMap((names) => names.split(','));
  const unknown = only?.filter((name) => !SECTIONS.some((section) => section.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`bench: --only: no section named ${unknown.join(', ')}`);
  const sections = only ? SECTIONS.filter((section) => only.includes(section.name)) : [...SECTIONS];
  const resultsDir = values.results === undefined ? DEFAULT_RESULTS_DIR : resolve(values.results);
  return { quick: values.quick, sections, resultsDir };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (options === null) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  enableGarbageCollection();
  const cpu = cpus();
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
  };
  const started = performance.now();
  process.stdout.write(
    `# Parallax benchmarks\n\n${options.quick ? 'Quick run' : 'Full run'} · Node ${environment.node} · ${environment.platform} · ${environment.cpu} × ${environment.cores}\n\n`,
  );

  const entries: Record<string, unknown> = {};
  for (const section of options.sections) {
    const sectionStarted = performance.now();
    const log = (message: string): void => {
      const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
      process.stderr.write(`[${elapsed} s] ${section.name}: ${message}\n`);
    };
    const loadAtStart = loadavg()[0] ?? 0;
    log('start');
    const report = await section.run({ quick: options.quick, log });
    const durationMs = performance.now() - sectionStarted;
    log(`done in ${formatMs(durationMs)}`);
    const load = { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 };
    process.stdout.write(
      `${report.markdown}\n\nSection time: ${formatMs(durationMs)}; machine load average ${load.atStart.toFixed(1)} at start, ${load.atEnd.toFixed(1)} at end (${environment.cores} cores; above that, other processes were competing).\n\n`,
    );
    mkdirSync(options.resultsDir, { recursive: true });
    entries[section.name] = {
      run: {
        ranAt: new Date().toISOString(),
        quick: options.quick,
        durationMs,
        loadAverage: load,
        ...environment,
      },
      ...report.json,
    };
  }

  const resultsFile = join(options.resultsDir, RESULTS_FILE_NAME);
  mergeResults(resultsFile, entries, (message) => process.stderr.write(`${message}\n`));
  const shown = relative(process.cwd(), resultsFile);
  process.stdout.write(
    `Total: ${formatMs(performance.now() - started)}. Numbers in ${shown.startsWith('..') ? resultsFile : shown}.\n`,
  );
}

await main();
