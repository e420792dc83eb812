import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCorpus, corpusView, type AlignedFacts } from '../lib/compare';
import { eventStoryOf } from '../lib/compare/event-story-of';
import { catalogueConcepts, compareClaims, type ClaimPair } from '../lib/compare/claims';
import { catalogueMatcher } from '../lib/entities';
import { readCorpusBundle } from '../lib/node';
import { extractClaims } from '../lib/node/extract-claims';
import { foldText } from '../lib/search/normalize';
import { articlePassages } from '../lib/search/passage';
import { corpusStories } from '../lib/stories';
import { CorpusSearch } from '../lib/search';
import { z } from '../lib/validation/zod';
import { reachableBy, type Reach } from './reachable-by';

/**
 * Agreements and differences between sources of one story, against pairs a
 * reader annotated by reading the articles (eval/gold/pairs-*.json): the
 * engine's figures and quotations (alignFacts) and its claims (compareClaims),
 * each a pair of sentences from two sources with a verdict. The gold is not
 * exhaustive, so precision is over the engine's pairs the gold judges; the
 * pairs it does not judge are counted and listed. Pairs across gold stories
 * are oppositions the engine must never make.
 */

/** How many characters of a gold sentence's opening must be found in a passage: enough to be unique. */
const START_CHARS = 60;
/** Examples listed for a reader, per kind. */
const MAX_EXAMPLES = Number(process.env.AGREE_EXAMPLES ?? 6);

const side = z.tuple([z.string(), z.string()]);
export const goldFileSchema = z.strictObject({
  corpus: z.string(),
  note: z.string(),
  /** Gold stories by source, for corpora that have no stories.json. */
  stories: z.optional(z.record(z.string(), z.string())),
  pairs: z.array(
    z.strictObject({
      a: side,
      b: side,
      status: z.enum(['agree', 'differ']),
      about: z.string(),
      split: z.enum(['tune', 'holdout']),
    }),
  ),
});
type GoldPair = z.infer<typeof goldFileSchema>['pairs'][number];

export interface EnginePair {
  a: string;
  b: string;
  status: 'agree' | 'differ';
  by: 'figures' | 'claims';
  text: [string, string];
}

export interface Scores {
  gold: number;
  found: number;
  recall: number;
  judged: number;
  correct: number;
  precision: number;
}

/** Recall over the gold pairs a reader finds by a shared figure, day or quotation, and over the rest. */
export interface ReachScores {
  pairs: number;
  found: number;
  recall: number;
  /** Reachable pairs by the anchor they share. */
  byAnchor: Record<Reach, number>;
}

export interface AgreementsResult {
  corpus: string;
  claims: boolean;
  tune: Scores;
  holdout: Scores;
  all: Scores;
  reachable: ReachScores;
  paraphrase: ReachScores;
  byStatus: Record<'agree' | 'differ', Scores>;
  enginePairs: { figures: number; claims: number };
  unjudged: number;
  crossStoryOppositions: number;
  /** A few of them, for a reader: which gold stories the engine's story joined. */
  crossStoryExamples: string[];
  missed: string[];
  wrong: string[];
  unjudgedExamples: string[];
}

