import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue, type ConceptLexicon } from '../lib/catalogue';
import { daysNamedIn } from '../lib/compare/item-passages';
import type { Article } from '../lib/corpus';
import type { Catalogue, Entity } from '../lib/entities';
import { readCorpusDir, readEntityOverrides, sharedWordnetLexicon } from '../lib/node';
import { articlePassages } from '../lib/search/passage';

/**
 * Item–source gold: "does this source report this item's concept?", judged by
 * reading (`eval/gold/item-sources-*.json`). The comparison calls a source
 * silent exactly when the catalogue lists none of its passages for the item
 * (compareItem's `silent`), so the catalogue is what is scored. A date item's
 * passages include those whose weekday resolves to its day, as compareItem's
 * `itemPassages` reads them; without `namedDays` the score called "on
 * Wednesday" silent about "August 6" where the card and the CLI do not.
 */
interface GoldFile {
  corpus: string;
  items: {
    label: string;
    split: 'tune' | 'holdout';
    judgments: Record<string, { reports: boolean; passage?: string }>;
  }[];
}

export interface CoverageCounts {
  pairs: number;
  /** Judged reporting, called silent. */
  falseSilences: number;
  /** Judged not reporting, listed. */
  falseMentions: number;
  reporting: number;
  listed: number;
  /** Judged reporting and listed with the very passage the reader pointed at. */
  passageFound: number;
  /** Gold items the catalogue has no item for (all their pairs count as silent). */
  missingItems: string[];
}

export interface CoverageResult extends CoverageCounts {
  corpus: string;
  falseSilenceShare: number;
  falseMentionShare: number;
  precision: number;
  recall: number;
  holdout: CoverageCounts & { falseSilenceShare: number };
  /** "item: source" for each false silence, to read. */
  falseSilenceExamples: string[];
}

/** A reader writes "The Guardian" where the catalogue, like the matcher, keeps "Guardian". */
const folded = (text: string): string => text.toLowerCase().replace(/^the\s+/u, '');

function findItem(catalogue: Catalogue, label: string): Entity | undefined {
  const wanted = folded(label);
  return (
    catalogue.entities.find((entity) => folded(entity.label) === wanted) ??
    catalogue.entities.find((entity) => entity.aliases.some((alias) => folded(alias.text) === wanted))
  );
}

function emptyCounts(): CoverageCounts {
  return {
    pairs: 0,
    falseSilences: 0,
    falseMentions: 0,
    reporting: 0,
    listed: 0,
    passageFound: 0,
    missingItems: [],
  };
}

/** Scores a catalogue against the gold; `passageText` reads a passage id of the corpus. */
export function itemCoverage(
  gold: GoldFile,
  catalogue: Catalogue,
  passageText: (id: string) => string | undefined,
): CoverageResult {
  const all = emptyCounts();
  const holdout = emptyCounts();
  const falseSilenceExamples: string[] = [];
  for (const goldItem of gold.items) {
    const entity = findItem(catalogue, goldItem.label);
    const counts = goldItem.split === 'holdout' ? [all, holdout] : [all];
    if (!entity) for (const c of counts) c.missingItems.push(goldItem.label);
    for (const [sourceId, judgment] of Object.entries(goldItem.judgments)) {
      const passages = entity?.sources[sourceId] ?? [];
      const listed = passages.length > 0;
      const found =
        judgment.passage !== undefined &&
        passages.some((id) => passageText(id)?.includes(judgment.passage as string) ?? false);
      for (const c of counts) {
        c.pairs++;
        if (judgment.reports) c.reporting++;
        if (listed) c.listed++;
        if (judgment.reports && !listed) c.falseSilences++;
        if (!judgment.reports && listed) c.falseMentions++;
        if (judgment.reports && found) c.passageFound++;
      }
      if (judgment.reports && !listed) falseSilenceExamples.push(`${goldItem.label}: ${sourceId}`);
    }
  }
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const truePositives = all.reporting - all.falseSilences;
  return {
    corpus: gold.corpus,
    ...all,
    falseSilenceShare: share(all.falseSilences, all.pairs),
    falseMentionShare: share(all.falseMentions, all.pairs),
    precision: share(truePositives, all.listed),
    recall: share(truePositives, all.reporting),
    holdout: { ...holdout, falseSilenceShare: share(holdout.falseSilences, holdout.pairs) },
    falseSilenceExamples,
  };
}

