import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCorpus, type Article, type CorpusFile } from '../../lib/corpus';
import {
  articlePassages,
  buildSearchIndex,
  CorpusSearch,
  createPassageIndex,
  type Passage,
} from '../../lib/search';
import { sampleLatencies, type Contender, type LatencyOptions } from '../support/latency';
import { formatBytes, formatMs, formatRatio, formatSpread, markdownTable } from '../support/markdown';
import { createRandom } from '../support/prng';
import {
  checkTarget,
  type BenchSection,
  type SectionContext,
  type SectionReport,
  type TargetResult,
} from '../support/section';
import { distribution, growthExponent, percentile, sortNumbers, type Distribution } from '../support/stats';
import { generateCorpusFiles } from '../support/synthetic-corpus';
import {
  timeInterleaved,
  timeOnce,
  timeRepeated,
  type RepeatedTiming,
  type RepeatOptions,
} from '../support/timing';
import { createFlexSearchPeer, FLEXSEARCH_VERSION, type FlexSearchPeer } from './search/flexsearch-peer';
import { createFloorScan } from './search/floor-scan';
import { plotSearchScaling } from './search/plot-search-scaling';
import { loadSearchQueries, QUERY_KINDS, type QueryKind, type SearchQuery } from './search/search-queries';

/**
 * The search section: how long the passage index takes to build and load,
 * how big it is, and how fast it answers a fixed query set, on the seed
 * corpus and on generated corpora up to 10,000 articles — side by side with
 * a floor (a plain scan) and a peer (FlexSearch) in the same run.
 */

/** Hits asked for per query: what the background requests (lib/background/search-handler.ts). */
const QUERY_LIMIT = 30;
/** Targets from the project's performance budget. */
const TARGET_SEEDS_P95_MS = 2;
const TARGET_SEEDS_LOAD_MS = 20;
const TARGET_LARGE_P95_MS = 10;
const TARGET_LARGE_ARTICLES = 10_000;
/**
 * "Linear" growth, allowing for noise: cost ∝ articles^k with k at most 1.1,
 * i.e. per-article cost may rise by at most 1.6× over a hundredfold corpus.
 */
const MAX_LINEAR_EXPONENT = 1.1;
/** Base PRNG seed; each corpus size adds its size, so every corpus is fixed. */
const RANDOM_SEED = 0x5eed;

const SEED_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export const ENGINES = ['parallax', 'parallaxSuggest', 'floor', 'flexsearch'] as const;
export type EngineName = (typeof ENGINES)[number];

const ENGINE_LABELS: Record<EngineName, string> = {
  parallax: 'Parallax search()',
  parallaxSuggest: 'Parallax suggest()',
  floor: 'floor (scan)',
  flexsearch: 'FlexSearch',
};

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
  seedDir?: string;
}

/**
 * One build of 10,000 articles takes half a minute or more, so at that size
 * builds and loads are timed 3 times without a warm-up (the code is already
 * warm from the smaller corpora); everything else at least 5 times.
 */
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

/** Seeds and 100 articles only: the whole `--quick` run (every section) must stay under two minutes. */
export const QUICK_CONFIG: SearchBenchConfig = {
  corpora: FULL_CONFIG.corpora.filter((corpus) => (corpus.articles ?? 0) <= 100),
  repeatsFor: (articles) => (articles < 50 ? { warmup: 2, repeats: 10 } : { warmup: 1, repeats: 5 }),
  latency: { warmupRounds: 1, minRounds: 5, maxRounds: 100, budgetMs: 1_500 },
};

export interface EngineLatency extends Distribution {
  /** Queries that returned at least one result. */
  answered: number;
}

export interface QueryLatency {
  query: string;
  kind: QueryKind;
  engines: Record<EngineName, { p50: number; p95: number }>;
}

