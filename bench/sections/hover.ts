import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CARD_MARKS } from '../../lib/content/phase-marks';
import { catalogueMatcher, type Matcher } from '../../lib/entities';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_PREFIX } from '../../lib/highlight';
import { readCorpusDir } from '../../lib/node';
import { OPEN_DELAY_MS } from '../../lib/ui/card/card-intent';
import { hasScanned } from '../../tests/support/browser/in-page';
import { firstLine, withExtensionRun, type ExtensionRun } from '../support/extension-run';
import { formatMs, markdownTable, methodLink } from '../support/markdown';
import { SEED_DIR } from '../support/paths';
import { defineSection } from '../support/section';
import { median } from '../support/stats';
import { checkTarget, targetsTable } from '../support/targets';
import { GENERATED_PREFIX, writeSeedPages, type BenchPage } from './content/bench-pages';
import {
  findMentions,
  installHoverProbe,
  isCardClosed,
  readCardMarks,
  waitForCardReady,
  type CardMarks,
  type MentionQuery,
} from './hover/hover-probe';
import { mentionEntity, planHovers, type PlannedHover } from './hover/plan-hovers';
import {
  hoverOutcome,
  summariseHovers,
  type HoverFailure,
  type HoverSample,
  type Percentiles,
} from './hover/summarise-hovers';

/** The hover section (docs/bench.md#hover). */

/**
 * The content script's wait before it hit-tests a resting pointer
 * (HIT_TEST_DELAY_MS in lib/content/start-parallax.ts, which cannot be
 * imported here: it pulls in the card's CSS); a unit test keeps the two equal.
 */
export const HIT_TEST_DELAY_MS = 50;
/** From the pointer's stop to the card being asked for, by design. */
export const INTENT_DELAY_MS = HIT_TEST_DELAY_MS + OPEN_DELAY_MS;
const TARGET_OPEN_TO_READY_P95_MS = 50;
/** Below this many samples p95 and p99 are "–": they would only restate the maximum. */
const MIN_SAMPLES_FOR_TAILS = 10;
/** The mentions in a seed page's article (render-seed-page.ts), not in the site header. */
const QUERY: MentionQuery = { prefix: HIGHLIGHT_PREFIX, focus: FOCUS_HIGHLIGHT, within: 'article' };
/**
 * Where the pointer waits between hovers: the page's left margin (a seed
 * page's article is 680 px wide and centred, and the card opens at its
 * mention's left edge), so the hit test there finds no mention.
 */
const REST_POINT = { x: 8, y: 360 } as const;

export interface HoverBenchConfig {
  /** Seed pages, each loaded once in a fresh tab (at most the number of seed articles). */
  pages: number;
  /** Hovers per page after its first (cold) one. */
  hoversPerPage: number;
  /** Untimed hovers on the first page, after its cold one and before the measured ones. */
  warmup: number;
  /** Pointer steps from where it was to the mention: a moving pointer, not a jump. */
  pointerSteps: number;
  /** How long a card may take before the hover counts as failed, and to close after the pointer left. */
  cardTimeoutMs: number;
  closeTimeoutMs: number;
  /** How long the first scan may take. */
  scanTimeoutMs: number;
}

const PAGE_OPTIONS = { pointerSteps: 5, cardTimeoutMs: 3_000, closeTimeoutMs: 3_000, scanTimeoutMs: 15_000 };

/** 5 pages: 5 cold hovers, 5 warm-up and 70 measured. */
export const FULL_CONFIG: HoverBenchConfig = { ...PAGE_OPTIONS, pages: 5, hoversPerPage: 14, warmup: 5 };
/** 2 pages: 2 cold hovers, 5 warm-up and 26 measured. */
export const QUICK_CONFIG: HoverBenchConfig = { ...PAGE_OPTIONS, pages: 2, hoversPerPage: 13, warmup: 5 };

export type HoverBenchResult = Awaited<ReturnType<typeof runHoverBench>>;

