import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readCorpusDir } from '../../lib/node';
import type { UserSource } from '../../lib/user-sources';
import { withExtensionRun } from '../support/extension-run';
import { formatBytes, formatMs, markdownTable, methodLink } from '../support/markdown';
import { REPO_ROOT, SEED_DIR } from '../support/paths';
import { createRandom } from '../support/prng';
import { defineSection } from '../support/section';
import { distribution, growthExponent } from '../support/stats';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import { backgroundColdStarts } from './corpus/background-cold-start';
import { generatedChunk, realSources } from './corpus/bench-sources';
import type { CorpusProbe } from './corpus/corpus-probe';
import { scalePlot, type PlotSeries } from './corpus/scale-plot';

/**
 * The corpus section: the reader's sources at 1,000, 10,000 and 50,000
 * articles, in Chromium with the built extension, on the extension's own
 * IndexedDB (no fake-indexeddb). The paged index (lib/user-sources/paged-index.ts)
 * runs in an extension page, the store's code bundled by esbuild and
 * evaluated there. The corpus grows from one size to the next by bulk import
 * (the add-many path), real articles of ../shared/corpora first, then generated ones.
 */

const CORPORA_DIR = join(REPO_ROOT, '../shared/corpora');
const PLOT_FILE = join(REPO_ROOT, 'docs/corpus-scale.svg');
/**
 * The extension's own database (lib/user-sources' USER_SOURCES_DB), so that
 * the background's search answers from the index the probe filled.
 */
const DB_NAME = 'parallax-user-sources';
/** Articles sent to the page per call (each an add-many of IMPORT_BATCH-article transactions). */
const IMPORT_CALL = 1000;
/** Generated chunk kept out of the corpus: the articles added and removed one at a time. */
const SPARE_CHUNK = 9999;
const TARGETS = {
  addP95Ms: 50,
  removeP95Ms: 50,
  coldP95Ms: 300,
  searchP95Ms: 20,
  cardP95Ms: 50,
  storageRatio: 1.5,
  heapBytes: 150 * 1024 * 1024,
  articlesPerSecond: 100,
  growthK: 0.5,
};

export interface CorpusBenchConfig {
  sizes: number[];
  /** Samples per size of add one / remove one, cold start, search, card. */
  addRemove: number;
  coldStarts: number;
  queries: number;
  cards: number;
}

/** 50,000 articles take a long import: on only when PARALLAX_BENCH_50K=1 (or as the last size of a full run when set). */
const LARGE = process.env.PARALLAX_BENCH_50K === '1';
/** Sizes to measure instead, comma-separated (`PARALLAX_BENCH_SIZES=10000`): one size's import is what a comparison needs. */
const ONLY_SIZES = (process.env.PARALLAX_BENCH_SIZES ?? '')
  .split(',')
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0);
export const FULL_CONFIG: CorpusBenchConfig = {
  sizes: ONLY_SIZES.length > 0 ? ONLY_SIZES : LARGE ? [1_000, 10_000, 50_000] : [1_000, 10_000],
  addRemove: 30,
  coldStarts: 10,
  queries: 60,
  cards: 40,
};
export const QUICK_CONFIG: CorpusBenchConfig = {
  sizes: [1_000],
  addRemove: 10,
  coldStarts: 5,
  queries: 20,
  cards: 10,
};

const p = (values: readonly number[]) => {
  const d = distribution(values);
  return { p50: d.p50, p95: d.p95 };
};

/** Two-word queries and two-word names drawn from the articles' own text, so they find something. */
function drawQueries(sources: readonly UserSource[], count: number, seed: number) {
  const random = createRandom(seed);
  const queries: string[] = [];
  const names: string[] = [];
  for (let guard = 0; (queries.length < count || names.length < count) && guard < count * 50; guard++) {
    const text = (sources[random.int(0, sources.length - 1)] as UserSource).text;
    const words = text.match(/\p{L}{5,}/gu) ?? [];
    if (words.length > 2 && queries.length < count) {
      const at = random.int(0, words.length - 2);
      queries.push(`${words[at]} ${words[at + 1]}`.toLowerCase());
    }
    const found = text.match(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu) ?? [];
    if (found.length > 0 && names.length < count)
      names.push(found[random.int(0, found.length - 1)] as string);
  }
  return { queries, names };
}

