import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { MAX_LIVE_RANGES, SLICE_BUDGET_MS } from '../../lib/highlight';
import { readCorpusDir } from '../../lib/node';
import {
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../tests/support/browser/launch-chromium';
import { serveFixtures, type FixtureServer } from '../../tests/support/browser/serve';
import { formatMs, formatRatio, formatSpread, markdownTable } from '../support/markdown';
import {
  checkTarget,
  type BenchSection,
  type SectionContext,
  type SectionReport,
  type TargetStatus,
} from '../support/section';
import { median } from '../support/stats';
import {
  GENERATED_PREFIX,
  quickSubset,
  SAVED_PREFIX,
  savedPages,
  writeSeedPages,
  writeStressPages,
  type BenchPage,
} from './content/bench-pages';
import { buildExtension } from './content/build-extension';
import { readFloorSource } from './content/floor-source';
import { LONG_TASK_MS } from '../../tests/support/browser/main-thread-tasks';
import { measureLoad, withTrace, type LoadSample, type PageLoad } from './content/measure-load';
import { installProbe } from './content/page-probe';
import { measurePeers } from './content/peer-markjs';
import {
  formatPeerRatio,
  medianPeerRatio,
  pageRows,
  peerTable,
  plotContentCost,
} from './content/peer-report';
import { setParallaxSettings } from '../../tests/support/browser/set-parallax-settings';
import { openTracer } from '../../tests/support/browser/tracer';
import {
  summarisePage,
  summarisePeer,
  type PageMeasures,
  type PageResult,
  type ValueSummary,
} from './content/summarise-page';

/**
 * The content section: the content script in real Chromium with the built
 * extension, on saved real pages, seed-article pages and generated stress
 * pages. Each load measures Parallax from its `parallax:start` mark to
 * `parallax:highlighted` and, in the same load once Parallax is done, a
 * floor (one TreeWalker pass plus one combined RegExp of every alias); and
 * which main-thread tasks longer than 50 ms fell inside Parallax's work.
 */

/** Targets from the project's performance budget. */
const TARGET_RATIO = 3;
/** mark.js ÷ Parallax, median of pages: Parallax at least this many times faster. */
const TARGET_PEER_RATIO = 200;
/** No main-thread task over the long-task line may be Parallax's. */
const TARGET_LONG_TASKS = 0;
/**
 * Shortest floor sample: 50 ticks of the page's 0.1 ms clock, so rounding
 * moves a sample by 2% at most.
 */
const FLOOR_MIN_SAMPLE_MS = 5;

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
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
  loads: 3,
  warmup: 1,
  floorRepeats: 5,
  markTimeoutMs: 30_000,
  quickPages: true,
  seedPages: 1,
  allStressPages: false,
  markjsLoads: 1,
  markjsCapMs: 2_000,
};

export interface ContentTargetRow {
  id: string;
  description: string;
  limit: string;
  measured: string;
  status: TargetStatus;
}

export interface ContentBenchResult {
  chromium: string;
  buildMs: number;
  extensionId: string;
  floorAliases: number;
  pagesDir: string;
  pagesFound: boolean;
  loads: number;
  warmup: number;
  floorRepeats: number;
  markjsLoads: number;
  markjsCapMs: number;
  pages: PageResult[];
  /** Medians over the measured pages of each page's median. */
  acrossPages: {
    pages: number;
    totalMs: number;
    floorMs: number;
    ratio: number;
    workRatio: number;
    coldRatio: number;
    floorFirstMs: number;
    longestSliceMs: number;
    traceLongestMs: number | null;
    scriptEvalMs: number | null;
    engineEvalMs: number | null;
  } | null;
  targets: ContentTargetRow[];
}

/**
 * Untimed loads first, then timed rounds; each round visits every page, its
 * order rotated, inside one trace.
 */
