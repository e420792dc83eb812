import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { CATALOGUE_ASSET } from '../../lib/corpus-assets';
import { catalogueMatcher, catalogueSchema, type Matcher } from '../../lib/entities';
import { readCorpusDir } from '../../lib/node';
import { CLOSE_DELAY_MS, OPEN_DELAY_MS } from '../../lib/ui/card/card-intent';
import {
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../tests/support/browser/launch-chromium';
import { serveFixtures, type FixtureServer } from '../../tests/support/browser/serve';
import { formatMs, markdownTable } from '../support/markdown';
import {
  checkTarget,
  type BenchSection,
  type SectionContext,
  type SectionReport,
  type TargetResult,
} from '../support/section';
import { median } from '../support/stats';
import { GENERATED_PREFIX, writeSeedPages, type BenchPage } from './content/bench-pages';
import { buildExtension } from './content/build-extension';
import { HoverPage, type HoverPageOptions } from './hover/hover-page';
import { mentionEntity, planHovers } from './hover/plan-hovers';
import {
  hoverOutcome,
  summariseHovers,
  type HoverFailure,
  type HoverPhase,
  type HoverSample,
  type HoverSummary,
  type Percentiles,
} from './hover/summarise-hovers';

/**
 * The hover section: the item card in real Chromium with the built
 * extension, on seed-article pages. A real mouse rests on one highlighted
 * mention after another; the content script's marks give card-open →
 * card-ready (the card's own latency: the background's answer, its render
 * and the next frame) and, with the time of the pointer's last move,
 * pointer stop → card-ready (what a reader waits, the deliberate hit-test
 * and hover-intent delays included).
 */

/**
 * The content script's wait before it hit-tests a resting pointer
 * (HIT_TEST_DELAY_MS in lib/content/start-parallax.ts, which cannot be
 * imported here: it pulls in the card's CSS); a unit test keeps the two equal.
 */
export const HIT_TEST_DELAY_MS = 50;
/** From the pointer's stop to the card being asked for, by design. */
export const INTENT_DELAY_MS = HIT_TEST_DELAY_MS + OPEN_DELAY_MS;
/** Target from the project's performance budget: the card's own latency, p95. */
const TARGET_OPEN_TO_READY_P95_MS = 50;
/** Every hover over a highlighted mention must open its card. */
const TARGET_FAILURES = 0;

/**
 * Below this many samples p95 and p99 are shown as "–": interpolated between
 * the top two of a handful of samples they would only restate the maximum.
 */
const MIN_SAMPLES_FOR_TAILS = 10;

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED_DIR = join(REPO_ROOT, 'seeds');

export interface HoverBenchConfig extends HoverPageOptions {
  /** Seed pages, each loaded once in a fresh tab (at most the number of seed articles). */
  pages: number;
  /** Hovers per page after its first (cold) one. */
  hoversPerPage: number;
  /** Untimed hovers on the first page, after its cold one and before the measured ones. */
  warmup: number;
  /** A built extension to use instead of building one (tests). */
  extensionDir?: string;
  seedDir?: string;
}

const PAGE_OPTIONS: HoverPageOptions = {
  pointerSteps: 5,
  cardTimeoutMs: 3_000,
  closeTimeoutMs: 3_000,
  scanTimeoutMs: 15_000,
};

/** 5 pages: 5 cold hovers, 5 warm-up and 65 measured. */
export const FULL_CONFIG: HoverBenchConfig = { ...PAGE_OPTIONS, pages: 5, hoversPerPage: 14, warmup: 5 };

/** 2 pages: 2 cold hovers, 5 warm-up and 21 measured. */
export const QUICK_CONFIG: HoverBenchConfig = { ...PAGE_OPTIONS, pages: 2, hoversPerPage: 13, warmup: 5 };

export interface HoverPageResult {
  name: string;
  /** Highlighted mentions in the article, and how many name exactly one item. */
  mentions: number;
  known: number;
  /** Hovers made on the page (cold, warm-up and measured). */
  hovers: number;
}

export interface HoverBenchResult extends HoverSummary {
  chromium: string;
  /** Null when a built extension was given. */
  buildMs: number | null;
  extensionId: string;
  pages: HoverPageResult[];
  warmup: number;
  pointerSteps: number;
  cardTimeoutMs: number;
  /** Every hover attempted: cold, warm-up and measured. */
  attempted: number;
  failures: HoverFailure[];
  /** Cards still open `closeTimeoutMs` after the pointer left (closed with Esc). */
  notClosed: number;
  hitTestDelayMs: number;
  openDelayMs: number;
  /** Hit test + hover intent: pointer stop → card-open by design. */
  intentDelayMs: number;
  closeDelayMs: number;
  samples: HoverSample[];
  targets: TargetResult[];
}

function readMatcher(extensionDir: string): Matcher {
  const file = join(extensionDir, CATALOGUE_ASSET);
  const parsed = catalogueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`bench: hover: ${file}: not a catalogue (${parsed.error.message})`);
  return catalogueMatcher(parsed.data);
}

