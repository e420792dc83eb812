import { lineChart, svgDocument, type ChartSeries } from '../../support/svg-chart';
import type { CorpusResult, SearchBenchResult } from '../search';

const WIDTH = 1040;
const HEIGHT = 440;
const COLORS = {
  parallax: '#1f6feb',
  suggest: '#8fb8f5',
  floor: '#777777',
  flexsearch: '#d9822b',
  build: '#1f6feb',
  load: '#2da44e',
  raw: '#8250df',
  gzip: '#bf3989',
};

/**
 * Two panels over corpus size (log x): query latency p95 of every engine
 * (log y, with the targets), and per-article costs relative to the smallest
 * generated corpus, where a flat line at 1 means linear growth.
 */
export function plotSearchScaling(result: SearchBenchResult): string {
  const { corpora } = result;
  const xTicks = corpora.map((corpus) => ({ value: corpus.articles, label: corpus.label }));
  const line = (name: string, color: string, y: (corpus: CorpusResult) => number): ChartSeries => ({
    name,
    color,
    points: corpora.map((corpus) => ({ x: corpus.articles, y: y(corpus) })),
  });

  const latency = lineChart({
    left: 0,
    top: 0,
    width: WIDTH / 2,
    height: HEIGHT,
    title: 'Query latency p95 (ms, log scale)',
    xLabel: 'articles in corpus (log scale)',
    yLabel: 'p95 per call (ms)',
    xTicks,
    logY: true,
    series: [
      line('Parallax search()', COLORS.parallax, (corpus) => corpus.latency.engines.parallax.p95),
      line('Parallax suggest()', COLORS.suggest, (corpus) => corpus.latency.engines.parallaxSuggest.p95),
      line('floor (scan)', COLORS.floor, (corpus) => corpus.latency.engines.floor.p95),
      line('FlexSearch', COLORS.flexsearch, (corpus) => corpus.latency.engines.flexsearch.p95),
    ],
    guides: [
      { y: 2, label: 'target on seeds: 2 ms' },
      { y: 10, label: 'target at 10k: 10 ms' },
    ],
  });

  const generated = corpora.filter((corpus) => corpus.generated);
  const base = generated[0] ?? corpora[0];
  const relative = (cost: (corpus: CorpusResult) => number) => (corpus: CorpusResult) =>
    base ? cost(corpus) / corpus.articles / (cost(base) / base.articles) : 1;
  const growthCorpora = generated.length > 0 ? generated : corpora;
  const growthLine = (name: string, color: string, cost: (corpus: CorpusResult) => number): ChartSeries => ({
    name,
    color,
    points: growthCorpora.map((corpus) => ({ x: corpus.articles, y: relative(cost)(corpus) })),
  });
  const growth = lineChart({
    left: WIDTH / 2,
    top: 0,
    width: WIDTH / 2,
    height: HEIGHT,
    title: `Per-article cost relative to ${base?.label ?? 'the first corpus'} (flat = linear)`,
    xLabel: 'articles in corpus (log scale)',
    yLabel: `per-article cost ÷ that at ${base?.label ?? 'the first'}`,
    xTicks: growthCorpora.map((corpus) => ({ value: corpus.articles, label: corpus.label })),
    logY: false,
    series: [
      growthLine('build', COLORS.build, (corpus) => corpus.build.medianMs),
      growthLine('load', COLORS.load, (corpus) => corpus.load.medianMs),
      growthLine('index JSON bytes', COLORS.raw, (corpus) => corpus.indexBytes.raw),
      growthLine('gzip bytes', COLORS.gzip, (corpus) => corpus.indexBytes.gzip),
      growthLine('FlexSearch build', COLORS.flexsearch, (corpus) => corpus.inMemoryBuild.flexsearch.medianMs),
    ],
    guides: [{ y: 1, label: 'linear' }],
  });

  return svgDocument(WIDTH, HEIGHT, 'Parallax search scaling', [latency, growth]);
}