async function measurePages(
  context: BrowserContext,
  server: FixtureServer,
  pages: readonly BenchPage[],
  options: { extensionOrigin: string; floorSource: string },
  config: ContentBenchConfig,
  log: (message: string) => void,
): Promise<PageResult[]> {
  const samples = new Map(pages.map((page) => [page, [] as LoadSample[]]));
  const failures = new Map(pages.map((page) => [page, [] as string[]]));
  const tracer = await openTracer(context);
  try {
    const rounds = config.warmup + config.loads;
    for (let round = 0; round < rounds; round++) {
      const warm = round < config.warmup;
      const started = performance.now();
      const loads: { page: BenchPage; load: PageLoad }[] = [];
      await tracer.start();
      for (let i = 0; i < pages.length; i++) {
        const page = pages[(round + i) % pages.length] as BenchPage;
        const outcome = await measureLoad(context, {
          url: server.url(page.path),
          floorSource: options.floorSource,
          floorRepeats: config.floorRepeats,
          floorMinSampleMs: FLOOR_MIN_SAMPLE_MS,
          markTimeoutMs: config.markTimeoutMs,
        });
        if (outcome.ok) loads.push({ page, load: outcome.load });
        else {
          log(`${page.name}: load failed (${outcome.reason})`);
          if (!warm) failures.get(page)?.push(outcome.reason);
        }
      }
      const trace = await tracer.stop();
      if (trace.dataLoss) log('the trace buffer overflowed: some loads may have no main-thread tasks');
      if (!warm) {
        for (const { page, load } of loads) {
          samples.get(page)?.push(withTrace(load, trace.events, options.extensionOrigin));
        }
      }
      const label = warm
        ? `warm-up round ${round + 1}/${config.warmup}`
        : `round ${round - config.warmup + 1}/${config.loads}`;
      log(`${label}: ${pages.length} pages in ${formatMs(performance.now() - started)}`);
    }
  } finally {
    await tracer.close();
  }
  return pages.map((page) =>
    summarisePage(page, samples.get(page) ?? [], failures.get(page) ?? [], config.warmup),
  );
}

function acrossPages(pages: readonly PageResult[]): ContentBenchResult['acrossPages'] {
  const measured = pages.flatMap((page) => (page.measured ? [page.measured] : []));
  if (measured.length === 0) return null;
  const of = (pick: (page: PageMeasures) => number): number => median(measured.map(pick));
  const evals = measured.flatMap((page) => (page.scriptEvalMs === null ? [] : [page.scriptEvalMs]));
  const engineEvals = measured.flatMap((page) => (page.engineEvalMs === null ? [] : [page.engineEvalMs]));
  const traced = measured.flatMap((page) => (page.traceLongest ? [page.traceLongest.median] : []));
  return {
    pages: measured.length,
    totalMs: of((page) => page.total.medianMs),
    floorMs: of((page) => page.floor.medianMs),
    ratio: of((page) => page.ratio.median),
    workRatio: of((page) => page.workRatio.median),
    coldRatio: of((page) => page.coldRatio.median),
    floorFirstMs: of((page) => page.floorFirstMs),
    longestSliceMs: of((page) => page.longestSlice.median),
    traceLongestMs: traced.length > 0 ? median(traced) : null,
    scriptEvalMs: evals.length > 0 ? median(evals) : null,
    engineEvalMs: engineEvals.length > 0 ? median(engineEvals) : null,
  };
}

function worst(
  pages: readonly PageResult[],
  pick: (page: PageMeasures) => number,
): { name: string; value: number } | null {
  let found: { name: string; value: number } | null = null;
  for (const page of pages) {
    if (!page.measured) continue;
    const value = pick(page.measured);
    if (!found || value > found.value) found = { name: page.page.name, value };
  }
  return found;
}

function statusOf(limit: number, value: number | null): TargetStatus {
  return checkTarget('', '', limit, value, '').status;
}