/**
 * Rests the pointer on `hover`'s mention and reads the card's marks (`ready:
 * null` if none came in time); then moves to the margin and waits for the
 * card to close, pressing Esc if it does not (`closed: false` then). Returns
 * a reason instead when the mention is gone.
 */
async function hoverOnce(
  tab: Page,
  hover: PlannedHover,
  config: HoverBenchConfig,
): Promise<{ marks: CardMarks; closed: boolean } | string> {
  const { point } = await tab.evaluate(findMentions, { ...QUERY, index: hover.index });
  if (!point || point.text !== hover.text) {
    return `mention ${hover.index} is no longer "${hover.text}" (${point ? `"${point.text}"` : 'gone'})`;
  }
  const after = await tab.evaluate(() => performance.now());
  await tab.mouse.move(point.x, point.y, { steps: config.pointerSteps });
  const { entityId } = hover;
  const ready = await tab.evaluate(waitForCardReady, {
    ready: CARD_MARKS.ready,
    entityId,
    after,
    timeoutMs: config.cardTimeoutMs,
  });
  const marks = await tab.evaluate(readCardMarks, {
    open: CARD_MARKS.open,
    entityId,
    after,
    ready,
    ...point,
  });
  await tab.mouse.move(REST_POINT.x, REST_POINT.y, { steps: config.pointerSteps });
  const wait = { timeout: config.closeTimeoutMs, polling: 20 };
  const closed = await tab.waitForFunction(isCardClosed, undefined, wait).then(
    () => true,
    () => false,
  );
  if (!closed) {
    await tab.keyboard.press('Escape');
    await tab.waitForFunction(isCardClosed, undefined, wait);
  }
  return { marks, closed };
}

