import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { catalogueMatcher, type Matcher } from '../../lib/entities';
import { readCorpusDir } from '../../lib/node';
import { OPEN_DELAY_MS } from '../../lib/ui/card/card-intent';
import { withExtensionRun } from '../support/extension-run';
import { formatMs, markdownTable, methodLink } from '../support/markdown';
import { SEED_DIR } from '../support/paths';
import { defineSection } from '../support/section';
import { median } from '../support/stats';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import { GENERATED_PREFIX, writeSeedPages, type BenchPage } from './content/bench-pages';
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
 * The hover section: a real mouse rests on one highlighted mention after
 * another on seed pages in Chromium with the built extension; the content
 * script's marks give the card's own latency and what a reader waits
 * (docs/bench.md#hover).
 */

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

export interface HoverBenchConfig extends HoverPageOptions {
  /** Seed pages, each loaded once in a fresh tab (at most the number of seed articles). */
  pages: number;
  /** Hovers per page after its first (cold) one. */
  hoversPerPage: number;
  /** Untimed hovers on the first page, after its cold one and before the measured ones. */
  warmup: number;
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
  pages: HoverPageResult[];
  warmup: number;
  failures: HoverFailure[];
  /** Cards still open `closeTimeoutMs` after the pointer left (closed with Esc). */
  notClosed: number;
  /** Hit test + hover intent: pointer stop → card-open by design. */
  intentDelayMs: number;
  samples: HoverSample[];
  targets: TargetRow[];
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
  for (const [pageIndex, { page, url }] of urls.entries()) {
    const started = performance.now();
    const tab = await context.newPage();
    try {
      const hoverPage = await HoverPage.open(tab, url, config).catch((error: unknown) => {
        const reason = `the page did not load and highlight: ${firstLine(error)}`;
        log(`${page.name}: ${reason}`);
        collected.failures.push({ page: page.name, text: '', entityId: '', phase: 'cold', reason });
        return null;
      });
      if (!hoverPage) continue;
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
        };
        const result = await hoverPage.hover(hover).catch(firstLine);
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
export async function runHoverBench(
  config: HoverBenchConfig,
  log: (message: string) => void = () => {},
): Promise<HoverBenchResult> {
  const articles = readCorpusDir(SEED_DIR).slice(0, config.pages);
  let pages: BenchPage[] = [];
  const mounts = (tempDir: string): Record<string, string> => {
    pages = writeSeedPages(join(tempDir, 'pages'), articles);
    return { [GENERATED_PREFIX]: join(tempDir, 'pages') };
  };
  return withExtensionRun({ mounts, log }, async (run) => {
    const matcher = catalogueMatcher(run.catalogue);
    const urls = pages.map((page) => ({ page, url: run.server.url(page.path) }));
    const collected = await hoverPages(run.context, urls, matcher, config, log);
    const summary = summariseHovers(collected.samples);
    return {
      chromium: run.chromium,
      ...summary,
      pages: collected.pages,
      warmup: config.warmup,
      failures: collected.failures,
      notClosed: collected.notClosed,
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
  const tails = values.count >= MIN_SAMPLES_FOR_TAILS;
  const tail = (value: number): string => (tails ? formatMs(value) : '–');
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
  summary: 'item card in Chromium: pointer rest → card on screen over real mouse hovers on seed pages',
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  measure: runHoverBench,
  format: formatHoverReport,
});
