import type { BrowserContext } from 'playwright-core';
import { LONG_TASK_MS } from '../../tests/support/browser/main-thread-tasks';
import { setParallaxSettings } from '../../tests/support/browser/set-parallax-settings';
import { openTracer } from '../../tests/support/browser/tracer';
import { readCorpusDir } from '../../lib/node';
import { withExtensionRun } from '../support/extension-run';
import { formatMs, formatRatio, formatTiming, markdownTable, methodLink } from '../support/markdown';
import { PAGES_DIR, SEED_DIR } from '../support/paths';
import { defineSection } from '../support/section';
import { median } from '../support/stats';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import { alternationSource } from './matcher/combined-regexp';
import {
  GENERATED_PREFIX,
  MANY_ELEMENTS_PAGE,
  quickSubset,
  SAVED_PREFIX,
  savedPages,
  writeSeedPages,
  writeStressPages,
  type BenchPage,
} from './content/bench-pages';
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

/** The content section (docs/bench.md#content). */

/**
 * Issue 20: start → highlighted at most `coldRatio` × the floor's cold first pass on every page (a
 * naive content script's real cost), at most `medianMs` over the pages and `manyElementsMs` on the
 * 50,000-element page; the scan's own work at most `ratio` × the warm floor; mark.js ÷ Parallax at
 * least `peerRatio`.
 */
const TARGETS = { coldRatio: 0.5, medianMs: 50, manyElementsMs: 150, ratio: 3, peerRatio: 200 };

export interface ContentBenchConfig {
  /** Timed loads per page, after `warmup` untimed ones. */
  loads: number;
  warmup: number;
  /** Floor samples inside each load (their median is the load's floor). */
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
export type AcrossPages = NonNullable<ReturnType<typeof acrossPages>>;
export type ContentBenchResult = Awaited<ReturnType<typeof runContentBench>>;

/** Untimed rounds first, then timed ones; each visits every page, the order rotated, inside one trace. */
async function measurePages(
  context: BrowserContext,
  urls: readonly string[],
  floorSource: string,
  extensionOrigin: string,
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
        const load = await measureLoad(context, urls[at] as string, floorSource, config);
        if (typeof load !== 'string') loads.push({ at, load });
        else {
          log(`${urls[at]}: load failed (${load})`);
          if (!warm) results[at]?.failures.push(load);
        }
      }
      const trace = await tracer.stop();
      if (trace.dataLoss) log('the trace buffer overflowed: some loads may have no main-thread tasks');
      if (!warm) {
        for (const { at, load } of loads)
          results[at]?.samples.push(withTrace(load, trace.events, extensionOrigin));
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

function acrossPages(pages: readonly PageResult[]) {
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
    coldRatio: of((page) => page.coldRatio.median),
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
    tasks: 'parallax' | 'parallaxCpu' | 'trace',
    nameAlways: boolean,
  ): TargetRow => {
    const withLong = measured.filter((page) => (page[`${tasks}LongCount` as const]?.max ?? 0) > 0).length;
    const longest = worst(pages, (page) => page[`${tasks}Longest` as const]?.max ?? 0);
    const named = longest && (nameAlways || longest.value > LONG_TASK_MS);
    return checkTarget(name, measured.length === 0 ? null : withLong, 0, 'pages', {
      note: `of ${measured.length}${named ? `; longest ${formatMs(longest.value)}, ${longest.name}` : ''}`,
    });
  };
  const peer = medianPeerRatio(pages);
  const slice = worst(pages, (page) => page.longestSlice.median);
  const cold = worst(pages, (page) => page.coldRatio.median);
  const manyElements = pages.find((page) => page.page.name === MANY_ELEMENTS_PAGE)?.measured;
  return [
    checkTarget(
      'Parallax start→highlighted ÷ floor 1st pass, worst page',
      cold?.value ?? null,
      TARGETS.coldRatio,
      'ratio',
      { note: cold?.name },
    ),
    checkTarget(
      'Parallax start→highlighted, median of pages',
      across?.totalMs ?? null,
      TARGETS.medianMs,
      'ms',
    ),
    checkTarget(
      `Parallax start→highlighted on the ${MANY_ELEMENTS_PAGE} page`,
      manyElements?.total.medianMs ?? null,
      TARGETS.manyElementsMs,
      'ms',
    ),
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
      'parallax',
      true,
    ),
    longTasks('the same by CPU time', 'parallaxCpu', true),
    longTasks(
      `pages with any main-thread task > ${LONG_TASK_MS} ms during Parallax's work, the page's and browser's own included`,
      'trace',
      false,
    ),
    checkTarget("Parallax's own longest slice, worst page median", slice?.value ?? null, LONG_TASK_MS, 'ms', {
      note: slice?.name,
    }),
  ];
}