/** Each page in a fresh tab: its first hover cold, then the plan's hovers one after another. */
async function hoverPages(
  run: ExtensionRun,
  pages: readonly BenchPage[],
  matcher: Matcher,
  config: HoverBenchConfig,
  log: (message: string) => void,
) {
  const collected = {
    pages: [] as { name: string; mentions: number; known: number; hovers: number }[],
    samples: [] as HoverSample[],
    failures: [] as HoverFailure[],
    notClosed: 0,
  };
  for (const [pageIndex, page] of pages.entries()) {
    const started = performance.now();
    const tab = await run.context.newPage();
    try {
      // Loaded, scanned and probed, with the pointer in the margin.
      const opened = await tab
        .goto(run.server.url(page.path), { waitUntil: 'domcontentloaded' })
        .then(() => tab.waitForFunction(hasScanned, undefined, { timeout: config.scanTimeoutMs }))
        .then(() => tab.evaluate(installHoverProbe))
        .then(() => tab.mouse.move(REST_POINT.x, REST_POINT.y))
        .then(() => null, firstLine);
      if (opened !== null) {
        const reason = `the page did not load and highlight: ${opened}`;
        log(`${page.name}: ${reason}`);
        collected.failures.push({ page: page.name, text: '', entityId: '', phase: 'cold', reason });
        continue;
      }
      const { texts } = await tab.evaluate(findMentions, QUERY);
      const entities = texts.map((text) => mentionEntity(matcher, text));
      const wanted = 1 + config.hoversPerPage + (pageIndex === 0 ? config.warmup : 0);
      const plan = planHovers(texts, entities, wanted);
      if (plan.length < wanted) log(`${page.name}: only ${plan.length} of ${wanted} hovers possible`);
      const openToReady: number[] = [];
      for (const [hoverIndex, hover] of plan.entries()) {
        const warm = pageIndex === 0 && hoverIndex <= config.warmup;
        const phase = hoverIndex === 0 ? 'cold' : warm ? 'warm-up' : 'measured';
        const target = { page: page.name, text: hover.text, entityId: hover.entityId, phase } as const;
        const result = await hoverOnce(tab, hover, config).catch(firstLine);
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
      const known = entities.filter((entity) => entity !== null).length;
      collected.pages.push({ name: page.name, mentions: texts.length, known, hovers: plan.length });
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

/** Builds the extension, launches Chromium, hovers; cleans up whatever happens. */
export async function runHoverBench(config: HoverBenchConfig, log: (message: string) => void = () => {}) {
  const articles = readCorpusDir(SEED_DIR).slice(0, config.pages);
  let pages: BenchPage[] = [];
  const mounts = (tempDir: string): Record<string, string> => {
    pages = writeSeedPages(join(tempDir, 'pages'), articles);
    return { [GENERATED_PREFIX]: join(tempDir, 'pages') };
  };
  return withExtensionRun({ mounts, log }, async (run) => {
    const collected = await hoverPages(run, pages, catalogueMatcher(run.catalogue), config, log);
    const summary = summariseHovers(collected.samples);
    return {
      chromium: run.chromium,
      ...summary,
      pages: collected.pages,
      warmup: config.warmup,
      failures: collected.failures,
      /** Cards still open `closeTimeoutMs` after the pointer left (closed with Esc). */
      notClosed: collected.notClosed,
      /** Hit test + hover intent: pointer stop → card-open by design. */
      intentDelayMs: INTENT_DELAY_MS,
      samples: collected.samples,
      targets: [
        checkTarget(
          'card-open → card-ready p95 (warm hovers)',
          summary.openToReady?.p95 ?? null,
          TARGET_OPEN_TO_READY_P95_MS,
          'ms',
        ),
        checkTarget('hovers on a highlighted mention with no card', collected.failures.length, 0, 'hovers'),
      ],
    };
  });
}

function percentileCells(values: Percentiles | null): string[] {
  if (!values) return ['0', '–', '–', '–', '–'];
  const tail = (value: number): string => (values.count >= MIN_SAMPLES_FOR_TAILS ? formatMs(value) : '–');
  return [
    String(values.count),
    formatMs(values.p50),
    tail(values.p95),
    tail(values.p99),
    formatMs(values.max),
  ];
}

export function formatHoverReport(result: HoverBenchResult, quick: boolean): string {
  const cold = result.samples.filter((sample) => sample.phase === 'cold').length;
  const warm = result.samples.filter((sample) => sample.phase === 'warm-up').length;
  const rows: [string, Percentiles | null][] = [
    ['card-open → card-ready', result.openToReady],
    ['pointer stop → card-ready', result.restToReady],
    [
      `pointer stop → card-open (hit test + intent, ${formatMs(result.intentDelayMs)} by design)`,
      result.restToOpen,
    ],
  ];
  const notes: string[] = [];
  if (result.failures.length > 0) {
    const failed = result.failures.map(
      (failure) => `${failure.page} "${failure.text}" (${failure.phase}): ${failure.reason}`,
    );
    notes.push(`Failed hovers (not in the percentiles): ${failed.join(' · ')}.`);
  }
  if (result.notClosed > 0) {
    notes.push(
      `**${result.notClosed} card(s) were still open ${formatMs(PAGE_OPTIONS.closeTimeoutMs)} after the pointer left** (closed with Esc).`,
    );
  }
  const pages = result.pages.map(
    (page) =>
      `${page.name} (${page.mentions} mentions, ${page.known} of one known item, ${page.hovers} hovers)`,
  );
  return `## Hover: the item card

${result.chromium} (headless) · pages: ${pages.join(', ')}${quick ? ' (--quick subset)' : ''} · ${result.hovers} measured hovers over ${result.items} items, after ${cold} cold and ${warm} warm-up hovers · ${result.failures.length} failed · ${methodLink('hover')}

### Time to the card

${markdownTable(
  ['hovers', 'count', 'p50', 'p95', 'p99', 'max'],
  rows.map(([name, values]) => [name, ...percentileCells(values)]),
)}

${notes.map((note) => `${note}\n\n`).join('')}${targetsTable(result.targets)}`;
}

export const hoverSection = defineSection({
  name: 'hover',
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  measure: runHoverBench,
  format: formatHoverReport,
});