type ProbeCall<K extends keyof CorpusProbe> = Parameters<CorpusProbe[K]>;

function call<K extends keyof CorpusProbe>(page: Page, name: K, ...args: ProbeCall<K>) {
  return page.evaluate(
    ([method, rest]) =>
      (
        (globalThis as unknown as { corpusProbe: Record<string, (...a: unknown[]) => unknown> }).corpusProbe[
          method
        ] as (...a: unknown[]) => unknown
      )(...(rest as unknown[])),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<CorpusProbe[K]>>>;
}

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

function bundleProbe(): string {
  const out = join(REPO_ROOT, '.cache/corpus-probe.js');
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  const result = spawnSync(
    'npx',
    ['esbuild', 'bench/sections/corpus/corpus-probe.ts', '--bundle', '--format=iife', `--outfile=${out}`],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`bench: corpus: bundling the probe failed:\n${result.stderr}`);
  return readFileSync(out, 'utf8');
}

async function measureCorpus(config: CorpusBenchConfig, log: (message: string) => void) {
  const probeScript = bundleProbe();
  const seedArticles = readCorpusDir(SEED_DIR);
  const real = realSources(CORPORA_DIR);
  const spare = generatedChunk(seedArticles, SPARE_CHUNK);
  return withExtensionRun({ mounts: () => ({}), log }, async ({ context, extensionId, chromium }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(probeScript);
    let imported = 0;
    let rawTextBytes = 0;
    let nextChunk = 0;
    const pending: UserSource[] = [...real];
    const sample: UserSource[] = [];
    const sizes = [];
    for (const size of config.sizes) {
      let importMs = 0;
      const before = imported;
      while (imported < size) {
        while (pending.length < IMPORT_CALL) pending.push(...generatedChunk(seedArticles, nextChunk++));
        const batch = pending.splice(0, Math.min(IMPORT_CALL, size - imported));
        importMs += await call(page, 'importBatch', DB_NAME, batch);
        imported += batch.length;
        rawTextBytes += batch.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0);
        if (sample.length < 400) sample.push(...batch.slice(0, 20));
        if (imported % 5000 < IMPORT_CALL) log(`${imported} articles imported`);
      }
      const { queries, names } = drawQueries(sample, Math.max(config.queries, config.cards), size);
      const addRemove = await call(
        page,
        'addRemove',
        DB_NAME,
        spare.slice(0, config.addRemove).map((source) => ({ ...source, id: `${source.id}-${size}` })),
      );
      await call(page, 'search', DB_NAME, queries.slice(0, 5)); // warm the page's code, not the data
      const search = await call(page, 'search', DB_NAME, queries.slice(0, config.queries));
      const card = await call(page, 'card', DB_NAME, names.slice(0, config.cards));
      const item = await call(page, 'itemPassages', DB_NAME, names.slice(0, config.cards));
      // The same questions again with nothing in memory: what the stores cost alone (the figures above keep the caches).
      const searchUncached = await call(page, 'searchUncached', DB_NAME, queries.slice(0, config.queries));
      const itemUncached = await call(page, 'itemPassages', DB_NAME, names.slice(0, config.cards), true);
      const coldIndex: number[] = [];
      for (let i = 0; i < config.coldStarts; i++)
        coldIndex.push(await call(page, 'coldStart', DB_NAME, queries[i % queries.length] as string));
      const cold = await backgroundColdStarts(
        page,
        extensionId,
        Array.from({ length: config.coldStarts }, (_, i) => queries[i % queries.length] as string),
      );
      const entry = {
        articles: imported,
        addOneMs: p(addRemove.add),
        removeOneMs: p(addRemove.remove),
        /** Folding the write log in, per article added or removed (paid after answering, COMPACT_AT at a time). */
        compactPerAddMs: addRemove.compactAdds / config.addRemove,
        compactPerRemoveMs: addRemove.compactRemoves / config.addRemove,
        /** Worker stopped, then the popup's search message through the real background, worker start included. */
        coldStartToFirstAnswerMs: p(cold.map((answer) => answer.ms)),
        /** Of which the worker's start: a malformed message answered by a stopped worker. */
        coldWorkerStartMs: p(cold.map((answer) => answer.startMs)),
        coldReaderHitsPerAnswer: cold.reduce((sum, answer) => sum + answer.readerHits, 0) / cold.length,
        /** The index alone reopened in the probe's page (the measure before the background served from it). */
        coldIndexOpenMs: p(coldIndex),
        searchMs: p(search.ms),
        /** Each query on a new index object: no page, completion or article kept from an earlier question. */
        searchUncachedMs: p(searchUncached.ms),
        cardMs: p(card.ms),
        /** An item's passages as the card would take them from the index (findItemPassages, up to 500 candidates). */
        itemPassagesMs: p(item.ms),
        itemPassagesPerName: item.hits / Math.max(config.cards, 1),
        itemPassagesUncachedMs: p(itemUncached.ms),
        importPerArticleMs: importMs / (imported - before),
        storageBytes: await call(page, 'usage'),
        /** The records' own bytes per store (keys and values as IndexedDB encodes them), beside the estimate's files. */
        storedRecordBytes: await call(page, 'recordBytes', DB_NAME),
        rawTextBytes,
        heapBytes: await heapBytes(page),
        passages: (await call(page, 'totals', DB_NAME)).passages,
        searchHitsPerQuery: search.hits / Math.max(queries.length, 1),
      };
      log(`${size}: ${JSON.stringify(entry)}`);
      sizes.push(entry);
    }
    return { chromium, sizes };
  });
}

