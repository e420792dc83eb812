/**
 * What finding the reader's items costs, and where: per article of a real
 * corpus (BASIL, read from ../shared/corpora at run time), the old light path
 * (findNamedPhrases) and the build's extractor (findArticleItems) in Node,
 * the same extractor in the built extension's item worker in Chromium (round
 * trip from an extension page, as the offscreen document asks it), and the
 * background's share of "add one article" (MergedCorpus.apply) with the
 * worker's phrases handed in against the light path run inside it. Needs
 * `npx wxt build` first. Run: `npm run bench:item-worker`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Article } from '../lib/corpus';
import { findArticleItems } from '../lib/item-extraction/find-article-items';
import { readCorpusBundle, readCorpusDir } from '../lib/node';
import { corpusStoriesFile } from '../lib/stories';
import {
  findNamedPhrases,
  MergedCorpus,
  userArticle,
  type BundledParts,
  type UserSource,
} from '../lib/user-sources';
import { CHROME_EXTENSION_DIR, launchChromiumWithExtension } from '../tests/support/browser/launch-chromium';
import { sharedPath } from '../tests/helpers/shared-dir';
import { distribution, type Distribution } from './support/stats';

const CORPUS = process.env.PARALLAX_ITEM_CORPUS ?? sharedPath('corpora/basil');
/** Articles added one by one in the add-one comparison (each apply re-matches the whole merged corpus's touched passages). */
const ADDS = 60;

function asSource(article: Article): UserSource {
  return {
    id: `yours-${article.meta.id.toLowerCase().replace(/[^a-z0-9-]/gu, '-')}`.slice(0, 86),
    outlet: article.meta.outlet,
    title: article.meta.title,
    author: article.meta.author,
    published: article.meta.published,
    url: null,
    text: article.body,
  };
}

function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  return items.map((item) => {
    const start = performance.now();
    run(item);
    return performance.now() - start;
  });
}

const fmt = (d: Distribution): string => `p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

if (!existsSync(CORPUS))
  throw new Error(`bench: ${CORPUS}: no corpus (../shared/corpora/basil is read in place)`);
const articles = readCorpusDir(CORPUS, { onWarning: () => {} });
const sources = articles.map(asSource);
const parsed = sources.map(userArticle);

// Node, extraction only (the article already parsed); one untimed article first for lazy start-up.
findArticleItems(parsed[0] as Article);
findNamedPhrases(parsed[0] as Article);
const light = distribution(timeEach(parsed, findNamedPhrases));
const extractor = distribution(timeEach(parsed, findArticleItems));

// Chromium: the built item worker, asked from an extension page one article at a time.
const browser = await launchChromiumWithExtension();
let worker: { first: number; each: Distribution };
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // tsx names the functions it compiles with a helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const samples = await page.evaluate(async (all: UserSource[]) => {
    const started = new Worker(new URL('/item-worker.js', location.href));
    const ask = (id: number, source: UserSource) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        started.onmessage = (event: MessageEvent<{ id: number; error?: string }>) => {
          if (event.data.error) reject(new Error(event.data.error));
          else resolve(performance.now() - start);
        };
        started.postMessage({ id, source });
      });
    const times: number[] = [];
    for (const [id, source] of all.entries()) times.push(await ask(id, source));
    started.terminate();
    return times;
  }, sources);
  worker = { first: samples[0] as number, each: distribution(samples.slice(1)) };
} finally {
  await browser.close();
}

// The background's share of adding one article: apply() with the worker's phrases, or with the light path inside.
const built = readCorpusBundle(process.env.PARALLAX_CORPUS ?? 'seeds');
const bundled: BundledParts = {
  ...built,
  index: JSON.parse(built.indexJson) as BundledParts['index'],
  storiesJson: corpusStoriesFile(built.articles, built.catalogue),
};
async function addOneByOne(precompute: boolean): Promise<Distribution> {
  const merged = MergedCorpus.fromBundled(bundled);
  const times: number[] = [];
  for (const article of parsed.slice(0, ADDS)) {
    const phrases = precompute ? new Map([[article.meta.id, findArticleItems(article)]]) : undefined;
    const start = performance.now();
    await merged.apply({ add: [article] }, phrases);
    times.push(performance.now() - start);
  }
  return distribution(times);
}
const addLight = await addOneByOne(false);
const addWorker = await addOneByOne(true);

const size = (file: string) => {
  const bytes = readFileSync(`${CHROME_EXTENSION_DIR}/${file}`);
  return `${kib(bytes.length)} (gzip ${kib(gzipSync(bytes).length)})`;
};

console.log(
  [
    `corpus: ${articles.length} articles (${CORPUS})`,
    `extraction per article, Node — light path (findNamedPhrases): ${fmt(light)}`,
    `extraction per article, Node — build's extractor (findArticleItems): ${fmt(extractor)}`,
    `extraction per article, Chromium item worker (round trip): first ${worker.first.toFixed(0)} ms (compromise starts), then ${fmt(worker.each)}`,
    `background add one (apply, ${ADDS} articles one by one on the bundled corpus) — light path inside: ${fmt(addLight)}`,
    `background add one — worker's phrases handed in: ${fmt(addWorker)}`,
    `bundles: background.js ${size('background.js')}; item-worker.js ${size('item-worker.js')}`,
  ].join('\n'),
);
