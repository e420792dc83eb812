import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { readCorpusDir } from '../../lib/node';
import { LONG_TASK_MS } from '../../tests/support/browser/main-thread-tasks';
import { setParallaxSettings } from '../../tests/support/browser/set-parallax-settings';
import { openTracer } from '../../tests/support/browser/tracer';
import { REPO_ROOT, withExtensionRun } from '../support/extension-run';
import { formatMs, formatRatio, formatSpread, markdownTable, methodLink } from '../support/markdown';
import { defineSection } from '../support/section';
import { median } from '../support/stats';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import {
  GENERATED_PREFIX,
  quickSubset,
  SAVED_PREFIX,
  savedPages,
  writeSeedPages,
  writeStressPages,
  type BenchPage,
} from './content/bench-pages';
import { readFloorSource } from './content/floor-source';
import { measureLoad, withTrace, type LoadSample, type PageLoad } from './content/measure-load';
import { measurePeers } from './content/peer-markjs';
import { medianPeerRatio, peerTable } from './content/peer-report';
import {
  summarisePage,
  summarisePeer,
  type PageMeasures,
  type PageResult,
  type ValueSummary,
} from './content/summarise-page';

/**
 * The content section: the built extension in real Chromium on saved real
 * pages, seed-article pages and generated stress pages; Parallax's
 * start → highlighted beside a TreeWalker + RegExp floor in the same load,
 * main-thread tasks from a trace, and mark.js on the same pages
 * (docs/bench.md#content).
 */

/** Parallax ÷ floor at most `ratio`; mark.js ÷ Parallax at least `peerRatio`. */
const TARGETS = { ratio: 3, peerRatio: 200 };
/** Shortest floor sample: 50 ticks of the page's 0.1 ms clock, so rounding moves a sample by 2% at most. */
const FLOOR_MIN_SAMPLE_MS = 5;

const SEED_DIR = join(REPO_ROOT, 'seeds');
/** Saved real pages, shared with other projects: served in place at run time, never copied here. */
const PAGES_DIR = resolve(REPO_ROOT, '../shared/pages');

export interface ContentBenchConfig {
  /** Timed loads per page, after `warmup` untimed ones. */
  loads: number;
  warmup: number;
  /** Floor repeats inside each load (the median is the load's floor). */
  floorRepeats: number;
  /** How long a load may take to reach parallax:highlighted. */
  markTimeoutMs: number;
  /** Only the smallest, median and largest saved page (--quick). */
  quickPages: boolean;
  /** Seed-article pages: the first N seeds. */
  seedPages: number;
  /** The larger stress pages too (5 MB article, 10 MB text node, deep nesting). */
  allStressPages: boolean;
  /** mark.js loads per page, and how long one may run before it is reported as "> cap". */
  markjsLoads: number;
  markjsCapMs: number;
  pagesDir?: string;
  seedDir?: string;
}

export const FULL_CONFIG: ContentBenchConfig = {
  loads: 5,
  warmup: 1,
  floorRepeats: 5,
  markTimeoutMs: 30_000,
  quickPages: false,
  seedPages: Number.POSITIVE_INFINITY,
  allStressPages: true,
  markjsLoads: 3,
  markjsCapMs: 10_000,
};

export const QUICK_CONFIG: ContentBenchConfig = {
  ...FULL_CONFIG,
  loads: 3,
  quickPages: true,
  seedPages: 1,
  allStressPages: false,
  markjsLoads: 1,
  markjsCapMs: 2_000,
};

/** Medians over the measured pages of each page's median. */
export interface AcrossPages {
  pages: number;
  totalMs: number;
  floorMs: number;
  ratio: number;
  workRatio: number;
  floorFirstMs: number;
  longestSliceMs: number;
  traceLongestMs: number | null;
  scriptEvalMs: number | null;
  engineEvalMs: number | null;
}

export interface ContentBenchResult {
  chromium: string;
  floorAliases: number;
  pagesDir: string;
  pagesFound: boolean;
  loads: number;
  warmup: number;
  floorRepeats: number;
  markjsLoads: number;
  markjsCapMs: number;
  pages: PageResult[];
  acrossPages: AcrossPages | null;
  targets: TargetRow[];
}

