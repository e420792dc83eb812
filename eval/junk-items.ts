import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, EntityKind } from '../lib/entities';
import { defaultCatalogue, type BuildForEval } from './item-coverage';
import { readCorpusDir } from '../lib/node';

/**
 * Junk items (issue 22): the share of a catalogue's items that a reader would
 * not call a person, place, organisation, topic or date, judged by reading
 * (`eval/gold/junk-items.json`). Each suite is a corpus folder and, for a
 * multi-story corpus, the one event whose items were judged (an item counts
 * when one of its sources is in that event). Items the gold does not know (a
 * rule changed what the catalogue holds) are counted and listed apart, so a
 * new item is judged before it can lower the share.
 */
export interface JunkGold {
  definition: string;
  suites: {
    corpus: string;
    /** Source id prefix of the judged event; absent: the whole catalogue. */
    event?: string;
    /** Judged before any rule was tuned on it; reported apart as the unseen check. A number names a later hold-out (2: b039, 3: b078, 4: b033). */
    holdout?: boolean | number;
    items: { label: string; kind: EntityKind; junk: boolean; why?: string }[];
  }[];
}

export interface JunkResult {
  corpus: string;
  items: number;
  junk: string[];
  unjudged: string[];
  junkShare: number;
}

const itemKey = (kind: string, label: string): string => `${kind}:${label.toLowerCase()}`;

/** The catalogue's items as the suite judges them: all, or those with a source in its event. */
export function itemsOfSuite(catalogue: Catalogue, event?: string): { label: string; kind: EntityKind }[] {
  return catalogue.entities
    .filter((entity) => event === undefined || Object.keys(entity.sources).some((id) => id.startsWith(event)))
    .map((entity) => ({ label: entity.label, kind: entity.kind }));
}

/** Scores one suite's items against its judgments. */
export function junkItems(
  corpus: string,
  items: readonly { label: string; kind: EntityKind }[],
  judged: JunkGold['suites'][number]['items'],
): JunkResult {
  const verdicts = new Map(judged.map((item) => [itemKey(item.kind, item.label), item.junk]));
  const junk: string[] = [];
  const unjudged: string[] = [];
  for (const item of items) {
    const verdict = verdicts.get(itemKey(item.kind, item.label));
    if (verdict === undefined) unjudged.push(`${item.kind}:${item.label}`);
    else if (verdict) junk.push(item.label);
  }
  return {
    corpus,
    items: items.length,
    junk,
    unjudged,
    junkShare: items.length === 0 ? 0 : junk.length / items.length,
  };
}

/** The junk gold files beside this module: the tuned suites, then the hold-outs. */
export function junkGoldFiles(evalDir: string): string[] {
  return [
    join(evalDir, 'gold/junk-items.json'),
    join(evalDir, 'gold/junk-items-holdout.json'),
    join(evalDir, 'gold/junk-items-holdout2.json'),
    join(evalDir, 'gold/junk-items-holdout3.json'),
    join(evalDir, 'gold/junk-items-holdout4.json'),
  ];
}

/** "basil b050 (hold-out)", "basil b039 (hold-out 2)": a suite's name in the table. */
export function junkSuiteName(
  suite: Pick<JunkGold['suites'][number], 'corpus' | 'event' | 'holdout'>,
): string {
  const base = suite.event === undefined ? suite.corpus : `${suite.corpus} ${suite.event}`;
  if (suite.holdout === true) return `${base} (hold-out)`;
  if (typeof suite.holdout === 'number') return `${base} (hold-out ${suite.holdout})`;
  return base;
}

/** Builds each suite's catalogue (as the comparison reads it, once per corpus) and scores it. */
export function evaluateJunkItems(
  evalDir: string,
  goldFiles: readonly string[] = junkGoldFiles(evalDir),
  build: BuildForEval = defaultCatalogue(),
): JunkResult[] {
  const catalogues = new Map<string, Catalogue>();
  const catalogueOf = (corpus: string): Catalogue => {
    const built = catalogues.get(corpus);
    if (built !== undefined) return built;
    const dir = suiteDir(evalDir, corpus);
    const catalogue = build(readCorpusDir(dir, { onWarning: () => undefined }), dir);
    catalogues.set(corpus, catalogue);
    return catalogue;
  };
  return goldFiles.flatMap((goldFile) =>
    (JSON.parse(readFileSync(goldFile, 'utf8')) as JunkGold).suites.map((suite) =>
      junkItems(junkSuiteName(suite), itemsOfSuite(catalogueOf(suite.corpus), suite.event), suite.items),
    ),
  );
}

/** `seeds` is the repository's own corpus; any other name is a folder of `../shared/corpora`. */
export function suiteDir(evalDir: string, corpus: string): string {
  return corpus === 'seeds' ? join(evalDir, '../seeds') : join(evalDir, '../../shared/corpora', corpus);
}

/** The Markdown table `npm run eval` prints. */
export function formatJunkItems(results: readonly JunkResult[]): string {
  return [
    '| junk items (gold judged by reading) | items | junk | target | unjudged |',
    '| --- | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.corpus} | ${r.items} | ${r.junk.length} (${(r.junkShare * 100).toFixed(1)}%)` +
        `${r.junk.length > 0 ? `: ${r.junk.join(', ')}` : ''} | ≤ 2% | ${r.unjudged.join(', ') || '–'} |`,
    ),
  ].join('\n');
}