const norm = (text: string): string =>
  foldText(text)
    .replace(/[“”"‘’']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

const sourceOf = (passageId: string): string => passageId.slice(0, passageId.lastIndexOf('#'));

type GroupValue = AlignedFacts['values'][number];

/** Two values a reader sees as the same figure: their ranges (or values) overlap. */
function sameFigure(x: GroupValue, y: GroupValue): boolean {
  const range = (v: GroupValue): [number, number] | null =>
    v.range ? [v.range[0], v.range[1] ?? Infinity] : v.value === null ? null : [v.value, v.value];
  const [rx, ry] = [range(x), range(y)];
  return rx === null || ry === null || (rx[0] <= ry[1] && ry[0] <= rx[1]);
}

/**
 * Every pair of sources a group sets side by side. In a group that differs, two
 * sources giving the same figure are shown agreeing (48 and 48 beside another's
 * 47), so that pair is read as an agreement.
 */
function figurePairs(groups: readonly AlignedFacts[]): EnginePair[] {
  const pairs: EnginePair[] = [];
  for (const group of groups)
    for (const [i, x] of group.values.entries())
      for (const y of group.values.slice(i + 1))
        if (x.sourceId !== y.sourceId)
          pairs.push({
            a: x.passageId,
            b: y.passageId,
            status:
              group.status === 'differ' && group.kind !== 'quote' && sameFigure(x, y)
                ? 'agree'
                : group.status,
            by: 'figures',
            text: [x.sentence, y.sentence],
          });
  return pairs;
}

function claimPairs(pairs: readonly ClaimPair[]): EnginePair[] {
  return pairs.map((pair) => ({
    a: pair.a.passageId,
    b: pair.b.passageId,
    status: pair.status,
    by: 'claims',
    text: [pair.a.text, pair.b.text],
  }));
}

function score(
  gold: readonly GoldPair[],
  found: ReadonlySet<GoldPair>,
  judged: number,
  correct: number,
): Scores {
  return {
    gold: gold.length,
    found: gold.filter((pair) => found.has(pair)).length,
    recall: gold.length === 0 ? 0 : gold.filter((pair) => found.has(pair)).length / gold.length,
    judged,
    correct,
    precision: judged === 0 ? 1 : correct / judged,
  };
}

interface EngineRun {
  bundle: ReturnType<typeof readCorpusBundle>;
  figures: EnginePair[];
  claims: EnginePair[];
}

/**
 * The engine's pairs on one corpus, computed once per corpus and setting:
 * every basil gold file is scored against the same run (it took minutes each).
 */
const engineRuns = new Map<string, EngineRun>();
function engineRun(corpusDir: string, withClaims: boolean): EngineRun {
  const key = `${corpusDir}\0${withClaims}`;
  const cached = engineRuns.get(key);
  if (cached) return cached;
  const bundle = readCorpusBundle(corpusDir, { onWarning: () => undefined });
  const search = CorpusSearch.fromFiles(bundle);
  const view = corpusView(search, bundle.catalogue);
  const index = corpusStories(bundle.articles, bundle.catalogue);
  const storyOf = (id: string) => index.storyOf(id);
  const { agreements, discrepancies } = compareCorpus(view, storyOf);
  const figures = figurePairs([...agreements, ...discrepancies]);
  const claims = withClaims
    ? claimPairs(
        compareClaims(
          extractClaims(bundle.articles, catalogueMatcher(bundle.catalogue)),
          eventStoryOf(view, (id) => index.storyOf(id)?.id ?? null),
          catalogueConcepts(bundle.catalogue.entities),
        ),
      )
    : [];
  const run = { bundle, figures, claims };
  engineRuns.set(key, run);
  return run;
}

/** Scores the engine on one corpus's gold pairs; `withClaims: false` is the engine before claims. */
export function evaluateAgreements(
  corpusDir: string,
  goldFile: string,
  withClaims: boolean,
): AgreementsResult {
  const gold = goldFileSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8')));
  const { bundle, figures, claims } = engineRun(corpusDir, withClaims);
  const goldStories =
    gold.stories ??
    Object.fromEntries(
      Object.entries(
        JSON.parse(readFileSync(join(corpusDir, 'stories.json'), 'utf8')) as Record<
          string,
          { story: string }
        >,
      ).map(([id, entry]) => [id, entry.story]),
    );
  const engine = [...figures, ...claims];

  // Each gold side is the passages of its source whose words hold the sentence's opening.
  const passagesOf = (sourceId: string, start: string): Set<string> => {
    const wanted = norm(start).slice(0, START_CHARS);
    const ids = new Set<string>();
    const article = bundle.articles.find((candidate) => candidate.meta.id === sourceId);
    for (const passage of article ? articlePassages(article) : []) {
      const text = norm(passage.text);
      if (text.includes(wanted) || (text.length > 12 && wanted.startsWith(text))) ids.add(passage.id);
    }
    if (ids.size === 0)
      throw new Error(`eval: ${goldFile}: no passage of "${sourceId}" opens with "${start}"`);
    return ids;
  };
  const sides = gold.pairs.map((pair) => [passagesOf(...pair.a), passagesOf(...pair.b)] as const);
  const passageTexts = new Map(
    bundle.articles.flatMap((article) =>
      articlePassages(article).map((passage) => [passage.id, passage.text]),
    ),
  );
  const published = new Map(bundle.articles.map((article) => [article.meta.id, article.meta.published]));
  const sideOf = (ids: ReadonlySet<string>, sourceId: string) => ({
    text: [...ids].map((id) => passageTexts.get(id) ?? '').join(' '),
    published: published.get(sourceId) ?? null,
  });
  const anchors = gold.pairs.map((pair, index) =>
    reachableBy(sideOf(sides[index]![0], pair.a[0]), sideOf(sides[index]![1], pair.b[0]), pair.status),
  );
  const matches = (pair: EnginePair, index: number): boolean => {
    const [x, y] = sides[index]!;
    return (x.has(pair.a) && y.has(pair.b)) || (x.has(pair.b) && y.has(pair.a));
  };

  const found = new Set<GoldPair>();
  let judged = 0;
  let correct = 0;
  const judgedByStatus = { agree: [0, 0], differ: [0, 0] };
  const wrong: string[] = [];
  const unjudged: EnginePair[] = [];
  let crossStory = 0;
  const crossStoryExamples: string[] = [];
  for (const pair of engine) {
    const storyA = goldStories[sourceOf(pair.a)];
    if (storyA === undefined || storyA !== goldStories[sourceOf(pair.b)]) {
      crossStory++;
      if (crossStoryExamples.length < MAX_EXAMPLES)
        crossStoryExamples.push(
          `${pair.by} ${pair.status} ${sourceOf(pair.a)} / ${sourceOf(pair.b)}: “${pair.text[0].slice(0, 60)}” / “${pair.text[1].slice(0, 60)}”`,
        );
    }
    const hits = gold.pairs.filter((_, index) => matches(pair, index));
    if (hits.length === 0) {
      unjudged.push(pair);
      continue;
    }
    judged++;
    judgedByStatus[pair.status][0]!++;
    const right = hits.filter((hit) => hit.status === pair.status);
    if (right.length > 0) {
      correct++;
      judgedByStatus[pair.status][1]!++;
      for (const hit of right) found.add(hit);
    } else if (wrong.length < MAX_EXAMPLES) wrong.push(`${pair.by} said ${pair.status}: ${hits[0]!.about}`);
  }
  const of = (split: GoldPair['split']) => gold.pairs.filter((pair) => pair.split === split);
  const statusScores = (status: 'agree' | 'differ'): Scores =>
    score(
      gold.pairs.filter((pair) => pair.status === status),
      found,
      judgedByStatus[status][0]!,
      judgedByStatus[status][1]!,
    );
  const reachScores = (reachable: boolean): ReachScores => {
    const pairs = gold.pairs.filter((_, index) => (anchors[index] !== null) === reachable);
    const hits = pairs.filter((pair) => found.has(pair)).length;
    const byAnchor: Record<Reach, number> = { figure: 0, day: 0, quotation: 0 };
    for (const anchor of anchors) if (reachable && anchor !== null) byAnchor[anchor]++;
    return {
      pairs: pairs.length,
      found: hits,
      recall: pairs.length === 0 ? 0 : hits / pairs.length,
      byAnchor,
    };
  };
  return {
    corpus: gold.corpus,
    claims: withClaims,
    reachable: reachScores(true),
    paraphrase: reachScores(false),
    tune: score(of('tune'), found, judged, correct),
    holdout: score(of('holdout'), found, judged, correct),
    all: score(gold.pairs, found, judged, correct),
    byStatus: { agree: statusScores('agree'), differ: statusScores('differ') },
    enginePairs: { figures: figures.length, claims: claims.length },
    unjudged: unjudged.length,
    crossStoryOppositions: crossStory,
    crossStoryExamples,
    // Reachable misses first: they are the engine's to find.
    missed: gold.pairs
      .map((pair, index) => ({ pair, anchor: anchors[index] ?? null }))
      .filter(({ pair }) => !found.has(pair))
      .sort((x, y) => Number(x.anchor === null) - Number(y.anchor === null))
      .slice(0, MAX_EXAMPLES)
      .map(({ pair, anchor }) => `${pair.status} (${anchor ?? 'paraphrase'}): ${pair.about}`),
    wrong,
    unjudgedExamples: unjudged
      .slice(0, MAX_EXAMPLES)
      .map(
        (pair) =>
          `${pair.by} ${pair.status}: “${pair.text[0].slice(0, 70)}” / “${pair.text[1].slice(0, 70)}”`,
      ),
  };
}

const f = (value: number): string => value.toFixed(2);

/** The Markdown table `npm run eval` prints. */
export function formatAgreements(results: readonly AgreementsResult[]): string {
  const lines = [
    '| agreements & differences | engine | gold pairs (tune/holdout) | recall | recall holdout | reachable pairs (figure/day/quotation) | recall over reachable | recall over the rest | precision (judged) | engine pairs (figures+claims) | unjudged | cross-story oppositions |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.corpus} | ${r.claims ? 'figures + claims' : 'figures only (before)'} | ${r.tune.gold}/${r.holdout.gold} | ` +
        `${f(r.all.recall)} (${r.all.found}) | ${f(r.holdout.recall)} | ` +
        `${r.reachable.pairs} (${r.reachable.byAnchor.figure}/${r.reachable.byAnchor.day}/${r.reachable.byAnchor.quotation}) | ` +
        `${f(r.reachable.recall)} (${r.reachable.found}) | ${f(r.paraphrase.recall)} (${r.paraphrase.found} of ${r.paraphrase.pairs}) | ` +
        `${f(r.all.precision)} (${r.all.correct}/${r.all.judged}) | ` +
        `${r.enginePairs.figures}+${r.enginePairs.claims} | ${r.unjudged} | ${r.crossStoryOppositions === 0 ? 0 : `**${r.crossStoryOppositions}**`} |`,
    ),
  ];
  const notes = results
    .filter((r) => r.claims)
    .flatMap((r) => [
      ...r.wrong.map((w) => `- ${r.corpus}, wrong verdict: ${w}`),
      ...r.unjudgedExamples.map((u) => `- ${r.corpus}, not in the gold: ${u}`),
    ]);
  return `${lines.join('\n')}\n(target: recall over reachable pairs ≥ 0.7 at precision ≥ 0.9; the rest, paraphrase, reported apart; cross-story oppositions 0)\n${notes.join('\n')}`;
}