function checkTargets(result: Omit<ContentBenchResult, 'targets'>): ContentTargetRow[] {
  const across = result.acrossPages;
  const pages = result.pages;
  const measured = pages.filter((page) => page.measured !== null);
  const limitRatio = `≤ ${formatRatio(TARGET_RATIO)}`;
  const ratioRow = (id: string, description: string, value: number | null): ContentTargetRow => ({
    id,
    description,
    limit: limitRatio,
    measured: value === null ? '–' : formatRatio(value),
    status: statusOf(TARGET_RATIO, value),
  });
  const worstRatio = worst(pages, (page) => page.ratio.median);
  const worstWork = worst(pages, (page) => page.workRatio.median);
  /** Pages with a long task in any load, and the longest (named always, or only when it is long). */
  const longTaskRow = (
    id: string,
    description: string,
    tasks: (page: PageMeasures) => { count: ValueSummary | null; longest: ValueSummary | null },
    nameLongestAlways: boolean,
  ): ContentTargetRow => {
    const withLong = measured.filter(
      (page) => (page.measured ? (tasks(page.measured).count?.max ?? 0) : 0) > 0,
    );
    const longest = worst(pages, (page) => tasks(page).longest?.max ?? 0);
    const named = longest && (nameLongestAlways || longest.value > LONG_TASK_MS);
    return {
      id,
      description,
      limit: `${TARGET_LONG_TASKS}`,
      measured:
        measured.length === 0
          ? '–'
          : `${withLong.length} of ${measured.length}${named ? `; longest ${formatMs(longest.value)} (${longest.name})` : ''}`,
      status: measured.length === 0 ? 'not run' : statusOf(TARGET_LONG_TASKS, withLong.length),
    };
  };
  const longestSlice = worst(pages, (page) => page.longestSlice.median);
  return [
    ratioRow('ratio-median', 'Parallax start→highlighted ÷ floor, median of pages', across?.ratio ?? null),
    ratioRow(
      'ratio-worst',
      `Parallax start→highlighted ÷ floor, worst page${worstRatio ? ` (${worstRatio.name})` : ''}`,
      worstRatio?.value ?? null,
    ),
    ratioRow(
      'work-ratio-median',
      'extract + match + paint ÷ floor, median of pages',
      across?.workRatio ?? null,
    ),
    ratioRow(
      'work-ratio-worst',
      `extract + match + paint ÷ floor, worst page${worstWork ? ` (${worstWork.name})` : ''}`,
      worstWork?.value ?? null,
    ),
    (() => {
      const ratio = medianPeerRatio(pages);
      return {
        id: 'markjs-ratio-median',
        description: 'mark.js ÷ Parallax start→highlighted, median of pages',
        limit: `≥ ${formatRatio(TARGET_PEER_RATIO)}`,
        measured: formatPeerRatio(ratio),
        status: ratio === null ? 'not run' : ratio.value >= TARGET_PEER_RATIO ? 'pass' : 'miss',
      } satisfies ContentTargetRow;
    })(),
    longTaskRow(
      'parallax-long-tasks',
      `pages where a task running Parallax's code took > ${LONG_TASK_MS} ms in any load (trace)`,
      (page) => ({ count: page.parallaxLongCount, longest: page.parallaxLongest }),
      true,
    ),
    longTaskRow(
      'parallax-long-tasks-cpu',
      `the same by CPU time: pages where a task running Parallax's code kept the main thread busy > ${LONG_TASK_MS} ms in any load (trace)`,
      (page) => ({ count: page.parallaxCpuLongCount, longest: page.parallaxCpuLongest }),
      true,
    ),
    longTaskRow(
      'long-tasks',
      `pages with any main-thread task > ${LONG_TASK_MS} ms during Parallax's work in any load, the page's and browser's own included (trace)`,
      (page) => ({ count: page.traceLongCount, longest: page.traceLongest }),
      false,
    ),
    {
      id: 'longest-slice',
      description: `Parallax's own longest slice (longestSliceMs), worst page median${longestSlice ? ` (${longestSlice.name})` : ''}`,
      limit: `≤ ${formatMs(LONG_TASK_MS)}`,
      measured: longestSlice ? formatMs(longestSlice.value) : '–',
      status: statusOf(LONG_TASK_MS, longestSlice?.value ?? null),
    },
  ];
}

