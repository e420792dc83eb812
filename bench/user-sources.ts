/**
 * What the reader's own sources cost: adding one article (incremental index
 * and catalogue update, then the snapshot that is persisted), importing 200
 * generated articles in one change, and the storage they take (the sources
 * plus the persisted merged index). Run: `npm run bench:user-sources`.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { readCorpusBundle } from '../lib/node';
import {
  MergedCorpus,
  openUserSourceStore,
  userArticle,
  type BundledParts,
  type UserSource,
} from '../lib/user-sources';

const IMPORT_SIZE = 200;
const SEEDS = process.env.PARALLAX_CORPUS ?? 'seeds';

const built = readCorpusBundle(SEEDS);
const bundled: BundledParts = {
  index: JSON.parse(built.indexJson),
  sources: built.sources,
  catalogue: built.catalogue,
  signatures: built.signatures,
};

// Generated articles: seed sentences reshuffled (so bundled items recur) plus made-up names (new items).
const sentences = built.articles.flatMap((article) =>
  article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
);
const NAMES = [
  'Ana Ruiz',
  'Port Varnal',
  'Kemal Arslan',
  'Northern Grain Board',
  'Lisa Marsh',
  'Tarn Valley',
];
let seed = 7;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
function generated(i: number): UserSource {
  const paragraphs = Array.from({ length: 8 }, () =>
    Array.from({ length: 4 }, () => {
      const sentence = sentences[Math.floor(random() * sentences.length)] ?? '';
      return random() < 0.3 ? `${NAMES[Math.floor(random() * NAMES.length)]} said ${sentence}` : sentence;
    }).join(' '),
  );
  return {
    id: `yours-bench-${i}`,
    outlet: `Outlet ${i % 17}`,
    title: `Generated article ${i}`,
    author: null,
    published: '2025-08-07',
    url: `https://example.org/article/${i}`,
    text: [`Generated article ${i}`, ...paragraphs].join('\n\n'),
  };
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}
async function timeAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

// One article added to the bundled corpus, as "Add this page" does (parse, index, catalogue, snapshot, store).
const store = await openUserSourceStore('bench');
const one = generated(0);
const merged = MergedCorpus.fromBundled(bundled);
const add = await timeAsync(async () => {
  await merged.apply({ add: [userArticle(one)] });
  const json = JSON.stringify(merged.snapshot());
  await store.commit({ put: [one], snapshot: { bundledKey: 'bench', json } });
  return json;
});

// 200 articles imported in one change onto that.
const batch = Array.from({ length: IMPORT_SIZE }, (_, i) => generated(i + 1));
const imported = await timeAsync(async () => {
  await merged.apply({ add: batch.map(userArticle) });
  const json = JSON.stringify(merged.snapshot());
  await store.commit({ put: batch, snapshot: { bundledKey: 'bench', json } });
  return json;
});
const oneMore = await timeAsync(async () => {
  await merged.apply({ add: [userArticle(generated(IMPORT_SIZE + 1))] });
  return JSON.stringify(merged.snapshot());
});
const remove = await timeAsync(async () => {
  await merged.apply({ remove: ['yours-bench-1'] });
  return JSON.stringify(merged.snapshot());
});
const restart = time(() => MergedCorpus.fromSnapshot(bundled, JSON.parse(imported.value)).search());
const rebuild = time(() => MergedCorpus.rebuild(bundled, [one, ...batch].map(userArticle)));

const textBytes = [one, ...batch].reduce((sum, source) => sum + JSON.stringify(source).length, 0);
const lines = [
  `corpus: ${built.articles.length} bundled articles (${SEEDS}); generated articles of ~${kb(JSON.stringify(one).length)}`,
  `add one article (parse + index + catalogue + snapshot + IndexedDB commit): ${ms(add.ms)}`,
  `import ${IMPORT_SIZE} articles in one change (same steps): ${ms(imported.ms)}`,
  `add one more article on top of ${IMPORT_SIZE + 1} (without the commit): ${ms(oneMore.ms)}`,
  `remove one of ${IMPORT_SIZE + 2} (discard + vacuum + snapshot): ${ms(remove.ms)}`,
  `full rebuild of the same ${IMPORT_SIZE + 1} articles, for comparison: ${ms(rebuild.ms)}`,
  `worker restart: load the persisted snapshot into a searchable corpus: ${ms(restart.ms)}`,
  `storage after ${IMPORT_SIZE + 1} articles: sources ${kb(textBytes)} + merged index snapshot ${kb(imported.value.length)} (the bundled index alone: ${kb(built.indexJson.length)})`,
];
console.log(lines.join('\n'));
store.close();
