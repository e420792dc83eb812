import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCorpus, type Article, type CorpusFile } from '../../lib/corpus';
import { articlePassages, buildSearchIndex, CorpusSearch, type Passage } from '../../lib/search';
import { sampleLatencies, type LatencyOptions } from '../support/latency';
import {
  formatBytes,
  formatMs,
  formatRatio,
  formatTiming,
  markdownTable,
  methodLink,
} from '../support/markdown';
import { SEED_DIR } from '../support/paths';
import { createRandom } from '../support/prng';
import { defineSection } from '../support/section';
import { distribution, growthExponent, type Distribution } from '../support/stats';
import { generateCorpusFiles } from '../support/synthetic-corpus';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import { timeOnce, timeRepeated, type RepeatOptions } from '../support/timing';
import { createFlexSearchPeer, FLEXSEARCH_VERSION } from './search/flexsearch-peer';
import { createFloorScan } from './search/floor-scan';
import { loadSearchQueries } from './search/search-queries';

/** The search section (docs/bench.md#search). */

/** Hits asked for per query: what the background requests (lib/background/search-handler.ts). */
const QUERY_LIMIT = 30;
/** "Linear" growth (k) allows for noise: per-article cost may rise 1.6× over a hundredfold corpus. */
const TARGETS = { seedsP95Ms: 2, seedsLoadMs: 20, largeP95Ms: 10, largeArticles: 10_000, linearK: 1.1 };
/** Base PRNG seed; each corpus size adds its size, so every corpus is fixed. */
const RANDOM_SEED = 0x5eed;

