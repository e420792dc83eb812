import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../tests/support/browser/launch-chromium';
import { spawnChecked } from '../support/extension-run';
import { formatBytes, formatMs, formatRatio, markdownTable } from '../support/markdown';
import { REPO_ROOT } from '../support/paths';
import { defineSection } from '../support/section';

/**
 * The export section: the options page's peak JS heap while it exports the
 * reader's sources, streamed (pages pulled by cursor into a Blob of Blobs,
 * lib/ui/options/stream-export.ts, bundled into the page by esbuild) beside the one-string export it replaced
 * (message user-sources-export: the whole file as one string). The sources
 * are written straight into the extension's IndexedDB (both exports read
 * only the stored sources), in Chromium with the built extension.
 */

/** Characters of generated text per article: a typical news report's length. */
const ARTICLE_CHARS = 4000;
/** Sources per IndexedDB transaction while filling the store. */
const FILL_BATCH = 1000;
/** Heap sampling period in the page (ms): the streamed export yields between pages, so it is seen. */
const SAMPLE_MS = 5;

interface ExportRun {
  /** Sampled peak of the used JS heap above its level before (garbage not yet collected included). */
  peakHeapBytes: number;
  /** Used JS heap above that level after a full collection, the file still held: what the export keeps. */
  retainedHeapBytes: number;
  ms: number;
  fileBytes: number;
}

/** An export that could not finish: the error's first line (the one-string answer outgrows one message). */
interface FailedRun {
  error: string;
}

export interface ExportSize {
  sources: number;
  oneString: ExportRun | FailedRun;
  streamed: ExportRun | FailedRun;
  /** One-string peak over streamed peak; null when either failed. */
  heapRatio: number | null;
}

export interface ExportBenchResult {
  articleChars: number;
  sizes: ExportSize[];
}

/** tsx names the functions it compiles with a helper the page does not have; the page gets a stand-in. */
const NAME_HELPER = 'globalThis.__name = (fn) => fn;';

/** Generated articles straight into the sources store (opened by the background first, at its version). */
async function fill(page: Page, count: number): Promise<void> {
  await page.evaluate(NAME_HELPER);
  await page.evaluate(
    async ({ count, chars, batch }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('parallax-user-sources');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('bench: open failed'));
      });
      const words = [
        'harbour',
        'ship',
        'quay',
        'minister',
        'talks',
        'grain',
        'port',
        'strike',
        'envoy',
        'tariff',
      ];
      let seed = 7;
      const next = (): number => (seed = (seed * 48271) % 2147483647);
      for (let start = 0; start < count; start += batch) {
        const tx = db.transaction('sources', 'readwrite');
        const store = tx.objectStore('sources');
        for (let i = start; i < Math.min(count, start + batch); i++) {
          let text = `Report ${i}.`;
          while (text.length < chars) text += ` ${words[next() % words.length]} ${next() % 1000}`;
          store.put({
            id: `yours-bench-${String(i).padStart(6, '0')}`,
            outlet: `Outlet ${i % 40}`,
            title: `Report ${i}`,
            author: null,
            published: '2025-08-06',
            url: `https://outlet.example/${i}`,
            text,
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('bench: fill failed'));
        });
      }
      db.close();
    },
    { count, chars: ARTICLE_CHARS, batch: FILL_BATCH },
  );
}

/** Starts the page's heap sampler after a full collection; `stopSampler` answers the peak above that baseline. */
async function startSampler(page: Page): Promise<void> {
  await page.evaluate(NAME_HELPER);
  await page.evaluate((period) => {
    const scope = globalThis as unknown as {
      gc: () => void;
      performance: { memory: { usedJSHeapSize: number } };
      sampler: { base: number; peak: number; timer: ReturnType<typeof setInterval>; sample: () => void };
    };
    scope.gc();
    const used = (): number => scope.performance.memory.usedJSHeapSize;
    const sampler = {
      base: used(),
      peak: used(),
      timer: setInterval(() => sampler.sample(), period),
      sample: () => {
        sampler.peak = Math.max(sampler.peak, used());
      },
    };
    scope.sampler = sampler;
  }, SAMPLE_MS);
}

async function stopSampler(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { sampler } = globalThis as unknown as {
      sampler: { base: number; peak: number; timer: ReturnType<typeof setInterval>; sample: () => void };
    };
    sampler.sample();
    clearInterval(sampler.timer);
    return sampler.peak - sampler.base;
  });
}