/** Untimed loads first, then timed rounds; each round visits every page, its order rotated, inside one trace. */
async function measurePages(
  context: BrowserContext,
  urls: readonly string[],
  options: { extensionOrigin: string; floorSource: string },
  config: ContentBenchConfig,
  log: (message: string) => void,
): Promise<{ samples: LoadSample[]; failures: string[] }[]> {
  const results = urls.map(() => ({ samples: [] as LoadSample[], failures: [] as string[] }));
  const tracer = await openTracer(context);
  try {
    for (let round = 0; round < config.warmup + config.loads; round++) {
      const warm = round < config.warmup;
      const started = performance.now();
      const loads: { at: number; load: PageLoad }[] = [];
      await tracer.start();
      for (let i = 0; i < urls.length; i++) {
        const at = (round + i) % urls.length;
        const outcome = await measureLoad(context, {
          url: urls[at] as string,
          floorSource: options.floorSource,
          floorRepeats: config.floorRepeats,
          floorMinSampleMs: FLOOR_MIN_SAMPLE_MS,
          markTimeoutMs: config.markTimeoutMs,
        });
        if (outcome.ok) loads.push({ at, load: outcome.load });
        else {
          log(`${urls[at]}: load failed (${outcome.reason})`);
          if (!warm) results[at]?.failures.push(outcome.reason);
        }
      }
      const trace = await tracer.stop();
      if (trace.dataLoss) log('the trace buffer overflowed: some loads may have no main-thread tasks');
      if (!warm) {
        for (const { at, load } of loads)
          results[at]?.samples.push(withTrace(load, trace.events, options.extensionOrigin));
      }
      log(
        `${warm ? `warm-up round ${round + 1}/${config.warmup}` : `round ${round - config.warmup + 1}/${config.loads}`}: ${urls.length} pages in ${formatMs(performance.now() - started)}`,
      );
    }
  } finally {
    await tracer.close();
  }
  return results;
}

function acrossPages(pages: readonly PageResult[]): AcrossPages | null {
  const measured = pages.flatMap((page) => (page.measured ? [page.measured] : []));
  if (measured.length === 0) return null;
  const of = (pick: (page: PageMeasures) => number): number => median(measured.map(pick));
  const some = (pick: (page: PageMeasures) => number | null | undefined): number | null => {
    const values = measured.flatMap((page) => pick(page) ?? []);
    return values.length > 0 ? median(values) : null;
  };
  return {
    pages: measured.length,
    totalMs: of((page) => page.total.medianMs),
    floorMs: of((page) => page.floor.medianMs),
    ratio: of((page) => page.ratio.median),
    workRatio: of((page) => page.workRatio.median),
    floorFirstMs: of((page) => page.floorFirstMs),
    longestSliceMs: of((page) => page.longestSlice.median),
    traceLongestMs: some((page) => page.traceLongest?.median),
    scriptEvalMs: some((page) => page.scriptEvalMs),
    engineEvalMs: some((page) => page.engineEvalMs),
  };
}

/** The page where `pick` is largest. */
function worst(pages: readonly PageResult[], pick: (page: PageMeasures) => number) {
  let found: { name: string; value: number } | null = null;
  for (const page of pages) {
    const value = page.measured ? pick(page.measured) : Number.NEGATIVE_INFINITY;
    if (page.measured && (!found || value > found.value)) found = { name: page.page.name, value };
  }
  return found;
}

export function checkContentTargets(pages: readonly PageResult[], across: AcrossPages | null): TargetRow[] {
  const measured = pages.flatMap((page) => (page.measured ? [page.measured] : []));
  const ratio = (name: string, pick: (page: PageMeasures) => number): TargetRow =>
    checkTarget(`${name}, median of pages`, across && median(measured.map(pick)), TARGETS.ratio, 'ratio');
  /** Pages with a long task in any load, and the longest (named always, or only when it is long). */
  const longTasks = (
    name: string,
    tasks: (page: PageMeasures) => { count: ValueSummary | null; longest: ValueSummary | null },
    nameLongestAlways: boolean,
  ): TargetRow => {
    const withLong = measured.filter((page) => (tasks(page).count?.max ?? 0) > 0).length;
    const longest = worst(pages, (page) => tasks(page).longest?.max ?? 0);
    const named = longest && (nameLongestAlways || longest.value > LONG_TASK_MS);
    return checkTarget(name, measured.length === 0 ? null : withLong, 0, 'pages', {
      note: `of ${measured.length}${named ? `; longest ${formatMs(longest.value)}, ${longest.name}` : ''}`,
    });
  };
  const peer = medianPeerRatio(pages);
  const slice = worst(pages, (page) => page.longestSlice.median);
  return [
    ratio('Parallax start→highlighted ÷ floor', (page) => page.ratio.median),
    ratio('extract + match + paint ÷ floor', (page) => page.workRatio.median),
    checkTarget(
      'mark.js ÷ Parallax start→highlighted, median of pages',
      peer?.value ?? null,
      TARGETS.peerRatio,
      'ratio',
      {
        atLeast: true,
        note: peer?.atLeast ? 'a lower bound: mark.js ran past its cap' : undefined,
      },
    ),
    longTasks(
      `pages where a task running Parallax's code took > ${LONG_TASK_MS} ms in any load (trace)`,
      (page) => ({ count: page.parallaxLongCount, longest: page.parallaxLongest }),
      true,
    ),
    longTasks(
      `the same by CPU time`,
      (page) => ({ count: page.parallaxCpuLongCount, longest: page.parallaxCpuLongest }),
      true,
    ),
    longTasks(
      `pages with any main-thread task > ${LONG_TASK_MS} ms during Parallax's work, the page's and browser's own included`,
      (page) => ({ count: page.traceLongCount, longest: page.traceLongest }),
      false,
    ),
    checkTarget("Parallax's own longest slice, worst page median", slice?.value ?? null, LONG_TASK_MS, 'ms', {
      note: slice?.name,
    }),
  ];
}