export interface CorpusResult {
  label: string;
  /** False for the seed corpus itself. */
  generated: boolean;
  articles: number;
  passages: number;
  /** Distinct index terms. */
  terms: number;
  /** `buildCorpus` on the raw files, once (informational). */
  parseMs: number;
  /** `buildSearchIndex`: passages, MiniSearch addAll, JSON.stringify. */
  build: RepeatedTiming;
  /** In-memory index only, for the side-by-side with the peer. */
  inMemoryBuild: { parallax: RepeatedTiming; flexsearch: RepeatedTiming };
  /** Folding the passage texts for the floor, once. */
  floorSetupMs: number;
  /** Index JSON in UTF-8, and gzipped (zlib default level 6). */
  indexBytes: { raw: number; gzip: number };
  sourcesBytes: number;
  /** JSON.parse of the sources file + `CorpusSearch.load`, as the background does. */
  load: RepeatedTiming;
  perArticle: {
    buildMs: number;
    loadMs: number;
    rawBytes: number;
    gzipBytes: number;
    flexsearchBuildMs: number;
  };
  latency: {
    rounds: number;
    queries: number;
    /** Per-call milliseconds over every query × round. */
    engines: Record<EngineName, EngineLatency>;
    byKind: Partial<Record<QueryKind, Record<EngineName, { p50: number; p95: number }>>>;
    byQuery: QueryLatency[];
  };
  ratios: {
    parallaxOverFloorP95: number;
    flexsearchOverParallaxP95: number;
    flexsearchOverParallaxInMemoryBuild: number;
  };
}

export interface GrowthResult {
  from: string;
  to: string;
  /** k in cost ∝ articles^k, least squares on log–log over the generated corpora; 1 is linear. */
  exponents: { build: number; load: number; rawBytes: number; gzipBytes: number; flexsearchBuild: number };
}

export interface SearchBenchResult {
  queryLimit: number;
  queryCount: number;
  flexsearchVersion: string;
  corpora: CorpusResult[];
  growth: GrowthResult | null;
  targets: TargetResult[];
}

function readSeedFiles(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name === 'sources.json')
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Builds, sizes and loads the real index; only the loaded search outlives this. */
function measureIndex(articles: Article[], repeat: RepeatOptions, label: string) {
  const built = timeRepeated(() => buildSearchIndex(articles), repeat);
  const { indexJson, sources } = built.result;
  const indexBytes = { raw: Buffer.byteLength(indexJson, 'utf8'), gzip: gzipSync(indexJson).byteLength };
  const sourcesText = JSON.stringify(sources);
  const loaded = timeRepeated(
    () => CorpusSearch.load({ sources: JSON.parse(sourcesText) as unknown, indexJson }, `bench ${label}`),
    repeat,
  );
  return {
    build: built.timing,
    load: loaded.timing,
    search: loaded.result,
    indexBytes,
    sourcesBytes: Buffer.byteLength(sourcesText, 'utf8'),
  };
}

/**
 * Both in-memory indexes, timed side by side; only the peer outlives this.
 */
function measureInMemoryBuilds(passages: readonly Passage[], repeat: RepeatOptions) {
  const timed = timeInterleaved(
    {
      // Only the term count is kept, so the index is garbage as soon as it is built.
      parallax: () => {
        const miniSearch = createPassageIndex();
        miniSearch.addAll(passages);
        return miniSearch.termCount;
      },
      flexsearch: () => createFlexSearchPeer(passages),
    },
    repeat,
  );
  return {
    parallax: timed.parallax.timing,
    flexsearch: timed.flexsearch.timing,
    terms: timed.parallax.result,
    peer: timed.flexsearch.result,
  };
}

