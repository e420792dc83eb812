import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterAverageLink, STORY_DEFAULTS, StoryIndex, type Story } from '../lib/stories';
import { evaluateAgreements, formatAgreements } from './agreements';
import { bCubed, type BCubed } from './b-cubed';
import { formatHighlightsShown, highlightsShown } from './highlights-shown';
import { evaluateItemCoverage, formatItemCoverage, itemCoverageSuites } from './item-coverage';
import { evaluateJunkItems, formatJunkItems } from './junk-items';
import { loadEvalCorpus, type EvalCorpus } from './load-eval-corpus';
import { clusterMatrix, similarityMatrix, tfidfVectors } from './naive-baseline';
import { formatQuoteSpeakers, quoteSpeakers } from './quote-speakers';

/**
 * `npm run eval`: story grouping and page → story on the labelled corpora,
 * beside the naive baseline whose threshold is tuned on the very answer it is
 * scored against. Prints a Markdown table and writes `eval/results/latest.json`.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const CORPORA = resolve(HERE, '../../shared/corpora');
/** The baseline's threshold sweep: fine enough that its best is within a hair of its true best. */
const BASELINE_THRESHOLDS = Array.from({ length: 40 }, (_, i) => 0.02 + i * 0.02);

interface CorpusResult {
  corpus: string;
  articles: number;
  goldStories: number;
  stories: { count: number; bCubed: BCubed };
  /** `pageAccuracy` is leave-one-out too (see `baselinePageRight`). */
  baseline: { threshold: number; count: number; bCubed: BCubed; pageAccuracy: number };
  page: { accuracy: number; correct: number; total: number; wrongExamples: string[] };
  /** Each leave-one-out step removes and re-adds one article; the stories must come back unchanged. */
  restoredAfterLeaveOneOut: boolean;
}

function asMap(stories: readonly Story[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const story of stories) for (const id of story.sourceIds) map.set(id, story.id);
  return map;
}

/** The cluster (by its key) that holds most of `mates`; ties go to the smallest key. */
function majority(mates: readonly string[], clusterOf: (id: string) => string | undefined): string | null {
  const counts = new Map<string, number>();
  for (const mate of mates) {
    const key = clusterOf(mate);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && key < best)) best = key;
  }
  return best;
}

function goldMates(corpus: EvalCorpus, id: string): string[] {
  const story = corpus.gold.get(id);
  return [...corpus.gold].filter(([other, gold]) => other !== id && gold === story).map(([other]) => other);
}