/** Builds the extension, launches Chromium, loads every page; cleans up whatever happens. */
export async function runContentBench(
  config: ContentBenchConfig,
  log: (message: string) => void = () => {},
): Promise<ContentBenchResult> {
  const pagesDir = config.pagesDir ?? PAGES_DIR;
  const saved = savedPages(pagesDir);
  if (saved.length === 0) log(`notice: no saved pages in ${pagesDir}; seed and stress pages only`);
  const articles = readCorpusDir(config.seedDir ?? SEED_DIR);
  let pages: BenchPage[] = [];
  const mounts = (tempDir: string): Record<string, string> => {
    pages = [
      ...(config.quickPages ? quickSubset(saved) : saved),
      ...writeSeedPages(tempDir, articles.slice(0, config.seedPages)),
      ...writeStressPages(tempDir, articles, config.allStressPages),
    ];
    return { [GENERATED_PREFIX]: tempDir, ...(saved.length > 0 ? { [SAVED_PREFIX]: pagesDir } : {}) };
  };
  return withExtensionRun({ mounts, log }, async (run) => {
    const floor = readFloorSource(join(run.extensionDir, 'corpus/catalogue.json'));
    const urls = pages.map((page) => run.server.url(page.path));
    log(
      `${pages.length} pages × (${config.warmup} warm-up + ${config.loads} loads); floor: ${floor.aliases} aliases`,
    );
    const origin = `chrome-extension://${run.extensionId}/`;
    const loads = await measurePages(
      run.context,
      urls,
      { extensionOrigin: origin, floorSource: floor.source },
      config,
      log,
    );
    const background = run.context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
    if (!background) throw new Error('bench: content: the extension has no service worker');
    // mark.js runs on loads of its own with Parallax off, so neither sees the other's work.
    await setParallaxSettings(background, { enabled: false });
    const peers = await measurePeers(
      run.context,
      urls,
      floor.texts,
      { loads: config.markjsLoads, capMs: config.markjsCapMs, loadTimeoutMs: config.markTimeoutMs },
      log,
    );
    await setParallaxSettings(background, { enabled: true });
    const results = pages.map((page, i) => {
      const peer = peers[i];
      return {
        ...summarisePage(page, loads[i]?.samples ?? [], loads[i]?.failures ?? [], config.warmup),
        peer: peer ? summarisePeer(peer.runs, peer.failures, config.markjsCapMs) : null,
      };
    });
    const across = acrossPages(results);
    return {
      chromium: run.chromium,
      floorAliases: floor.aliases,
      pagesDir,
      pagesFound: saved.length > 0,
      loads: config.loads,
      warmup: config.warmup,
      floorRepeats: config.floorRepeats,
      markjsLoads: config.markjsLoads,
      markjsCapMs: config.markjsCapMs,
      pages: results,
      acrossPages: across,
      targets: checkContentTargets(results, across),
    };
  });
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : formatMs(value);

/** A median count with its maximum when they differ: "1 (max 2)". */
function formatCountSummary(summary: ValueSummary | null): string {
  if (!summary) return '–';
  return summary.max > summary.median
    ? `${count(summary.median)} (max ${count(summary.max)})`
    : count(summary.median);
}

/** A task's median, in bold past the long-task line. */
function formatTaskMs(summary: ValueSummary | null): string {
  if (!summary) return '–';
  return summary.median > LONG_TASK_MS ? `**${formatMs(summary.median)}**` : formatMs(summary.median);
}

/** A table with one row per page and, when any page was measured, a last row of medians. */
function pageTable(
  headers: string[],
  result: ContentBenchResult,
  row: (page: PageResult, m: PageMeasures) => string[],
  medians: (across: AcrossPages) => Record<number, string>,
): string {
  const rows = result.pages.map((page) => {
    const failed = page.failures.length > 0 ? ` (${page.failures.length} failed)` : '';
    const cells = page.measured ? row(page, page.measured) : Array<string>(headers.length - 1).fill('–');
    return [`${page.page.name}${failed}`, ...cells];
  });
  const across = result.acrossPages;
  if (across) {
    const cells = medians(across);
    rows.push([`**median of ${across.pages} pages**`, ...headers.slice(1).map((_, i) => cells[i + 1] ?? '')]);
  }
  return markdownTable(headers, rows, ['left', 'left']);
}

export function formatContentReport(result: ContentBenchResult, quick: boolean): string {
  const kinds = (kind: BenchPage['kind']): number =>
    result.pages.filter((page) => page.page.kind === kind).length;
  const times = pageTable(
    [
      'page',
      'kind',
      'elements',
      'characters',
      'found / painted',
      'start→highlighted',
      'engine import',
      'settings',
      'page-setup request',
      'compile',
      'extract',
      'match',
      'paint',
      'yields & rest',
      'floor',
      'floor 1st pass',
      '÷ floor',
      'extract+match+paint ÷ floor',
      'floor matches',
    ],
    result,
    (page, m) => [
      page.page.kind,
      count(m.elements),
      count(m.characters),
      `${count(m.found)} / ${count(m.painted)}`,
      `${formatMs(m.total.medianMs)} ${formatSpread(m.total.spread)}`,
      ...[
        m.split.engineMs,
        m.split.settingsMs,
        m.split.requestMs,
        m.split.compileMs,
        m.split.extractMs,
        m.split.matchMs,
        m.split.paintMs,
        m.split.restMs,
      ].map(formatMs),
      `${formatMs(m.floor.medianMs)} ${formatSpread(m.floor.spread)}`,
      formatMs(m.floorFirstMs),
      formatRatio(m.ratio.median),
      formatRatio(m.workRatio.median),
      count(m.floorMatches),
    ],
    (across) => ({
      5: formatMs(across.totalMs),
      14: formatMs(across.floorMs),
      15: formatMs(across.floorFirstMs),
      16: formatRatio(across.ratio),
      17: formatRatio(across.workRatio),
    }),
  );
  const blocking = pageTable(
    [
      'page',
      'Parallax longest slice',
      'content.js evaluation (before start)',
      'engine module evaluation',
      "Parallax's longest task",
      `Parallax's tasks > ${LONG_TASK_MS} ms per load`,
      "Parallax's longest task, CPU time",
      'longest task in window, anyone’s',
      `tasks > ${LONG_TASK_MS} ms per load, anyone's`,
    ],
    result,
    (_, m) => [
      formatTaskMs(m.longestSlice),
      ms(m.scriptEvalMs),
      ms(m.engineEvalMs),
      formatTaskMs(m.parallaxLongest),
      formatCountSummary(m.parallaxLongCount),
      formatTaskMs(m.parallaxCpuLongest),
      formatTaskMs(m.traceLongest),
      formatCountSummary(m.traceLongCount),
    ],
    (across) => ({
      1: formatMs(across.longestSliceMs),
      2: ms(across.scriptEvalMs),
      3: ms(across.engineEvalMs),
      7: ms(across.traceLongestMs),
    }),
  );
  const notes: string[] = [];
  if (!result.pagesFound)
    notes.push(
      `**No saved pages found in \`${result.pagesDir}\`: only the seed and stress pages were measured.**`,
    );
  const untraced = result.pages.filter((page) => (page.measured?.untraced ?? 0) > 0);
  if (untraced.length > 0) {
    notes.push(
      `Loads missing from the trace (buffer overflow): ${untraced.map((page) => `${page.page.name} ${page.measured?.untraced ?? 0}`).join(', ')}.`,
    );
  }
  return `## Content script

${result.chromium} (headless) · ${result.pages.length} pages: ${kinds('saved')} saved, ${kinds('seed')} seed, ${kinds('stress')} stress${quick ? ' (--quick subset)' : ''} · per page ${result.warmup} warm-up + ${result.loads} timed loads · floor: ${result.floorAliases} aliases, median of ${result.floorRepeats} samples per load · mark.js: ${result.markjsLoads} load(s), cap ${formatMs(result.markjsCapMs)} · ${methodLink('content')}

### Time to highlight, side by side with the floor in the same load

${times}

${notes.join('\n\n')}

### Main-thread blocking during Parallax's work (tasks over ${LONG_TASK_MS} ms in bold)

${blocking}

### The peer: mark.js on the same pages

${peerTable(result.pages)}

${targetsTable(result.targets)}`;
}

export const contentSection = defineSection({
  name: 'content',
  summary:
    'content script in Chromium: start→highlighted vs a TreeWalker + RegExp floor, long tasks, mark.js',
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  measure: runContentBench,
  format: formatContentReport,
});