function quantiles(samples: readonly number[]): { p50: number; p95: number } {
  const sorted = sortNumbers(samples);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Times all four engines on the query set, interleaved; the floor's setup is timed once. */
function measureLatency(
  search: CorpusSearch,
  peer: FlexSearchPeer,
  passages: readonly Passage[],
  queries: readonly SearchQuery[],
  options: SearchBenchConfig['latency'],
  seed: number,
) {
  const floorSetup = timeOnce(() => createFloorScan(passages));
  const contenders: Contender<string>[] = [
    { name: 'parallax', run: (query) => search.search(query, { limit: QUERY_LIMIT }) },
    { name: 'parallaxSuggest', run: (query) => search.suggest(query) },
    { name: 'floor', run: floorSetup.result },
    { name: 'flexsearch', run: (query) => peer.search(query, QUERY_LIMIT) },
  ];
  const sampled = sampleLatencies(
    contenders,
    queries.map((query) => query.query),
    { ...options, random: createRandom(seed) },
  );
  return { floorSetupMs: floorSetup.ms, sampled };
}

function summariseLatency(
  queries: readonly SearchQuery[],
  sampled: ReturnType<typeof sampleLatencies>,
): CorpusResult['latency'] {
  const samplesOf = (engine: EngineName): number[][] => sampled.samplesMs.get(engine) ?? [];
  const perEngine = <T>(make: (engine: EngineName) => T): Record<EngineName, T> =>
    Object.fromEntries(ENGINES.map((engine) => [engine, make(engine)])) as Record<EngineName, T>;

  const engines = perEngine((engine) => ({
    ...distribution(samplesOf(engine).flat()),
    answered: sampled.nonEmpty.get(engine) ?? 0,
  }));
  const byQuery = queries.map((query, i) => ({
    query: query.query,
    kind: query.kind,
    engines: perEngine((engine) => quantiles(samplesOf(engine)[i] ?? [])),
  }));
  const byKind: CorpusResult['latency']['byKind'] = {};
  for (const kind of QUERY_KINDS) {
    const indexes = queries.flatMap((query, i) => (query.kind === kind ? [i] : []));
    if (indexes.length === 0) continue;
    byKind[kind] = perEngine((engine) => quantiles(indexes.flatMap((i) => samplesOf(engine)[i] ?? [])));
  }
  return { rounds: sampled.rounds, queries: queries.length, engines, byKind, byQuery };
}

/** The corpus's articles through the real parser; the raw text is garbage afterwards. */
function parseCorpus(spec: CorpusSpec, seed: { articles: Article[]; files: CorpusFile[] }) {
  const files =
    spec.articles === null
      ? seed.files
      : generateCorpusFiles(seed.articles, { articles: spec.articles, seed: RANDOM_SEED + spec.articles });
  return timeOnce(() => buildCorpus(files, `bench/${spec.label}`));
}

function measureCorpus(
  spec: CorpusSpec,
  seed: { articles: Article[]; files: CorpusFile[] },
  queries: readonly SearchQuery[],
  config: SearchBenchConfig,
  log: (message: string) => void,
): CorpusResult {
  const parsed = parseCorpus(spec, seed);
  const articles = parsed.result;
  const passages = articles.flatMap((article) => articlePassages(article));
  const repeat = config.repeatsFor(articles.length);
  log(
    `${spec.label}: ${articles.length} articles, ${passages.length} passages (parsed in ${formatMs(parsed.ms)})`,
  );

  const index = measureIndex(articles, repeat, spec.label);
  log(`${spec.label}: build ${formatMs(index.build.medianMs)}, load ${formatMs(index.load.medianMs)}`);

  const inMemory = measureInMemoryBuilds(passages, repeat);
  log(
    `${spec.label}: in-memory index ${formatMs(inMemory.parallax.medianMs)}, FlexSearch ${formatMs(inMemory.flexsearch.medianMs)}`,
  );

  const measured = measureLatency(
    index.search,
    inMemory.peer,
    passages,
    queries,
    config.latency,
    RANDOM_SEED + articles.length,
  );
  const latency = summariseLatency(queries, measured.sampled);
  const { parallax, floor, flexsearch } = latency.engines;
  log(
    `${spec.label}: p95 Parallax ${formatMs(parallax.p95)}, floor ${formatMs(floor.p95)}, FlexSearch ${formatMs(flexsearch.p95)} (${latency.rounds} rounds)`,
  );

  const count = articles.length;
  return {
    label: spec.label,
    generated: spec.articles !== null,
    articles: count,
    passages: passages.length,
    terms: inMemory.terms,
    parseMs: parsed.ms,
    build: index.build,
    inMemoryBuild: { parallax: inMemory.parallax, flexsearch: inMemory.flexsearch },
    floorSetupMs: measured.floorSetupMs,
    indexBytes: index.indexBytes,
    sourcesBytes: index.sourcesBytes,
    load: index.load,
    perArticle: {
      buildMs: index.build.medianMs / count,
      loadMs: index.load.medianMs / count,
      rawBytes: index.indexBytes.raw / count,
      gzipBytes: index.indexBytes.gzip / count,
      flexsearchBuildMs: inMemory.flexsearch.medianMs / count,
    },
    latency,
    ratios: {
      parallaxOverFloorP95: parallax.p95 / floor.p95,
      flexsearchOverParallaxP95: flexsearch.p95 / parallax.p95,
      flexsearchOverParallaxInMemoryBuild: inMemory.flexsearch.medianMs / inMemory.parallax.medianMs,
    },
  };
}

/**
 * Growth over the generated corpora (the seeds are a different mix of
 * articles, so they would bend the fit).
 */
function measureGrowth(corpora: readonly CorpusResult[]): GrowthResult | null {
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
      load: exponent((corpus) => corpus.load.medianMs),
      rawBytes: exponent((corpus) => corpus.indexBytes.raw),
      gzipBytes: exponent((corpus) => corpus.indexBytes.gzip),
      flexsearchBuild: exponent((corpus) => corpus.inMemoryBuild.flexsearch.medianMs),
    },
  };
}