/** Runs one of the probe's exports with the heap sampler around it. */
async function run(page: Page, which: 'oneString' | 'streamed'): Promise<ExportRun> {
  await startSampler(page);
  const { ms, fileBytes } = await page.evaluate(async (name) => {
    const scope = globalThis as unknown as {
      exportProbe: Record<typeof name, () => Promise<number>>;
      sampler: { sample: () => void };
    };
    const started = performance.now();
    const size = await scope.exportProbe[name]();
    scope.sampler.sample();
    return { ms: performance.now() - started, fileBytes: size };
  }, which);
  const peakHeapBytes = await stopSampler(page);
  const retainedHeapBytes = await page.evaluate(() => {
    const scope = globalThis as unknown as {
      gc: () => void;
      performance: { memory: { usedJSHeapSize: number } };
      sampler: { base: number };
      exportProbe: { release: () => void };
    };
    scope.gc();
    const retained = scope.performance.memory.usedJSHeapSize - scope.sampler.base;
    scope.exportProbe.release();
    return retained;
  });
  return { peakHeapBytes, retainedHeapBytes, ms, fileBytes };
}

function bundleProbe(): string {
  const out = join(REPO_ROOT, '.cache/export-probe.js');
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  spawnChecked('bundling the export probe', 'npx', [
    'esbuild',
    'bench/sections/export/export-probe.ts',
    '--bundle',
    '--format=iife',
    `--outfile=${out}`,
  ]);
  return readFileSync(out, 'utf8');
}

/** `run`, with a failure recorded instead of thrown (the sampler stopped either way). */
async function runOrFail(page: Page, which: 'oneString' | 'streamed'): Promise<ExportRun | FailedRun> {
  try {
    return await run(page, which);
  } catch (error) {
    await stopSampler(page);
    return { error: (error as Error).message.split('\n')[0] ?? 'unknown error' };
  }
}

const isRun = (result: ExportRun | FailedRun): result is ExportRun => !('error' in result);

export const exportSection = defineSection<{ sizes: number[] }, ExportBenchResult>({
  name: 'export',
  // 20,000 sources of 4,000 characters is past what one message carries (64 MiB in Chromium).
  full: { sizes: [10_000, 20_000] },
  quick: { sizes: [2_000] },
  async measure({ sizes }, log) {
    log('building the extension (npx wxt build)…');
    spawnChecked('npx wxt build', 'npx', ['wxt', 'build']);
    const browser = await launchChromiumWithExtension({
      handleSignals: false,
      args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      // The background opens (and upgrades) the database before the page writes into it.
      await page.locator('ul.options-bundled > li').first().waitFor();
      await page.evaluate(bundleProbe());
      const results: ExportSize[] = [];
      // Each size fills the store up to it (the ids of a smaller size are written again, unchanged).
      for (const sources of sizes) {
        log(`filling the store with ${sources} generated sources…`);
        await fill(page, sources);
        log('one-string export…');
        const oneString = await runOrFail(page, 'oneString');
        log('streamed export…');
        const streamed = await runOrFail(page, 'streamed');
        const heapRatio =
          isRun(oneString) && isRun(streamed)
            ? oneString.peakHeapBytes / Math.max(1, streamed.peakHeapBytes)
            : null;
        results.push({ sources, oneString, streamed, heapRatio });
      }
      return { articleChars: ARTICLE_CHARS, sizes: results };
    } finally {
      await browser.close();
    }
  },
  format(result) {
    const row = (sources: number, name: string, run: ExportRun | FailedRun): string[] =>
      isRun(run)
        ? [
            sources.toLocaleString('en'),
            name,
            formatBytes(run.peakHeapBytes),
            formatBytes(run.retainedHeapBytes),
            formatMs(run.ms),
            formatBytes(run.fileBytes),
          ]
        : [sources.toLocaleString('en'), name, `failed: ${run.error}`, '–', '–', '–'];
    return [
      `## Export (sources of ${result.articleChars.toLocaleString('en')} characters)`,
      '',
      markdownTable(
        ['sources', 'export', 'options page peak JS heap', 'held after GC', 'time', 'file'],
        result.sizes.flatMap((size) => [
          row(size.sources, 'one string (before)', size.oneString),
          row(size.sources, 'streamed (pages by cursor, Blob of Blobs)', size.streamed),
        ]),
      ),
      '',
      ...result.sizes.map(
        (size) =>
          `Peak heap ratio at ${size.sources.toLocaleString('en')}, one string over streamed: ${
            size.heapRatio === null ? '– (one failed)' : formatRatio(size.heapRatio)
          }.`,
      ),
    ].join('\n');
  },
});