/** Closes what the run opened, also on Ctrl-C (the launcher leaves signals to us). */
function cleanupOnSignal(cleanup: () => Promise<void>): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const version = await session.send('Browser.getVersion');
    return version.product;
  } finally {
    await page.close();
  }
}

/** Builds the extension, launches Chromium, loads every page; cleans up whatever happens. */
export async function runContentBench(
  config: ContentBenchConfig,
  log: (message: string) => void = () => {},
): Promise<ContentBenchResult> {
  const pagesDir = config.pagesDir ?? PAGES_DIR;
  const seedDir = config.seedDir ?? SEED_DIR;

  log('building the extension (npx wxt build)…');
  const build = buildExtension(REPO_ROOT);
  log(`built ${build.dir} in ${formatMs(build.ms)}`);
  const floor = readFloorSource(join(build.dir, 'corpus/catalogue.json'));

  const saved = savedPages(pagesDir);
  if (saved.length === 0) log(`notice: no saved pages in ${pagesDir}; seed and stress pages only`);
  const articles = readCorpusDir(seedDir);
  const tempDir = mkdtempSync(join(tmpdir(), 'parallax-bench-content-'));
  let server: FixtureServer | null = null;
  let browser: ExtensionBrowser | null = null;
  const cleanup = async (): Promise<void> => {
    await browser?.close();
    browser = null;
    await server?.close();
    server = null;
    rmSync(tempDir, { recursive: true, force: true });
  };
  const forgetSignals = cleanupOnSignal(cleanup);
  try {
    const pages = [
      ...(config.quickPages ? quickSubset(saved) : saved),
      ...writeSeedPages(tempDir, articles.slice(0, config.seedPages)),
      ...writeStressPages(tempDir, articles, config.allStressPages),
    ];
    server = await serveFixtures({
      [GENERATED_PREFIX]: tempDir,
      ...(saved.length > 0 ? { [SAVED_PREFIX]: pagesDir } : {}),
    });
    const origin = server.origin;
    browser = await launchChromiumWithExtension({
      extensionDir: build.dir,
      headless: true,
      handleSignals: false,
    });
    const { context, extensionId } = browser;
    // The saved pages link to the open web; on a closed network each request would stall the load.
    // The extension's own files (the content script's engine) are not the web's.
    await context.route(
      (url) => url.protocol.startsWith('http') && url.origin !== origin,
      (route) => route.abort(),
    );
    await context.addInitScript(installProbe);
    const chromium = await chromiumVersion(context);
    log(
      `${chromium}, extension ${extensionId}; ${pages.length} pages × (${config.warmup} warm-up + ${config.loads} loads); floor: ${floor.aliases} aliases`,
    );

    const results = await measurePages(
      context,
      server,
      pages,
      { extensionOrigin: `chrome-extension://${extensionId}/`, floorSource: floor.source },
      config,
      log,
    );
    const background = context
      .serviceWorkers()
      .find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
    if (!background) throw new Error('bench: content: the extension has no service worker');
    // mark.js runs on pages of its own: Parallax off, so neither sees the other's work.
    await setParallaxSettings(background, { enabled: false });
    const peers = await measurePeers(
      context,
      pages.map((page) => server?.url(page.path) ?? ''),
      floor.texts,
      { loads: config.markjsLoads, capMs: config.markjsCapMs, loadTimeoutMs: config.markTimeoutMs },
      log,
    );
    await setParallaxSettings(background, { enabled: true });
    const measuredPages = results.map((result, i) => {
      const peer = peers[i];
      return { ...result, peer: peer ? summarisePeer(peer.runs, peer.failures, config.markjsCapMs) : null };
    });
    const partial = {
      chromium,
      buildMs: build.ms,
      extensionId,
      floorAliases: floor.aliases,
      pagesDir,
      pagesFound: saved.length > 0,
      loads: config.loads,
      warmup: config.warmup,
      floorRepeats: config.floorRepeats,
      markjsLoads: config.markjsLoads,
      markjsCapMs: config.markjsCapMs,
      pages: measuredPages,
      acrossPages: acrossPages(measuredPages),
    };
    return { ...partial, targets: checkTargets(partial) };
  } finally {
    forgetSignals();
    await cleanup();
  }
}