function checkTargets(corpora: readonly CorpusResult[], growth: GrowthResult | null): TargetResult[] {
  const seeds = corpora.find((corpus) => !corpus.generated);
  const large = corpora.find((corpus) => corpus.articles === TARGET_LARGE_ARTICLES);
  const span = growth ? ` (${growth.from}–${growth.to})` : '';
  return [
    checkTarget(
      'seeds-search-p95',
      'search p95 on the seeds',
      TARGET_SEEDS_P95_MS,
      seeds?.latency.engines.parallax.p95 ?? null,
      'ms',
    ),
    checkTarget(
      'seeds-load',
      'index load on the seeds',
      TARGET_SEEDS_LOAD_MS,
      seeds?.load.medianMs ?? null,
      'ms',
    ),
    checkTarget(
      'large-search-p95',
      `search p95 at ${TARGET_LARGE_ARTICLES.toLocaleString('en-US')} articles`,
      TARGET_LARGE_P95_MS,
      large?.latency.engines.parallax.p95 ?? null,
      'ms',
    ),
    checkTarget(
      'build-linear',
      `build time grows linearly${span}`,
      MAX_LINEAR_EXPONENT,
      growth?.exponents.build ?? null,
      'exponent',
    ),
    checkTarget(
      'size-linear',
      `index size grows linearly${span}`,
      MAX_LINEAR_EXPONENT,
      growth?.exponents.rawBytes ?? null,
      'exponent',
    ),
    checkTarget(
      'gzip-size-linear',
      `gzipped index size grows linearly${span}`,
      MAX_LINEAR_EXPONENT,
      growth?.exponents.gzipBytes ?? null,
      'exponent',
    ),
  ];
}