/** Members of `start`'s connected component in the graph of pairs at or above `threshold`. */
function componentOf(matrix: readonly Float64Array[], start: number, threshold: number): number[] {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    const i = stack.pop()!;
    matrix[i]!.forEach((value, j) => {
      if (value >= threshold && !seen.has(j)) {
        seen.add(j);
        stack.push(j);
      }
    });
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * The baseline's page → story for article `i`, leave-one-out as ours is: the
 * article leaves the clustering (its component is clustered again without it:
 * average-link clusters never cross a component of the graph of pairs at the
 * threshold, so no other cluster changes), then it picks the cluster with the
 * highest mean cosine to it, if over the threshold. Right when that is the
 * cluster holding most of its gold mates. The cosines keep the article in
 * their document frequencies, a small advantage the baseline may keep.
 */
function baselinePageRight(
  corpus: EvalCorpus,
  ids: readonly string[],
  matrix: readonly Float64Array[],
  baseline: { threshold: number; clusters: number[][] },
  i: number,
): boolean {
  const component = componentOf(matrix, i, baseline.threshold);
  const inComponent = new Set(component);
  const rest = component.filter((j) => j !== i);
  const clusters = [
    ...baseline.clusters.filter((cluster) => !inComponent.has(cluster[0]!)),
    ...clusterAverageLink(rest.length, (a, b) => matrix[rest[a]!]![rest[b]!]!, baseline.threshold).map(
      (cluster) => cluster.map((k) => rest[k]!),
    ),
  ];
  // A cluster's key is its first member, stable whatever the order of the list.
  const keyOf = new Map<string, string>();
  for (const cluster of clusters) for (const j of cluster) keyOf.set(ids[j]!, ids[cluster[0]!]!);
  const expected = majority(goldMates(corpus, ids[i]!), (mate) => keyOf.get(mate));
  let best: string | null = null;
  let bestScore = baseline.threshold;
  for (const cluster of clusters) {
    const mean = cluster.reduce((total, j) => total + matrix[i]![j]!, 0) / cluster.length;
    if (mean >= bestScore) {
      bestScore = mean;
      best = ids[cluster[0]!]!;
    }
  }
  return best === expected;
}

function evaluate(corpus: EvalCorpus): CorpusResult {
  const ids = corpus.articles.map((article) => article.meta.id);
  const label = (entityId: string): string | undefined => corpus.itemLabels.get(entityId);
  const index = StoryIndex.build(
    ids.map((id) => ({ id, signals: corpus.signals.get(id)! })),
    {},
    label,
  );
  const stories = index.stories();
  const before = JSON.stringify(stories);

  // Page → story, leave one out: the article leaves the corpus, then comes back as a page.
  let correct = 0;
  const wrongExamples: string[] = [];
  for (const id of ids) {
    index.remove(id);
    const mates = goldMates(corpus, id);
    const expected = mates.length === 0 ? null : majority(mates, (mate) => index.storyOf(mate)?.id);
    const got = index.match(corpus.pageSignals.get(id)!).best?.story.id ?? null;
    if (got === expected) correct++;
    else if (wrongExamples.length < 8)
      wrongExamples.push(`${id}: expected ${expected ?? 'no story'}, got ${got ?? 'no story'}`);
    index.add(id, corpus.signals.get(id)!);
  }
  const restored = JSON.stringify(index.stories()) === before;

  // The baseline, its threshold tuned on the gold answer.
  const vectors = tfidfVectors(ids.map((id) => corpus.texts.get(id)!));
  const matrix = similarityMatrix(vectors);
  let baseline = { threshold: 0, clusters: [] as number[][], bCubed: { precision: 0, recall: 0, f1: -1 } };
  for (const threshold of BASELINE_THRESHOLDS) {
    const clusters = clusterMatrix(matrix, threshold);
    const map = new Map<string, string>();
    clusters.forEach((cluster, k) => cluster.forEach((i) => map.set(ids[i]!, String(k))));
    const score = bCubed(map, corpus.gold);
    if (score.f1 > baseline.bCubed.f1) baseline = { threshold, clusters, bCubed: score };
  }
  const baselineCorrect = ids.filter((_, i) => baselinePageRight(corpus, ids, matrix, baseline, i)).length;

  return {
    corpus: corpus.name,
    articles: ids.length,
    goldStories: new Set(corpus.gold.values()).size,
    stories: { count: stories.length, bCubed: bCubed(asMap(stories), corpus.gold) },
    baseline: {
      threshold: baseline.threshold,
      count: baseline.clusters.length,
      bCubed: baseline.bCubed,
      pageAccuracy: baselineCorrect / ids.length,
    },
    page: { accuracy: correct / ids.length, correct, total: ids.length, wrongExamples },
    restoredAfterLeaveOneOut: restored,
  };
}

/**
 * `npm run eval -- --only stories,coverage`: runs only the named parts
 * (stories, highlights, coverage, junk, speakers, agreements) and writes no
 * results file, so a change can be checked in a minute, not ten.
 */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt < 0 ? null : new Set((process.argv[onlyAt + 1] ?? '').split(','));
const runs = (part: string): boolean => only === null || only.has(part);

const f = (value: number): string => value.toFixed(3);
const results: CorpusResult[] = [];
for (const name of runs('stories') ? ['ecbplus', 'basil'] : []) {
  process.stderr.write(`eval: ${name}: reading and building the catalogue…\n`);
  const corpus = loadEvalCorpus(join(CORPORA, name), name);
  process.stderr.write(`eval: ${name}: grouping, leave-one-out and baseline…\n`);
  results.push(evaluate(corpus));
}

const lines = [
  '| corpus | articles | gold stories | stories | B³ P | B³ R | B³ F1 | baseline F1 (tuned t) | target | page → story | baseline | target |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => {
    const target = r.corpus === 'ecbplus' ? 0.93 : 0.97;
    const mark = (value: number, goal: number): string => (value >= goal ? f(value) : `**${f(value)}**`);
    return (
      `| ${r.corpus} | ${r.articles} | ${r.goldStories} | ${r.stories.count} | ${f(r.stories.bCubed.precision)} | ` +
      `${f(r.stories.bCubed.recall)} | ${mark(r.stories.bCubed.f1, target)} | ${f(r.baseline.bCubed.f1)} (${r.baseline.threshold.toFixed(2)}) | ` +
      `≥ ${target} | ${mark(r.page.accuracy, 0.95)} | ${f(r.baseline.pageAccuracy)} | ≥ 0.95 |`
    );
  }),
];
if (results.length > 0) process.stdout.write(`${lines.join('\n')}\n\n(missed targets in bold)\n`);
for (const r of results) {
  if (!r.restoredAfterLeaveOneOut)
    process.stdout.write(`\n${r.corpus}: stories changed after leave-one-out!\n`);
  if (r.page.wrongExamples.length > 0)
    process.stdout.write(
      `\n${r.corpus}, some page → story misses:\n${r.page.wrongExamples.map((w) => `- ${w}`).join('\n')}\n`,
    );
}
const highlights = runs('highlights')
  ? highlightsShown(resolve(HERE, '../seeds'), resolve(HERE, '../../shared/pages'))
  : null;
if (highlights) process.stdout.write(`\n${formatHighlightsShown(highlights)}\n`);
const itemSources = runs('coverage')
  ? itemCoverageSuites(HERE).map((suite) => evaluateItemCoverage(suite.dir, suite.gold))
  : [];
if (runs('coverage')) process.stdout.write(`\n${formatItemCoverage(itemSources)}\n`);
const junk = runs('junk') ? evaluateJunkItems(HERE) : [];
if (runs('junk')) process.stdout.write(`\n${formatJunkItems(junk)}\n`);

const speakers = runs('speakers')
  ? quoteSpeakers(join(HERE, 'gold'), resolve(HERE, '../seeds'), CORPORA)
  : null;
if (speakers) process.stdout.write(`\n${formatQuoteSpeakers(speakers)}\n`);

if (runs('agreements'))
  process.stderr.write('eval: agreements and differences: reading claims (compromise) on seeds and basil…\n');
const agreements = runs('agreements')
  ? [
      evaluateAgreements(resolve(HERE, '../seeds'), join(HERE, 'gold/pairs-seeds.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-basil.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout2.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout3.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout4.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout5.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout6.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout7.json'), true),
      evaluateAgreements(join(CORPORA, 'basil'), join(HERE, 'gold/pairs-holdout8.json'), true),
    ]
  : [];
if (runs('agreements')) process.stdout.write(`\n${formatAgreements(agreements)}\n`);
if (only !== null) process.exit(0);

const out = join(HERE, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), options: STORY_DEFAULTS, results, highlights, quoteSpeakers: speakers, itemSources, junkItems: junk, agreements }, null, 2)}
`,
);