function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** A median count with its maximum when they differ: "1 (max 2)". */
function formatCountSummary(summary: ValueSummary | null): string {
  if (!summary) return '–';
  const mid = formatCount(summary.median);
  return summary.max > summary.median ? `${mid} (max ${formatCount(summary.max)})` : mid;
}

function formatTaskMs(summary: ValueSummary | null): string {
  if (!summary) return '–';
  const text = formatMs(summary.median);
  return summary.median > LONG_TASK_MS ? `**${text}**` : text;
}

/** The section's Markdown: per-page tables, medians across pages, targets, then how it was measured. */
export function formatContentReport(result: ContentBenchResult, quick: boolean): string {
  const lines: string[] = [];
  const measured = result.pages.filter((page) => page.measured !== null);
  const kinds = (kind: BenchPage['kind']): number =>
    result.pages.filter((page) => page.page.kind === kind).length;
  lines.push('## Content script', '');
  lines.push(
    `${result.chromium} (headless) with the extension built at the start of the section · ${result.pages.length} pages: ${kinds('saved')} saved, ${kinds('seed')} seed, ${kinds('stress')} stress${quick ? ' (--quick subset)' : ''} · per page ${result.warmup} warm-up + ${result.loads} timed loads, a fresh tab each · floor: ${result.floorAliases} aliases, median of ${result.floorRepeats} samples per load`,
    '',
  );
  if (!result.pagesFound) {
    lines.push(
      `**No saved pages found in \`${result.pagesDir}\`: only the seed and stress pages were measured.**`,
      '',
    );
  }

  const across = result.acrossPages;
  lines.push('### Time to highlight, side by side with the floor in the same load', '');
  const timeRows = result.pages.map((page) => {
    const m = page.measured;
    const name = `${page.page.name}${page.failures.length > 0 ? ` (${page.failures.length} failed)` : ''}`;
    if (!m) return [name, page.page.kind, ...Array<string>(17).fill('–')];
    return [
      name,
      page.page.kind,
      formatCount(m.elements),
      formatCount(m.characters),
      `${formatCount(m.found)} / ${formatCount(m.painted)}`,
      `${formatMs(m.total.medianMs)} ${formatSpread(m.total.spread)}`,
      formatMs(m.split.engineMs),
      formatMs(m.split.settingsMs),
      formatMs(m.split.requestMs),
      formatMs(m.split.compileMs),
      formatMs(m.split.extractMs),
      formatMs(m.split.matchMs),
      formatMs(m.split.paintMs),
      formatMs(m.split.restMs),
      `${formatMs(m.floor.medianMs)} ${formatSpread(m.floor.spread)}`,
      formatMs(m.floorFirstMs),
      formatRatio(m.ratio.median),
      formatRatio(m.workRatio.median),
      formatCount(m.floorMatches),
    ];
  });
  if (across) {
    timeRows.push([
      `**median of ${across.pages} pages**`,
      '',
      '',
      '',
      '',
      formatMs(across.totalMs),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      formatMs(across.floorMs),
      '',
      formatRatio(across.ratio),
      formatRatio(across.workRatio),
      '',
    ]);
  }
  lines.push(
    markdownTable(
      [
        'page',
        'kind',
        'elements',
        'characters',
        'found / painted',
        'start→highlighted (median, spread)',
        'engine import',
        'settings',
        'page-setup request',
        'compile',
        'extract',
        'match',
        'paint',
        'yields & rest',
        'floor (median, spread)',
        'floor 1st pass',
        '÷ floor',
        'extract+match+paint ÷ floor',
        'floor matches',
      ],
      timeRows,
      ['left', 'left'],
    ),
    '',
  );

  if (across) {
    lines.push(
      `The floor's first pass in each load also compiles its RegExp (${formatMs(across.floorFirstMs)}, median of pages), as Parallax's start→highlighted includes compiling its matcher: measured against that cold pass, start→highlighted is ${formatRatio(across.coldRatio)} (median of pages; per load, then the median).`,
      '',
    );
  }

  lines.push(`### Main-thread blocking during Parallax's work (tasks over ${LONG_TASK_MS} ms in bold)`, '');
  const blockRows = result.pages.map((page) => {
    const m = page.measured;
    if (!m) return [page.page.name, ...Array<string>(10).fill('–')];
    return [
      page.page.name,
      formatTaskMs(m.longestSlice),
      m.scriptEvalMs === null ? '–' : formatMs(m.scriptEvalMs),
      m.engineEvalMs === null ? '–' : formatMs(m.engineEvalMs),
      formatTaskMs(m.parallaxLongest),
      formatCountSummary(m.parallaxLongCount),
      formatTaskMs(m.parallaxCpuLongest),
      formatTaskMs(m.traceLongest),
      formatCountSummary(m.traceLongCount),
      formatTaskMs(m.apiLongest),
      formatCountSummary(m.apiLongCount),
    ];
  });
  if (across) {
    blockRows.push([
      `**median of ${across.pages} pages**`,
      formatMs(across.longestSliceMs),
      across.scriptEvalMs === null ? '–' : formatMs(across.scriptEvalMs),
      across.engineEvalMs === null ? '–' : formatMs(across.engineEvalMs),
      '',
      '',
      '',
      across.traceLongestMs === null ? '–' : formatMs(across.traceLongestMs),
      '',
      '',
      '',
    ]);
  }
  lines.push(
    markdownTable(
      [
        'page',
        'Parallax longest slice',
        'content.js evaluation (before start)',
        'engine module evaluation',
        "Parallax's longest task (trace)",
        `Parallax's tasks > ${LONG_TASK_MS} ms per load`,
        "Parallax's longest task, CPU time",
        'longest task in window, anyone’s (trace)',
        `tasks > ${LONG_TASK_MS} ms per load (trace)`,
        'longest (longtask API)',
        `> ${LONG_TASK_MS} ms (longtask API)`,
      ],
      blockRows,
    ),
    '',
  );

  lines.push('### The peer: mark.js on the same pages, and the JS heap', '');
  lines.push(peerTable(result.pages), '');

  lines.push('### Targets', '');
  lines.push(
    markdownTable(
      ['target', 'limit', 'measured', 'result'],
      result.targets.map((target) => [
        target.description,
        target.limit,
        target.measured,
        target.status === 'pass' ? 'pass' : target.status === 'miss' ? '**miss**' : 'not run',
      ]),
    ),
    '',
  );

  const failed = result.pages.filter((page) => page.failures.length > 0);
  if (failed.length > 0) {
    lines.push(
      `Failed loads (not in the medians): ${failed.map((page) => `${page.page.name}: ${[...new Set(page.failures)].join('; ')}`).join(' · ')}.`,
      '',
    );
  }
  const untraced = result.pages.filter((page) => (page.measured?.untraced ?? 0) > 0);
  if (untraced.length > 0) {
    lines.push(
      `Loads missing from the trace (buffer overflow; their task columns use the other loads): ${untraced.map((page) => `${page.page.name} ${page.measured?.untraced ?? 0}`).join(', ')}.`,
      '',
    );
  }
  const stress = result.pages.filter((page) => page.page.kind === 'stress');
  lines.push(
    `- **Pages**: every \`*/source.html\` in \`${result.pagesDir}\` (discovered at run time, served in place${quick ? '; --quick takes the smallest, median and largest file' : ''}), seed articles rendered as the e2e tests render them, and generated stress pages (${stress.map((page) => `${page.page.name}: ${formatCount(page.page.bytes)} bytes of HTML`).join(', ')}) made of seed text: paragraphs repeated in \`<p>\`s to about 1,000,000 (and 5,000,000) characters; 5,000 \`<p>\` rows of 9 \`<span>\`s of three words; ${quick ? '' : "one \`<p>\` holding a single 10 MB text node; 5,000 levels of nested \`<span>\`s built by an inline script (the HTML parser stops nesting at 512; Chromium's renderer crashes on 5,000 nested \`<div>\`s with no extension at all, so the levels are inline). "}Seed and stress pages live in a temporary folder for the run. Requests to anything but the local server are aborted.`,
    `- **Parallax**: the content script's \`performance.mark('parallax:start')\` (first line of its \`main\`) to \`parallax:highlighted\` (first scan done), read in the page's main world. The setup is split at the content script's own marks (lib/content/phase-marks.ts): **engine import** (start → the engine module imported by the injected script is running: a fetch from the package and an off-thread compile, lib/content/engine-module.ts), **settings** (→ settings read from storage), **page-setup request** (→ the background's answer with every alias; a message round trip, and the first answer after the service worker starts also loads the catalogue), **compile** (→ the matcher's automaton built). Then the scan's own \`{ extractMs, matchMs, paintMs }\`; **yields & rest** is the remainder: finding the first visible block (a layout) and the time the scan yields to the page between its slices (budget ${SLICE_BUDGET_MS} ms). Parallax stops matching once ${MAX_LIVE_RANGES} ranges are painted, so on long pages it does less work than the floor, which always scans everything.`,
    `- **Floor**: in the same load, once Parallax is done, one \`page.evaluate\`: a TreeWalker (\`SHOW_TEXT\`) over the body joining every text node into one string (script and style text included: no filtering at all), then one RegExp of every catalogue alias (escaped, longest first, Unicode word-boundary lookarounds; flags \`gu\`, so case-sensitive) over it, counting matches. The RegExp is built inside each pass, so the first pass also compiles it (V8 caches the code for the rest); that pass is timed alone (**floor 1st pass**). Then ${result.floorRepeats} samples timed with \`performance.now()\`, each as many passes in a row as last at least ${FLOOR_MIN_SAMPLE_MS} ms (the page's clock ticks in 0.1 ms steps, about one pass on a small page), divided by the passes; the load's floor is their median. Parallax's scan, by contrast, runs once per load, cold.`,
    "- **The ratio compares different work**: start→highlighted includes a message round trip to the background, the matcher's compile, the settings read and the yields, none of which the floor has; and the floor skips everything Parallax does per mention (DOM positions, ranges, highlights) and per block. **extract+match+paint ÷ floor** leaves out the setup and the yields and is the closer comparison. Ratios are taken per load, then the median over loads; the median of pages is the median of the per-page medians.",
    `- **Long tasks**: each round of loads runs inside one Chromium trace (CDP \`Tracing\` from a tab of its own, categories toplevel, blink.user_timing, devtools.timeline), which gives every top-level task of each renderer's main thread; a load's tasks are those on the thread of its marks that overlap [parallax:start, parallax:highlighted], including the task that evaluates content.js, in which the start mark is made. **Parallax's tasks** are those holding an event of its code: a script event of a \`chrome-extension://\` URL (evaluation, function call, timer, callback) or the engine module's evaluation in the content script's world (\`attributeTasks\` in main-thread-tasks.ts; a hit test or layout its code forces runs inside such a task and counts). Durations are wall time, as the Long Tasks API counts them; **CPU time** is the main thread's own time in the task (the trace's \`tdur\`): on a two-core machine also running the browser's other processes, the tracing service and the benchmark's driver, wall time adds the stretches the thread waited for a core. **Anyone's** adds the page's and the browser's own work in that window (the generated pages run no scripts; scripts of saved pages run, their network requests do not; the first layout of a long page lands in the window). The longtask API columns are a \`PerformanceObserver\` registered by an init script before any page script: it sees the task that evaluates content.js but not the scan's slices (in the traces here the scan's first slice runs in a microtask checkpoint outside any scheduler task), so it undercounts and is shown only to make that visible; its durations are whole milliseconds, so the window opens 1 ms earlier for it. **Parallax longest slice** is the scan's own \`longestSliceMs\` (the longest stretch between yields); it leaves out the script's evaluation and the setup. Tracing's own cost, tried while writing this section with traced and untraced rounds alternated (6 each, 4 pages) on a busy machine: the medians differed by −38% to +36% in both directions, nothing distinguishable from the noise.`,
    "- **content.js evaluation**: the injected script's top-level code runs (`EvaluateScript` in the trace, median of the loads) before `main()` makes the start mark, so it is outside start→highlighted; it is shown separately. **engine module evaluation**: the engine's top-level code (`v8.evaluateModule` in the content script's world, median of the loads), inside the window; Chromium compiles the module off the main thread, so this is its whole main-thread cost at start.",
    `- **mark.js** (the peer): after Parallax's rounds, Parallax is switched off (its global setting, as the popup does) and each page is loaded ${result.markjsLoads} more time(s) in a fresh tab; mark.js 8.11 (devDependency, injected with \`page.evaluate\`) runs \`mark(aliases)\` over the body with the floor's alias list (whole phrases: \`separateWordSearch: false\`; whole words: \`accuracy: exactly\` with punctuation as limiters; any case; diacritics folded, as Parallax does), wrapping each match in a \`<mark>\`; timed in the page with \`performance.now()\`. A run longer than ${formatMs(result.markjsCapMs)} is abandoned (the tab is closed) and shown as "> cap"; the ratio is then a lower bound. mark.js counts every match (the floor's count, less the script and style text it skips); Parallax's "found" stops once ${MAX_LIVE_RANGES} ranges are painted and its density rule then paints the first mention per item and block.`,
    "- **JS heap**: CDP `HeapProfiler.collectGarbage` then `Runtime.getHeapUsage` (the renderer isolate: the page and the content script together), after highlighting with Parallax on, and after the load with Parallax off (the mark.js loads, before mark.js runs); Parallax's share is the difference of the medians, so page-to-page noise (timers, ads) shows in it.",
    `- **Method**: ${measured.length} of ${result.pages.length} pages measured; each page gets ${result.warmup} untimed load(s), then ${result.loads} timed loads, pages visited in rounds with the order rotated each round, so a slow patch of the machine is spread over all pages. Median over loads, spread ± half the range over the median. The extension is built once at the start (${formatMs(result.buildMs)}).`,
  );
  return lines.join('\n');
}

function toReport(result: ContentBenchResult, quick: boolean): SectionReport {
  return {
    json: { ...result, pageRows: pageRows(result.pages) },
    markdown: formatContentReport(result, quick),
    files: [{ name: 'content-cost.svg', content: plotContentCost(result.pages) }],
  };
}

export async function runContentSection(
  config: ContentBenchConfig,
  context: SectionContext,
): Promise<SectionReport> {
  return toReport(await runContentBench(config, context.log), context.quick);
}

export const contentSection: BenchSection = {
  name: 'content',
  summary:
    'content script in Chromium: start→highlighted vs a TreeWalker + RegExp floor, long tasks; saved, seed and stress pages',
  run: (context) => runContentSection(context.quick ? QUICK_CONFIG : FULL_CONFIG, context),
};