type CorpusResult = Awaited<ReturnType<typeof measureCorpus>>;

const recordTotal = (entry: CorpusResult['sizes'][number]): number =>
  Object.values(entry.storedRecordBytes).reduce((sum, bytes) => sum + bytes, 0);

function targets(sizes: CorpusResult['sizes']): TargetRow[] {
  const largest = sizes.at(-1);
  const note = largest ? `at ${largest.articles.toLocaleString('en-US')}` : undefined;
  const at = <T>(read: (entry: NonNullable<typeof largest>) => T): T | null =>
    largest ? read(largest) : null;
  const growth = (read: (entry: NonNullable<typeof largest>) => number) =>
    sizes.length < 2
      ? null
      : growthExponent(sizes.map((entry) => ({ size: entry.articles, cost: read(entry) })));
  const options = note ? { note } : {};
  return [
    checkTarget(
      'add one article p95',
      at((e) => e.addOneMs.p95),
      TARGETS.addP95Ms,
      'ms',
      options,
    ),
    checkTarget(
      'remove one article p95',
      at((e) => e.removeOneMs.p95),
      TARGETS.removeP95Ms,
      'ms',
      options,
    ),
    checkTarget(
      'cold start to first answer p95',
      at((e) => e.coldStartToFirstAnswerMs.p95),
      TARGETS.coldP95Ms,
      'ms',
      options,
    ),
    checkTarget(
      'search p95',
      at((e) => e.searchMs.p95),
      TARGETS.searchP95Ms,
      'ms',
      options,
    ),
    checkTarget(
      'card passages p95',
      at((e) => e.cardMs.p95),
      TARGETS.cardP95Ms,
      'ms',
      options,
    ),
    checkTarget(
      'storage ÷ raw text',
      at((e) => e.storageBytes / e.rawTextBytes),
      TARGETS.storageRatio,
      'ratio',
      options,
    ),
    checkTarget(
      'import rate (articles/s)',
      at((e) => 1000 / e.importPerArticleMs),
      TARGETS.articlesPerSecond,
      'ratio',
      {
        ...options,
        atLeast: true,
      },
    ),
    checkTarget(
      'growth of add one p95 with size',
      growth((e) => e.addOneMs.p95),
      TARGETS.growthK,
      'exponent',
    ),
    checkTarget(
      'growth of search p95 with size',
      growth((e) => e.searchMs.p95),
      TARGETS.growthK,
      'exponent',
    ),
    checkTarget(
      'growth of uncached search p95 with size',
      growth((e) => e.searchUncachedMs.p95),
      TARGETS.growthK,
      'exponent',
    ),
  ];
}