export const ENGINES = ['parallax', 'floor', 'flexsearch'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface CorpusSpec {
  label: string;
  /** Generated articles, or `null` for the seed corpus itself. */
  articles: number | null;
}

export interface SearchBenchConfig {
  corpora: CorpusSpec[];
  /** Use only the first N queries of the set (the smoke test); all when absent. */
  queryCount?: number;
  /** Warm-up and repeats for the one-shot measurements (build, load), by corpus size. */
  repeatsFor: (articles: number) => RepeatOptions;
  latency: Omit<LatencyOptions, 'random'>;
}

/** A 10,000-article build takes half a minute: timed 3 times there, at least 5 elsewhere. */
function fullRepeats(articles: number): RepeatOptions {
  if (articles < 50) return { warmup: 2, repeats: 20 };
  if (articles < 500) return { warmup: 1, repeats: 10 };
  if (articles < 5000) return { warmup: 1, repeats: 5 };
  return { warmup: 0, repeats: 3 };
}

export const FULL_CONFIG: SearchBenchConfig = {
  corpora: [
    { label: 'seeds', articles: null },
    { label: '100', articles: 100 },
    { label: '1k', articles: 1_000 },
    { label: '10k', articles: 10_000 },
  ],
  repeatsFor: fullRepeats,
  latency: { warmupRounds: 2, minRounds: 5, maxRounds: 200, budgetMs: 8_000 },
};

/** Seeds and 100 articles only: the whole `--quick` run must stay under two minutes. */
export const QUICK_CONFIG: SearchBenchConfig = {
  corpora: FULL_CONFIG.corpora.filter((corpus) => (corpus.articles ?? 0) <= 100),
  repeatsFor: (articles) => (articles < 50 ? { warmup: 2, repeats: 10 } : { warmup: 1, repeats: 5 }),
  latency: { warmupRounds: 1, minRounds: 5, maxRounds: 100, budgetMs: 1_500 },
};

export type CorpusResult = ReturnType<typeof measureCorpus>;

export type GrowthResult = ReturnType<typeof measureGrowth>;
export type SearchBenchResult = ReturnType<typeof runSearchBench>;

function readSeedFiles(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name === 'sources.json')
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Builds (`buildSearchIndex`), sizes (UTF-8 and gzip level 6) and loads (as
 * the background does) the real index; only the loaded search outlives this.
 */
function measureIndex(articles: Article[], repeat: RepeatOptions, label: string) {
  const built = timeRepeated(() => buildSearchIndex(articles), repeat);
  const { indexJson, sources } = built.result;
  const sourcesText = JSON.stringify(sources);
  const loaded = timeRepeated(
    () => CorpusSearch.load({ sources: JSON.parse(sourcesText) as unknown, indexJson }, `bench ${label}`),
    repeat,
  );
  const indexBytes = { raw: Buffer.byteLength(indexJson, 'utf8'), gzip: gzipSync(indexJson).byteLength };
  return { build: built.timing, load: loaded.timing, search: loaded.result, indexBytes };
}

/** All three engines on the query set, interleaved round by round. */
function measureLatency(
  search: CorpusSearch,
  passages: readonly Passage[],
  queries: readonly string[],
  options: SearchBenchConfig['latency'],
  seed: number,
) {
  const peer = createFlexSearchPeer(passages);
  const contenders = [
    { name: 'parallax', run: (query: string) => search.search(query, { limit: QUERY_LIMIT }) },
    { name: 'floor', run: createFloorScan(passages) },
    { name: 'flexsearch', run: (query: string) => peer(query, QUERY_LIMIT) },
  ];
  const sampled = sampleLatencies(contenders, queries, { ...options, random: createRandom(seed) });
  const engines = Object.fromEntries(
    ENGINES.map((engine) => [engine, distribution((sampled.samplesMs.get(engine) ?? []).flat())]),
  ) as Record<EngineName, Distribution>;
  return { rounds: sampled.rounds, queries: queries.length, engines };
}

function measureCorpus(
  spec: CorpusSpec,
  seed: { articles: Article[]; files: CorpusFile[] },
  queries: readonly string[],
  config: SearchBenchConfig,
  log: (message: string) => void,
) {
  const files =
    spec.articles === null
      ? seed.files
      : generateCorpusFiles(seed.articles, { articles: spec.articles, seed: RANDOM_SEED + spec.articles });
  const parsed = timeOnce(() => buildCorpus(files, `bench/${spec.label}`));
  const articles = parsed.result;
  const passages = articles.flatMap((article) => articlePassages(article));
  const repeat = config.repeatsFor(articles.length);
  log(
    `${spec.label}: ${articles.length} articles, ${passages.length} passages (parsed in ${formatMs(parsed.ms)})`,
  );

  const index = measureIndex(articles, repeat, spec.label);
  log(`${spec.label}: build ${formatMs(index.build.medianMs)}, load ${formatMs(index.load.medianMs)}`);
  const latency = measureLatency(
    index.search,
    passages,
    queries,
    config.latency,
    RANDOM_SEED + articles.length,
  );
  const { parallax, floor, flexsearch } = latency.engines;
  log(
    `${spec.label}: p95 Parallax ${formatMs(parallax.p95)}, floor ${formatMs(floor.p95)}, FlexSearch ${formatMs(flexsearch.p95)} (${latency.rounds} rounds)`,
  );
  return {
    label: spec.label,
    generated: spec.articles !== null,
    articles: articles.length,
    passages: passages.length,
    parseMs: parsed.ms,
    build: index.build,
    indexBytes: index.indexBytes,
    load: index.load,
    latency,
    ratios: {
      parallaxOverFloorP95: parallax.p95 / floor.p95,
      flexsearchOverParallaxP95: flexsearch.p95 / parallax.p95,
    },
  };
}

/** Growth over the generated corpora (the seeds are a different mix of articles and would bend the fit). */
function measureGrowth(corpora: readonly CorpusResult[]) {
  const generated = corpora.filter((corpus) => corpus.generated);
  const from = generated[0];
  const to = generated.at(-1);
  if (!from || !to || generated.length < 2) return null;
  const exponent = (cost: (corpus: CorpusResult) => number): number =>
    growthExponent(generated.map((corpus) => ({ size: corpus.articles, cost: cost(corpus) })));
  return {
    from: from.label,
    to: to.label,
    exponents: {
      build: exponent((corpus) => corpus.build.medianMs),
      rawBytes: exponent((corpus) => corpus.indexBytes.raw),
      gzipBytes: exponent((corpus) => corpus.indexBytes.gzip),
    },
  };
}

function checkTargets(corpora: readonly CorpusResult[], growth: GrowthResult): TargetRow[] {
  const seeds = corpora.find((corpus) => !corpus.generated);
  const large = corpora.find((corpus) => corpus.articles === TARGETS.largeArticles);
  const span = growth ? ` (${growth.from}–${growth.to})` : '';
  const linear = (what: string, exponent: number | undefined): TargetRow =>
    checkTarget(`${what} grows linearly${span}`, exponent ?? null, TARGETS.linearK, 'exponent');
  return [
    checkTarget(
      'search p95 on the seeds',
      seeds?.latency.engines.parallax.p95 ?? null,
      TARGETS.seedsP95Ms,
      'ms',
    ),
    checkTarget('index load on the seeds', seeds?.load.medianMs ?? null, TARGETS.seedsLoadMs, 'ms'),
    checkTarget(
      `search p95 at ${TARGETS.largeArticles.toLocaleString('en-US')} articles`,
      large?.latency.engines.parallax.p95 ?? null,
      TARGETS.largeP95Ms,
      'ms',
    ),
    linear('build time', growth?.exponents.build),
    linear('index size', growth?.exponents.rawBytes),
    linear('gzipped index size', growth?.exponents.gzipBytes),
  ];
}

/** Measures every corpus in `config`; pure apart from reading the seeds and query files. */
export function runSearchBench(config: SearchBenchConfig, log: (message: string) => void = () => {}) {
  const queries = loadSearchQueries().slice(0, config.queryCount);
  const seedFiles = readSeedFiles(SEED_DIR);
  const seed = { files: seedFiles, articles: buildCorpus(seedFiles, SEED_DIR) };
  const corpora = config.corpora.map((spec) => measureCorpus(spec, seed, queries, config, log));
  const growth = measureGrowth(corpora);
  return {
    queryLimit: QUERY_LIMIT,
    queryCount: queries.length,
    flexsearchVersion: FLEXSEARCH_VERSION,
    corpora,
    growth,
    targets: checkTargets(corpora, growth),
  };
}

export function formatSearchReport(result: SearchBenchResult, quick: boolean): string {
  const { corpora, growth } = result;
  const count = (value: number): string => value.toLocaleString('en-US');
  const index = markdownTable(
    ['corpus', 'articles', 'passages', 'build (n)', 'index JSON', 'gzip', 'load'],
    corpora.map((corpus) => [
      corpus.label,
      count(corpus.articles),
      count(corpus.passages),
      `${formatTiming(corpus.build)} (${corpus.build.repeats})`,
      formatBytes(corpus.indexBytes.raw),
      formatBytes(corpus.indexBytes.gzip),
      formatTiming(corpus.load),
    ]),
  );
  const latency = markdownTable(
    [
      'corpus',
      'rounds',
      'Parallax p50',
      'p95',
      'floor p95',
      'FlexSearch p95',
      'Parallax / floor',
      'FlexSearch / Parallax',
    ],
    corpora.map((corpus) => {
      const { parallax, floor, flexsearch } = corpus.latency.engines;
      return [
        corpus.label,
        String(corpus.latency.rounds),
        formatMs(parallax.p50),
        formatMs(parallax.p95),
        formatMs(floor.p95),
        formatMs(flexsearch.p95),
        formatRatio(corpus.ratios.parallaxOverFloorP95),
        formatRatio(corpus.ratios.flexsearchOverParallaxP95),
      ];
    }),
  );
  const growthLine = growth
    ? `Growth ${growth.from}–${growth.to} (k in cost ∝ articles^k, 1 = linear): build ${growth.exponents.build.toFixed(2)}, index JSON ${growth.exponents.rawBytes.toFixed(2)}, gzip ${growth.exponents.gzipBytes.toFixed(2)}.\n\n`
    : '';
  return `## Search

${result.queryCount} queries, ${result.queryLimit} hits each · corpora: ${corpora.map((corpus) => corpus.label).join(', ')}${quick ? ' (--quick)' : ''} · peer: FlexSearch ${result.flexsearchVersion} · ${methodLink('search')}

### Index: build, size, load

${index}

### Query latency per call, side by side

${latency}

${growthLine}${targetsTable(result.targets)}`;
}

export const searchSection = defineSection({
  name: 'search',
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  measure: runSearchBench,
  format: formatSearchReport,
});