function phaseOf(pageIndex: number, hoverIndex: number, warmup: number): HoverPhase {
  if (hoverIndex === 0) return 'cold';
  return pageIndex === 0 && hoverIndex <= warmup ? 'warm-up' : 'measured';
}

function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0] ?? 'unknown error';
}

interface Collected {
  pages: HoverPageResult[];
  samples: HoverSample[];
  failures: HoverFailure[];
  notClosed: number;
}

/** Each page in a fresh tab: its first hover cold, then the plan's hovers one after another. */
async function hoverPages(
  context: BrowserContext,
  urls: readonly { page: BenchPage; url: string }[],
  matcher: Matcher,
  config: HoverBenchConfig,
  log: (message: string) => void,
): Promise<Collected> {
  const collected: Collected = { pages: [], samples: [], failures: [], notClosed: 0 };
  const seen = new Set<string>();
  for (const [pageIndex, { page, url }] of urls.entries()) {
    const started = performance.now();
    const tab = await context.newPage();
    try {
      let hoverPage: HoverPage;
      try {
        hoverPage = await HoverPage.open(tab, url, config);
      } catch (error) {
        const reason = `the page did not load and highlight: ${firstLine(error)}`;
        log(`${page.name}: ${reason}`);
        collected.failures.push({
          page: page.name,
          text: '',
          entityId: '',
          phase: 'cold',
          firstForItem: false,
          reason,
        });
        continue;
      }
      const texts = await hoverPage.mentions();
      const entities = texts.map((text) => mentionEntity(matcher, text));
      const wanted = 1 + config.hoversPerPage + (pageIndex === 0 ? config.warmup : 0);
      const plan = planHovers(texts, entities, wanted);
      if (plan.length < wanted) log(`${page.name}: only ${plan.length} of ${wanted} hovers possible`);
      const openToReady: number[] = [];
      for (const [hoverIndex, hover] of plan.entries()) {
        const target = {
          page: page.name,
          text: hover.text,
          entityId: hover.entityId,
          phase: phaseOf(pageIndex, hoverIndex, config.warmup),
          firstForItem: !seen.has(hover.entityId),
        };
        seen.add(hover.entityId);
        let result: Awaited<ReturnType<HoverPage['hover']>>;
        try {
          result = await hoverPage.hover(hover);
        } catch (error) {
          result = firstLine(error);
        }
        if (typeof result === 'string') {
          collected.failures.push({ ...target, reason: result });
          continue;
        }
        if (!result.closed) collected.notClosed++;
        const outcome = hoverOutcome(target, result.marks, config.cardTimeoutMs);
        if (!outcome.ok) {
          log(`${page.name}: "${hover.text}": ${outcome.failure.reason}`);
          collected.failures.push(outcome.failure);
          continue;
        }
        collected.samples.push(outcome.sample);
        openToReady.push(outcome.sample.openToReadyMs);
      }
      collected.pages.push({
        name: page.name,
        mentions: texts.length,
        known: entities.filter((entity) => entity !== null).length,
        hovers: plan.length,
      });
      const mid = openToReady.length > 0 ? formatMs(median(openToReady)) : '–';
      log(
        `${page.name}: ${plan.length} hovers over ${texts.length} mentions in ${formatMs(performance.now() - started)}; card-open→ready median ${mid}`,
      );
    } finally {
      await tab.close();
    }
  }
  return collected;
}