/** Every gold passage must be a passage's words as the corpus has them, or the gold is wrong. */
function checkGold(gold: GoldFile, file: string, articles: readonly Article[]): void {
  const bodies = new Map(articles.map((article) => [article.meta.id, article.body]));
  for (const item of gold.items)
    for (const [sourceId, judgment] of Object.entries(item.judgments)) {
      const body = bodies.get(sourceId);
      if (body === undefined) throw new Error(`eval: ${file}: "${item.label}": no source "${sourceId}"`);
      if (judgment.passage !== undefined && !body.includes(judgment.passage))
        throw new Error(`eval: ${file}: "${item.label}": ${sourceId} has no passage "${judgment.passage}"`);
    }
}

export type BuildForEval = (articles: readonly Article[], dir: string) => Catalogue;

/** The catalogue as the comparison reads it: the folder's overrides, WordNet and days named relatively. */
export function defaultCatalogue(lexicon: ConceptLexicon = sharedWordnetLexicon()): BuildForEval {
  return (articles, dir) => {
    const overrides = readEntityOverrides(dir);
    return buildCatalogue(articles, {
      overrides: overrides?.overrides,
      overridesFile: overrides?.file,
      lexicon,
      namedDays: daysNamedIn,
    }).catalogue;
  };
}

/** Reads the corpus folder and its gold, builds the catalogue and scores it. */
export function evaluateItemCoverage(
  dir: string,
  goldFile: string,
  build: BuildForEval = defaultCatalogue(),
): CoverageResult {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  const judged = new Set(gold.items.flatMap((item) => Object.keys(item.judgments)));
  const articles = readCorpusDir(dir, { onWarning: () => undefined });
  checkGold(gold, goldFile, articles);
  const texts = new Map(
    articles
      .filter((article) => judged.has(article.meta.id))
      .flatMap((article) => articlePassages(article).map((passage) => [passage.id, passage.text] as const)),
  );
  return itemCoverage(gold, build(articles, dir), (id) => texts.get(id));
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** The Markdown table `npm run eval` prints. */
export function formatItemCoverage(results: readonly CoverageResult[]): string {
  return [
    '| item–source gold | pairs | false silences | target | false mentions | precision | recall | passage found | held-out false silences | items missing |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.corpus} | ${r.pairs} | ${r.falseSilences} (${pct(r.falseSilenceShare)}) | ≤ 5% | ` +
        `${r.falseMentions} (${pct(r.falseMentionShare)}) | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ` +
        `${r.passageFound} of ${r.reporting} | ${r.holdout.falseSilences} of ${r.holdout.pairs} | ${r.missingItems.join(', ') || '–'} |`,
    ),
  ].join('\n');
}

/** The gold files beside this module, with the corpus folder each is about. */
export function itemCoverageSuites(evalDir: string): { dir: string; gold: string }[] {
  return [
    { dir: join(evalDir, '../seeds'), gold: join(evalDir, 'gold/item-sources-seeds.json') },
    { dir: join(evalDir, '../../shared/corpora/basil'), gold: join(evalDir, 'gold/item-sources-basil.json') },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout2.json'),
    },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout3.json'),
    },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout4.json'),
    },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout5.json'),
    },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout6.json'),
    },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout7.json'),
    },
    {
      dir: join(evalDir, '../../shared/corpora/basil'),
      gold: join(evalDir, 'gold/item-sources-holdout8.json'),
    },
  ];
}