/** Measures every corpus in `config`; pure apart from reading the seeds and query files. */
export function runSearchBench(
  config: SearchBenchConfig,
  log: (message: string) => void = () => {},
): SearchBenchResult {
  const allQueries = loadSearchQueries();
  const queries = config.queryCount === undefined ? allQueries : allQueries.slice(0, config.queryCount);
  const seedDir = config.seedDir ?? SEED_DIR;
  const seedFiles = readSeedFiles(seedDir);
  const seed = { files: seedFiles, articles: buildCorpus(seedFiles, seedDir) };
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

function formatExponent(exponent: number): string {
  return exponent.toFixed(2);
}

function formatTargetValue(target: TargetResult): string {
  if (target.value === null) return '–';
  return target.unit === 'ms' ? formatMs(target.value) : `k = ${formatExponent(target.value)}`;
}

function formatTargetLimit(target: TargetResult): string {
  return target.unit === 'ms' ? `≤ ${formatMs(target.limit)}` : `k ≤ ${formatExponent(target.limit)}`;
}

/** The section's Markdown: tables first, then what the floor and the peer are. */
export function formatSearchReport(result: SearchBenchResult, quick: boolean): string {
  const { corpora, growth } = result;
  const largest = corpora.at(-1);
  const lines: string[] = [];
  lines.push('## Search', '');
  lines.push(
    `${result.queryCount} queries (bench/queries/search-queries.json), ${result.queryLimit} hits each · ` +
      `corpora: ${corpora.map((corpus) => corpus.label).join(', ')}${quick ? ' (--quick)' : ''} · ` +
      `peer: FlexSearch ${result.flexsearchVersion}`,
    '',
  );

  lines.push('### Index: build, size, load', '');
  lines.push(
    markdownTable(
      [
        'corpus',
        'articles',
        'passages',
        'terms',
        'parse (once)',
        'build (median, spread, n)',
        'build / article',
        'index JSON',
        'gzip',
        'gzip / article',
        'load (median, spread)',
        'load / article',
      ],
      corpora.map((corpus) => [
        corpus.label,
        corpus.articles.toLocaleString('en-US'),
        corpus.passages.toLocaleString('en-US'),
        corpus.terms.toLocaleString('en-US'),
        formatMs(corpus.parseMs),
        `${formatMs(corpus.build.medianMs)} ${formatSpread(corpus.build.spread)} (${corpus.build.repeats})`,
        formatMs(corpus.perArticle.buildMs),
        formatBytes(corpus.indexBytes.raw),
        formatBytes(corpus.indexBytes.gzip),
        formatBytes(Math.round(corpus.perArticle.gzipBytes)),
        `${formatMs(corpus.load.medianMs)} ${formatSpread(corpus.load.spread)}`,
        formatMs(corpus.perArticle.loadMs),
      ]),
    ),
    '',
  );

  lines.push('### Query latency per call (all queries × rounds), side by side', '');
  lines.push(
    markdownTable(
      [
        'corpus',
        'rounds',
        'Parallax p50',
        'p95',
        'p99',
        'suggest() p95',
        'floor p50',
        'floor p95',
        'FlexSearch p50',
        'FlexSearch p95',
        'Parallax / floor (p95)',
        'FlexSearch / Parallax (p95)',
        'answered: Parallax / floor / FlexSearch',
      ],
      corpora.map((corpus) => {
        const { parallax, parallaxSuggest, floor, flexsearch } = corpus.latency.engines;
        return [
          corpus.label,
          String(corpus.latency.rounds),
          formatMs(parallax.p50),
          formatMs(parallax.p95),
          formatMs(parallax.p99),
          formatMs(parallaxSuggest.p95),
          formatMs(floor.p50),
          formatMs(floor.p95),
          formatMs(flexsearch.p50),
          formatMs(flexsearch.p95),
          formatRatio(corpus.ratios.parallaxOverFloorP95),
          formatRatio(corpus.ratios.flexsearchOverParallaxP95),
          `${parallax.answered} / ${floor.answered} / ${flexsearch.answered} of ${corpus.latency.queries}`,
        ];
      }),
    ),
    '',
  );

  lines.push('### In-memory index build, side by side', '');
  lines.push(
    markdownTable(
      ['corpus', 'Parallax (MiniSearch addAll)', 'FlexSearch (add)', 'FlexSearch / Parallax'],
      corpora.map((corpus) => [
        corpus.label,
        `${formatMs(corpus.inMemoryBuild.parallax.medianMs)} ${formatSpread(corpus.inMemoryBuild.parallax.spread)}`,
        `${formatMs(corpus.inMemoryBuild.flexsearch.medianMs)} ${formatSpread(corpus.inMemoryBuild.flexsearch.spread)}`,
        formatRatio(corpus.ratios.flexsearchOverParallaxInMemoryBuild),
      ]),
    ),
    '',
  );

  if (largest) {
    lines.push('### p95 by query kind', '');
    const kinds = QUERY_KINDS.filter((kind) => largest.latency.byKind[kind]);
    lines.push(
      markdownTable(
        [
          'kind',
          'queries',
          ...corpora.map((corpus) => `Parallax ${corpus.label}`),
          `floor ${largest.label}`,
          `FlexSearch ${largest.label}`,
        ],
        kinds.map((kind) => [
          kind,
          String(largest.latency.byQuery.filter((query) => query.kind === kind).length),
          ...corpora.map((corpus) => formatMs(corpus.latency.byKind[kind]?.parallax.p95 ?? Number.NaN)),
          formatMs(largest.latency.byKind[kind]?.floor.p95 ?? Number.NaN),
          formatMs(largest.latency.byKind[kind]?.flexsearch.p95 ?? Number.NaN),
        ]),
      ),
      '',
    );
    const slowest = [...largest.latency.byQuery]
      .sort((a, b) => b.engines.parallax.p95 - a.engines.parallax.p95)
      .slice(0, 5)
      .map((query) => `"${query.query}" ${formatMs(query.engines.parallax.p95)}`);
    lines.push(
      `Slowest queries at ${largest.label} (Parallax p95 over ${largest.latency.rounds} rounds each): ${slowest.join(', ')}.`,
      '',
    );
  }

  if (growth) {
    const generated = corpora.filter((corpus) => corpus.generated);
    lines.push(
      `### Growth with corpus size (per-article cost; k in cost ∝ articles^k fitted over ${growth.from}–${growth.to}, 1 = linear)`,
      '',
    );
    const rows: [string, (corpus: CorpusResult) => string, number][] = [
      ['build', (corpus) => formatMs(corpus.perArticle.buildMs), growth.exponents.build],
      ['load', (corpus) => formatMs(corpus.perArticle.loadMs), growth.exponents.load],
      [
        'index JSON',
        (corpus) => formatBytes(Math.round(corpus.perArticle.rawBytes)),
        growth.exponents.rawBytes,
      ],
      ['gzip', (corpus) => formatBytes(Math.round(corpus.perArticle.gzipBytes)), growth.exponents.gzipBytes],
      [
        'FlexSearch build',
        (corpus) => formatMs(corpus.perArticle.flexsearchBuildMs),
        growth.exponents.flexsearchBuild,
      ],
    ];
    lines.push(
      markdownTable(
        ['per article', ...generated.map((corpus) => corpus.label), 'k'],
        rows.map(([name, cell, exponent]) => [name, ...generated.map(cell), formatExponent(exponent)]),
      ),
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

  lines.push(
    `- **${ENGINE_LABELS.parallax}**: \`CorpusSearch.search(query, { limit: ${result.queryLimit} })\` on the loaded index — MiniSearch's index and scoring (BM25, prefix and fuzzy matching), evaluated over typed arrays keeping only the best hits (lib/search/passage-engine.ts), AND then OR, hits with source data and highlight ranges. ${ENGINE_LABELS.parallaxSuggest} is the completion call the background makes with every search.`,
    `- **${ENGINE_LABELS.floor}**: one pass over the pre-folded passage texts keeping those that contain every folded query word (\`String.prototype.includes\`); no index, ranking or fuzzy matching. It is the least work that answers a query without an index, and its cost grows with the corpus, so an index should beat it on large corpora (ratio below 1×).`,
    `- **FlexSearch** ${result.flexsearchVersion} on the same passages: \`tokenize: 'forward'\` (prefixes), \`encoder: 'LatinBalance'\`, \`suggest: true\` (partial matches when no passage has every word), no cache; results mapped back to passages. It has no edit-distance fuzzy matching, so misspellings mostly find nothing.`,
    '- Latency: every query timed one call at a time, engines interleaved round by round after warm-up rounds; percentiles over all calls (rounds × queries). Build and load: median of n timed runs after warm-up, garbage collected before each; spread is ± half the range over the median. Sizes: UTF-8 bytes, gzip at zlib level 6.',
    `- Warm-up + timed runs for build and load: ${corpora.map((corpus) => `${corpus.label} ${corpus.build.warmup} + ${corpus.build.repeats}`).join(', ')}${corpora.some((corpus) => corpus.build.repeats < 5) ? ' (fewer than 5 only where one build takes half a minute or more)' : ''}.`,
    '- Generated corpora: sentences of the 5 seed articles recombined (3–6 sentences a paragraph, 8–40 an article) with some names and numbers swapped for generated ones, parsed by the real `buildCorpus`.',
  );
  return lines.join('\n');
}

function toReport(result: SearchBenchResult, quick: boolean): SectionReport {
  return {
    json: { ...result },
    markdown: formatSearchReport(result, quick),
    files: [{ name: 'search-scaling.svg', content: plotSearchScaling(result) }],
  };
}

/** Runs the search section with any config; the smoke test uses a tiny one. */
export function runSearchSection(config: SearchBenchConfig, context: SectionContext): SectionReport {
  return toReport(runSearchBench(config, context.log), context.quick);
}

export const searchSection: BenchSection = {
  name: 'search',
  summary: 'index build, size and load; query latency vs a scan floor and FlexSearch; seeds to 10k articles',
  run: (context) => Promise.resolve(runSearchSection(context.quick ? QUICK_CONFIG : FULL_CONFIG, context)),
};