/**
 * Switches for iterating on one change (docs/bench.md#content): `PARALLAX_BENCH_MARKJS_LOADS=0` skips
 * the peer (its fields stay, empty), `PARALLAX_BENCH_PAGES=seed,50k` keeps the pages whose name holds
 * one of the words. The report says when either is set.
 */
export function withEnvironmentSwitches(
  config: ContentBenchConfig,
  env: Record<string, string | undefined> = process.env,
): ContentBenchConfig & { pageWords: string[] | null } {
  const loads = env.PARALLAX_BENCH_MARKJS_LOADS;
  const markjsLoads = loads === undefined || loads === '' ? config.markjsLoads : Number(loads);
  if (!Number.isInteger(markjsLoads) || markjsLoads < 0)
    throw new Error(`bench: content: PARALLAX_BENCH_MARKJS_LOADS "${loads}" is not a count`);
  const words = env.PARALLAX_BENCH_PAGES?.split(',').filter((word) => word !== '');
  return { ...config, markjsLoads, pageWords: words && words.length > 0 ? words : null };
}

/** Builds the extension, launches Chromium, loads every page; cleans up whatever happens. */
export async function runContentBench(
  baseConfig: ContentBenchConfig,
  log: (message: string) => void = () => {},
) {
  const config = withEnvironmentSwitches(baseConfig);
  const { pageWords } = config;
  const saved = savedPages(PAGES_DIR);
  if (saved.length === 0) log(`notice: no saved pages in ${PAGES_DIR}; seed and stress pages only`);
  const articles = readCorpusDir(SEED_DIR);
  let pages: BenchPage[] = [];
  const mounts = (tempDir: string): Record<string, string> => {
    pages = [
      ...(config.quickPages ? quickSubset(saved) : saved),
      ...writeSeedPages(tempDir, articles.slice(0, config.seedPages)),
      ...writeStressPages(tempDir, articles, config.allStressPages),
    ].filter((page) => pageWords === null || pageWords.some((word) => page.name.includes(word)));
    return { [GENERATED_PREFIX]: tempDir, ...(saved.length > 0 ? { [SAVED_PREFIX]: PAGES_DIR } : {}) };
  };
  return withExtensionRun({ mounts, log }, async (run) => {
    // The floor's and mark.js's aliases: exactly those of the catalogue the build ships.
    const texts = run.catalogue.entities.flatMap((entity) =>
      entity.aliases.map((alias) => alias.text.trim()),
    );
    const aliases = [...new Set(texts)].filter((text) => text !== '');
    if (aliases.length === 0) throw new Error('bench: content: the built catalogue has no aliases');
    const urls = pages.map((page) => run.server.url(page.path));
    log(
      `${pages.length} pages × (${config.warmup} warm-up + ${config.loads} loads); floor: ${aliases.length} aliases`,
    );
    if (pageWords) log(`only the pages named with: ${pageWords.join(', ')} (PARALLAX_BENCH_PAGES)`);
    if (config.markjsLoads === 0) log('mark.js skipped (PARALLAX_BENCH_MARKJS_LOADS=0)');
    const origin = `chrome-extension://${run.extensionId}/`;
    const loads = await measurePages(run.context, urls, alternationSource(aliases), origin, config, log);
    const background = run.context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
    if (!background) throw new Error('bench: content: the extension has no service worker');
    // mark.js runs on loads of its own with Parallax off, so neither sees the other's work.
    await setParallaxSettings(background, { enabled: false });
    const peers = await measurePeers(run.context, urls, aliases, config, log);
    await setParallaxSettings(background, { enabled: true });
    const results = pages.map((page, i) => ({
      ...summarisePage(page, loads[i]?.samples ?? [], loads[i]?.failures ?? [], config.warmup),
      peer: peers[i] ? summarisePeer(peers[i].runs, peers[i].failures, config.markjsCapMs) : null,
    }));
    const across = acrossPages(results);
    return {
      chromium: run.chromium,
      floorAliases: aliases.length,
      pagesDir: PAGES_DIR,
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
const ms = (value: number | null): string => (value === null ? '–' : formatMs(value));
/** A median count with its maximum when they differ: "1 (max 2)". */
function countSummary(summary: ValueSummary | null): string {
  if (!summary) return '–';
  return `${count(summary.median)}${summary.max > summary.median ? ` (max ${count(summary.max)})` : ''}`;
}

/** A task's median, in bold past the long-task line. */
function taskMs(summary: ValueSummary | null): string {
  if (!summary) return '–';
  return summary.median > LONG_TASK_MS ? `**${formatMs(summary.median)}**` : formatMs(summary.median);
}

/** A column of a page table: its header, its cell, and its cell in the row of medians (`a`), if any. */
type Column = [
  header: string,
  cell: (m: PageMeasures, page: BenchPage) => string,
  median?: (across: AcrossPages) => string,
];

/** One row per page (all '–' when unmeasured) and, when any page was measured, a last row of medians. */
function pageTable(result: ContentBenchResult, columns: readonly Column[]): string {
  const rows = result.pages.map(({ page, failures, measured }) => [
    `${page.name}${failures.length > 0 ? ` (${failures.length} failed)` : ''}`,
    ...columns.map(([, cell]) => (measured ? cell(measured, page) : '–')),
  ]);
  const across = result.acrossPages;
  if (across)
    rows.push([`**median of ${across.pages} pages**`, ...columns.map(([, , cell]) => cell?.(across) ?? '')]);
  return markdownTable(['page', ...columns.map(([header]) => header)], rows, ['left', 'left']);
}

export function formatContentReport(result: ContentBenchResult, quick: boolean): string {
  const kinds = (kind: BenchPage['kind']): number =>
    result.pages.filter((page) => page.page.kind === kind).length;
  const times = pageTable(result, [
    ['kind', (_, page) => page.kind],
    ['elements', (m) => count(m.elements)],
    ['characters', (m) => count(m.characters)],
    ['found / painted', (m) => `${count(m.found)} / ${count(m.painted)}`],
    ['start→highlighted', (m) => formatTiming(m.total), (a) => formatMs(a.totalMs)],
    ['engine import', (m) => formatMs(m.split.engineMs)],
    ['settings', (m) => formatMs(m.split.settingsMs)],
    ['page-setup request', (m) => formatMs(m.split.requestMs)],
    ['compile', (m) => formatMs(m.split.compileMs)],
    ['extract', (m) => formatMs(m.split.extractMs)],
    ['match', (m) => formatMs(m.split.matchMs)],
    ['paint', (m) => formatMs(m.split.paintMs)],
    ['yields & rest', (m) => formatMs(m.split.restMs)],
    ['floor', (m) => formatTiming(m.floor), (a) => formatMs(a.floorMs)],
    ['floor 1st pass', (m) => formatMs(m.floorFirstMs), (a) => formatMs(a.floorFirstMs)],
    ['÷ floor', (m) => formatRatio(m.ratio.median), (a) => formatRatio(a.ratio)],
    ['÷ floor 1st pass', (m) => formatRatio(m.coldRatio.median), (a) => formatRatio(a.coldRatio)],
    ['extract+match+paint ÷ floor', (m) => formatRatio(m.workRatio.median), (a) => formatRatio(a.workRatio)],
    ['floor matches', (m) => count(m.floorMatches)],
  ]);
  const blocking = pageTable(result, [
    ['Parallax longest slice', (m) => taskMs(m.longestSlice), (a) => formatMs(a.longestSliceMs)],
    ['content.js evaluation (before start)', (m) => ms(m.scriptEvalMs), (a) => ms(a.scriptEvalMs)],
    ['engine module evaluation', (m) => ms(m.engineEvalMs), (a) => ms(a.engineEvalMs)],
    ["Parallax's longest task", (m) => taskMs(m.parallaxLongest)],
    [`Parallax's tasks > ${LONG_TASK_MS} ms per load`, (m) => countSummary(m.parallaxLongCount)],
    ["Parallax's longest task, CPU time", (m) => taskMs(m.parallaxCpuLongest)],
    ['longest task in window, anyone’s', (m) => taskMs(m.traceLongest), (a) => ms(a.traceLongestMs)],
    [`tasks > ${LONG_TASK_MS} ms per load, anyone's`, (m) => countSummary(m.traceLongCount)],
  ]);
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
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  measure: runContentBench,
  format: formatContentReport,
});