function plotSeries(sizes: CorpusResult['sizes']): PlotSeries[] {
  const of = (read: (entry: CorpusResult['sizes'][number]) => number) => sizes.map(read);
  return [
    { label: 'add one p95', unit: 'ms', values: of((e) => e.addOneMs.p95), target: TARGETS.addP95Ms },
    {
      label: 'remove one p95',
      unit: 'ms',
      values: of((e) => e.removeOneMs.p95),
      target: TARGETS.removeP95Ms,
    },
    {
      label: 'cold first answer p95',
      unit: 'ms',
      values: of((e) => e.coldStartToFirstAnswerMs.p95),
      target: TARGETS.coldP95Ms,
    },
    { label: 'search p95', unit: 'ms', values: of((e) => e.searchMs.p95), target: TARGETS.searchP95Ms },
    { label: 'card passages p95', unit: 'ms', values: of((e) => e.cardMs.p95), target: TARGETS.cardP95Ms },
    {
      label: 'import per article',
      unit: 'ms',
      values: of((e) => e.importPerArticleMs),
      target: 1000 / TARGETS.articlesPerSecond,
    },
    { label: 'storage', unit: 'MB', values: of((e) => e.storageBytes / 1e6) },
    {
      label: 'storage ÷ raw text',
      unit: '×',
      values: of((e) => e.storageBytes / e.rawTextBytes),
      target: TARGETS.storageRatio,
    },
    {
      label: 'records ÷ raw text',
      unit: '×',
      values: of((e) => recordTotal(e) / e.rawTextBytes),
      target: TARGETS.storageRatio,
    },
    { label: 'page heap', unit: 'MB', values: of((e) => e.heapBytes / 1e6), target: TARGETS.heapBytes / 1e6 },
  ];
}

export const corpusSection = defineSection({
  name: 'corpus',
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  async measure(config: CorpusBenchConfig, log: (message: string) => void) {
    const result = await measureCorpus(config, log);
    if (result.sizes.length > 1)
      writeFileSync(
        PLOT_FILE,
        scalePlot(
          result.sizes.map((entry) => entry.articles),
          plotSeries(result.sizes),
        ),
      );
    return { ...result, targets: targets(result.sizes) };
  },
  format(result, quick) {
    const rows = result.sizes.map((e) => [
      e.articles.toLocaleString('en-US'),
      `${formatMs(e.addOneMs.p50)} / ${formatMs(e.addOneMs.p95)}`,
      `${formatMs(e.removeOneMs.p50)} / ${formatMs(e.removeOneMs.p95)}`,
      `${formatMs(e.compactPerAddMs)} / ${formatMs(e.compactPerRemoveMs)}`,
      `${formatMs(e.coldStartToFirstAnswerMs.p50)} / ${formatMs(e.coldStartToFirstAnswerMs.p95)} (worker start ${formatMs(e.coldWorkerStartMs.p95)}, index alone ${formatMs(e.coldIndexOpenMs.p95)})`,
      `${formatMs(e.searchMs.p50)} / ${formatMs(e.searchMs.p95)} (uncached ${formatMs(e.searchUncachedMs.p50)} / ${formatMs(e.searchUncachedMs.p95)})`,
      `${formatMs(e.cardMs.p50)} / ${formatMs(e.cardMs.p95)} (item's passages ${formatMs(e.itemPassagesMs.p50)} / ${formatMs(e.itemPassagesMs.p95)}, uncached ${formatMs(e.itemPassagesUncachedMs.p50)} / ${formatMs(e.itemPassagesUncachedMs.p95)})`,
      `${(1000 / e.importPerArticleMs).toFixed(0)}/s`,
      `${formatBytes(e.storageBytes)} (${(e.storageBytes / e.rawTextBytes).toFixed(2)}×; records ${(recordTotal(e) / e.rawTextBytes).toFixed(2)}×)`,
      formatBytes(e.heapBytes),
    ]);
    return [
      `## Corpus (the reader's sources at scale${quick ? ', quick: 1,000 only' : ''})`,
      '',
      `${result.chromium}; the paged index on the extension's IndexedDB. p50 / p95. Cold first answer: the service worker stopped, then the popup's search through the background (in brackets, p95s: the stopped worker's answer to a malformed message, i.e. its start alone; the index alone reopened in a page).`,
      '',
      markdownTable(
        [
          'articles',
          'add one',
          'remove one',
          'log fold per add / remove',
          'cold first answer',
          'search',
          'card passages',
          'import',
          'storage (÷ text)',
          'heap',
        ],
        rows,
      ),
      '',
      targetsTable(result.targets),
      '',
      methodLink('corpus'),
    ].join('\n');
  },
});