function checkTargets(summary: HoverSummary, failures: number): TargetResult[] {
  return [
    checkTarget(
      'card-open-to-ready-p95',
      'card-open → card-ready p95 (warm hovers)',
      TARGET_OPEN_TO_READY_P95_MS,
      summary.openToReady?.p95 ?? null,
      'ms',
    ),
    checkTarget(
      'hover-failures',
      'hovers on a highlighted mention with no card',
      TARGET_FAILURES,
      failures,
      'hovers',
    ),
  ];
}

/** Builds the extension (unless given one), launches Chromium, hovers; cleans up whatever happens. */
export async function runHoverBench(
  config: HoverBenchConfig,
  log: (message: string) => void = () => {},
): Promise<HoverBenchResult> {
  const tempDir = mkdtempSync(join(tmpdir(), 'parallax-bench-hover-'));
  let server: FixtureServer | null = null;
  let browser: ExtensionBrowser | null = null;
  try {
    let extensionDir = config.extensionDir;
    let buildMs: number | null = null;
    if (extensionDir === undefined) {
      log('building the extension (npx wxt build)…');
      const build = buildExtension(REPO_ROOT);
      // A copy: another build (another bench section, a test run) may replace .output while this one runs.
      extensionDir = join(tempDir, 'extension');
      cpSync(build.dir, extensionDir, { recursive: true });
      buildMs = build.ms;
      log(`built ${build.dir} in ${formatMs(build.ms)}`);
    }
    const matcher = readMatcher(extensionDir);
    const articles = readCorpusDir(config.seedDir ?? SEED_DIR).slice(0, config.pages);
    const pagesDir = join(tempDir, 'pages');
    const pages = writeSeedPages(pagesDir, articles);
    server = await serveFixtures({ [GENERATED_PREFIX]: pagesDir });
    const urls = pages.map((page) => ({ page, url: server?.url(page.path) ?? '' }));
    browser = await launchChromiumWithExtension({ extensionDir, headless: true });
    const { context, extensionId } = browser;
    const versionTab = await context.newPage();
    const chromium = (await (await context.newCDPSession(versionTab)).send('Browser.getVersion')).product;
    await versionTab.close();
    log(`${chromium}, extension ${extensionId}; ${pages.length} pages`);

    const collected = await hoverPages(context, urls, matcher, config, log);
    const summary = summariseHovers(collected.samples);
    return {
      chromium,
      buildMs,
      extensionId,
      ...summary,
      pages: collected.pages,
      warmup: config.warmup,
      pointerSteps: config.pointerSteps,
      cardTimeoutMs: config.cardTimeoutMs,
      attempted: collected.samples.length + collected.failures.length,
      failures: collected.failures,
      notClosed: collected.notClosed,
      hitTestDelayMs: HIT_TEST_DELAY_MS,
      openDelayMs: OPEN_DELAY_MS,
      intentDelayMs: INTENT_DELAY_MS,
      closeDelayMs: CLOSE_DELAY_MS,
      samples: collected.samples,
      targets: checkTargets(summary, collected.failures.length),
    };
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

function percentileCells(values: Percentiles | null): string[] {
  if (!values) return ['0', '–', '–', '–', '–'];
  const tails = values.count >= MIN_SAMPLES_FOR_TAILS;
  return [
    String(values.count),
    formatMs(values.p50),
    tails ? formatMs(values.p95) : '–',
    tails ? formatMs(values.p99) : '–',
    formatMs(values.max),
  ];
}

function formatTargetValue(target: TargetResult): string {
  if (target.value === null) return '–';
  return target.unit === 'ms' ? formatMs(target.value) : `${target.value} ${target.unit}`;
}

function formatTargetLimit(target: TargetResult): string {
  return target.unit === 'ms' ? `≤ ${formatMs(target.limit)}` : `≤ ${target.limit} ${target.unit}`;
}

/** The section's Markdown: the latency table, the targets, then how it was measured. */
export function formatHoverReport(result: HoverBenchResult, quick: boolean): string {
  const lines: string[] = [];
  const cold = result.samples.filter((sample) => sample.phase === 'cold').length;
  const warm = result.samples.filter((sample) => sample.phase === 'warm-up').length;
  lines.push('## Hover: the item card', '');
  lines.push(
    `${result.chromium} (headless) with the extension built at the start of the section · ${result.pages.length} seed pages${quick ? ' (--quick subset)' : ''}, each in a fresh tab · ${result.hovers} measured hovers over ${result.items} items, after ${cold} cold and ${warm} warm-up hovers · ${result.failures.length} failed`,
    '',
  );

  lines.push('### Time to the card', '');
  const intent = `${formatMs(result.intentDelayMs)} by design`;
  lines.push(
    markdownTable(
      ['hovers', 'count', 'p50', 'p95', 'p99', 'max'],
      [
        ['card-open → card-ready', ...percentileCells(result.openToReady)],
        ['card-open → answer rendered (before its frame)', ...percentileCells(result.openToRendered)],
        ['pointer stop → card-ready', ...percentileCells(result.restToReady)],
        [`pointer stop → card-open (hit test + intent, ${intent})`, ...percentileCells(result.restToOpen)],
        [
          "card-open → card-ready, the item's first card (comparison computed)",
          ...percentileCells(result.byComparison.firstForItem),
        ],
        [
          'card-open → card-ready, item asked for before (comparison cached)',
          ...percentileCells(result.byComparison.repeat),
        ],
        [
          'cold: first card after a fresh page load, card-open → card-ready',
          ...percentileCells(result.cold.openToReady),
        ],
        ['cold: pointer stop → card-ready', ...percentileCells(result.cold.restToReady)],
      ],
    ),
    '',
  );
  const first = result.cold.first;
  if (first) {
    lines.push(
      `The very first card in the fresh browser (${first.entityId} on ${first.page}): card-open → card-ready ${formatMs(first.openToReadyMs)}, pointer stop → card-ready ${first.restToReadyMs === null ? '–' : formatMs(first.restToReadyMs)}.`,
      '',
    );
  }

  lines.push('### Targets', '');
  lines.push(
    markdownTable(
      ['target', 'limit', 'measured', 'result'],
      result.targets.map((target) => [
        target.description,
        formatTargetLimit(target),
        formatTargetValue(target),
        target.status === 'pass' ? 'pass' : target.status === 'miss' ? '**miss**' : 'not run',
      ]),
    ),
    '',
  );

  if (result.failures.length > 0) {
    lines.push(
      `Failed hovers (not in the percentiles): ${result.failures.map((failure) => `${failure.page} "${failure.text}" (${failure.phase}): ${failure.reason}`).join(' · ')}.`,
      '',
    );
  }
  if (result.notClosed > 0) {
    lines.push(
      `**${result.notClosed} card(s) were still open ${formatMs(PAGE_OPTIONS.closeTimeoutMs)} after the pointer left** (closed with Esc before the next hover).`,
      '',
    );
  }
  const stops = result.hovers - (result.restToReady?.count ?? 0);
  lines.push(
    `- **Pages**: ${result.pages.map((page) => `${page.name} (${page.mentions} highlighted mentions, ${page.known} of one known item, ${page.hovers} hovers)`).join(', ')}: seed articles rendered as the e2e tests render them, served from a temporary folder. Each page is loaded once in a fresh tab and hovered only after \`parallax:highlighted\`.`,
    "- **Hovers**: the mentions are the ranges in the page's own highlight registry (`CSS.highlights`, read from the main world, the focus highlight aside) inside the article, so every target is painted; each mention's item comes from running the catalogue's matcher (from the built extension's `corpus/catalogue.json`, as the content script compiles it) over the mention's text, and mentions that are not exactly one item's are skipped. Round by round, the next unused mention of each item in order of first appearance: every hover a different mention, consecutive hovers different items while the page has them.",
    `- **One hover**: the mention is scrolled to the middle of the viewport; Playwright's \`page.mouse.move\` (real input events, ${result.pointerSteps} steps) goes from the page's left margin to the centre of the mention's first line box and rests; an observer in the page waits for the content script's \`parallax:card-ready\` mark for the expected item (detail: its id); then the pointer goes back to the margin and the next hover waits until \`<parallax-card>\` is gone (the card closes ${formatMs(result.closeDelayMs)} after the pointer leaves). No card-ready for the item within ${formatMs(result.cardTimeoutMs)} is a failure, reported above, not dropped.`,
    `- **card-open → card-ready**: \`parallax:card-open\` is marked when the hover intent fires and the card is requested; \`parallax:card-ready\` in the animation frame after the answer was rendered. Between them: the message to the background and back (the comparison, computed the first time an item is asked for and cached in the service worker after that), the render, and the wait for the next frame (up to ${formatMs(1000 / 60)} at 60 Hz). **answer rendered** is the card's own work without that wait: a mutation observer on the card's open shadow root (main world) takes \`performance.now()\` when the dialog first holds an answer; its callback runs at the end of the task that rendered and placed the card, before that frame.`,
    `- **pointer stop → card-ready**: from the \`timeStamp\` of the last \`pointermove\` (a main-world listener installed after the load records it; Chromium delivers moves aligned to frames, so the content script's own listener runs up to a frame later) to card-ready. It includes the deliberate delays: the content script hit-tests ${formatMs(result.hitTestDelayMs)} after the pointer stops, then the card opens after ${formatMs(result.openDelayMs)} of hover intent: ${intent}, shown measured as pointer stop → card-open (which adds the frame the move waits to be delivered).${stops > 0 ? ` ${stops} hover(s) whose last move the listener missed count in card-open → card-ready only.` : ''}`,
    `- **Cold**: the first hover on each freshly loaded page (${cold}), kept out of the other rows: the content script identifies the page (hashing its text) on its first card request and mounts the card element then, and the very first one in the run also meets a service worker that has computed no comparison yet.`,
    `- **Method**: ${result.warmup} untimed warm-up hovers after the first page's cold one; percentiles by linear interpolation over all measured hovers of all pages. Headless Chromium at 1280 × 720 with a fresh profile${result.buildMs === null ? '' : `; the extension is built once at the start (${formatMs(result.buildMs)}) and a copy of the build is loaded`}.`,
  );
  return lines.join('\n');
}

function toReport(result: HoverBenchResult, quick: boolean): SectionReport {
  return { json: { ...result }, markdown: formatHoverReport(result, quick), files: [] };
}

export async function runHoverSection(
  config: HoverBenchConfig,
  context: SectionContext,
): Promise<SectionReport> {
  return toReport(await runHoverBench(config, context.log), context.quick);
}

export const hoverSection: BenchSection = {
  name: 'hover',
  summary:
    'item card in Chromium: card-open→card-ready and pointer stop→card-ready over many hovers, cold and warm',
  run: (context) => runHoverSection(context.quick ? QUICK_CONFIG : FULL_CONFIG, context),
};
