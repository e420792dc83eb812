/**
 * What the reader's own sources cost: adding one article (incremental index
 * and catalogue update, then the snapshot that is persisted), importing 200
 * generated articles in one change, and the storage they take (the sources
 * plus the persisted merged index). Run: `npm run bench:user-sources`.
 */
import 'fake-indexeddb/auto';
import type { Manifest } from '../lib/corpus';
import { readCorpusBundle } from '../lib/node';
import { corpusStoriesFile } from '../lib/stories';
import {
  MergedCorpus,
  openUserSourceStore,
  userArticle,
  type BundledParts,
  type UserSource,
} from '../lib/user-sources';
import { generateCorpusFiles } from './support/synthetic-corpus';
import { timeOnce } from './support/timing';

const IMPORT_SIZE = 200;
const SEEDS = process.env.PARALLAX_CORPUS ?? 'seeds';

const built = readCorpusBundle(SEEDS);
const bundled: BundledParts = {
  ...built,
  index: JSON.parse(built.indexJson) as BundledParts['index'],
  storiesJson: corpusStoriesFile(built.articles, built.catalogue),
};

// Seed sentences recombined (so bundled items recur) with generated names (new items), as for search.
const files = generateCorpusFiles(built.articles, { articles: IMPORT_SIZE + 2, seed: 7 });
const manifest = JSON.parse(files.pop()?.text ?? '{}') as Manifest;
const generated: UserSource[] = files.map((file, i) => ({
  ...(manifest[file.name.replace(/\.txt$/u, '')] as Manifest[string]),
  id: `yours-bench-${i}`,
  text: file.text,
}));
const [one, ...rest] = generated as [UserSource, ...UserSource[]];
const batch = rest.slice(0, IMPORT_SIZE);

async function timeAsync<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

// Applies a change as "Add this page" does (parse, index, catalogue, snapshot) and, given sources, stores it.
const store = await openUserSourceStore('bench');
const merged = MergedCorpus.fromBundled(bundled);
const change = (add: UserSource[], remove: string[] = [], commit = true) =>
  timeAsync(async () => {
    await merged.apply({ add: add.map(userArticle), remove });
    const json = JSON.stringify(merged.snapshot());
    if (commit) await store.commit({ put: add, snapshot: { bundledKey: 'bench', json } });
    return json;
  });

const add = await change([one]);
const imported = await change(batch);
const oneMore = await change([rest[IMPORT_SIZE] as UserSource], [], false);
const remove = await change([], ['yours-bench-1'], false);
const restart = timeOnce(() => MergedCorpus.fromSnapshot(bundled, JSON.parse(imported.result)).search());
const rebuild = timeOnce(() => MergedCorpus.rebuild(bundled, [one, ...batch].map(userArticle)));

const textBytes = [one, ...batch].reduce((sum, source) => sum + JSON.stringify(source).length, 0);
const lines = [
  `corpus: ${built.articles.length} bundled articles (${SEEDS}); generated articles of ~${kb(textBytes / (IMPORT_SIZE + 1))}`,
  `add one article (parse + index + catalogue + snapshot + IndexedDB commit): ${ms(add.ms)}`,
  `import ${IMPORT_SIZE} articles in one change (same steps): ${ms(imported.ms)}`,
  `add one more article on top of ${IMPORT_SIZE + 1} (without the commit): ${ms(oneMore.ms)}`,
  `remove one of ${IMPORT_SIZE + 2} (discard + vacuum + snapshot): ${ms(remove.ms)}`,
  `full rebuild of the same ${IMPORT_SIZE + 1} articles, for comparison: ${ms(rebuild.ms)}`,
  `worker restart: load the persisted snapshot into a searchable corpus: ${ms(restart.ms)}`,
  `storage after ${IMPORT_SIZE + 1} articles: sources ${kb(textBytes)} + merged index snapshot ${kb(imported.result.length)} (the bundled index alone: ${kb(built.indexJson.length)})`,
];
console.log(lines.join('\n'));
store.close();
