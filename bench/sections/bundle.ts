import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { formatBytes, formatMs, markdownTable, methodLink } from '../support/markdown';
import { defineSection } from '../support/section';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import { GZIP_LEVEL, measureBundle, type BundleFile } from './bundle/measure-bundle';
import { BUNDLE_BROWSERS, zipExtension, type BundleBrowser } from './bundle/zip-extension';

/** The bundle section (docs/bench.md#bundle). */

/** The content script runs in every page, so its gzipped JS has a budget (KiB, 1,024 B). */
export const CONTENT_GZIP_LIMIT_BYTES = 50 * 1024;

const BROWSER_LABELS: Record<BundleBrowser, string> = { chrome: 'Chrome MV3', firefox: 'Firefox MV2' };

export interface BrowserBundle {
  /** The zip's file name (WXT's artifactTemplate). */
  zipFile: string;
  zipBytes: number;
  /** Build plus zip, one run (informational). */
  buildMs: number;
  files: BundleFile[];
}

export type BundleBenchResult = Record<BundleBrowser, BrowserBundle> & {
  gzipLevel: number;
  targets: TargetRow[];
};

/** Gzip bytes of the content entry's JS files (the injected script and the engine; CSS apart). */
export function contentScriptGzipBytes(files: readonly BundleFile[]): number | null {
  const scripts = files.filter((file) => file.entry === 'content' && file.path.endsWith('.js'));
  return scripts.length === 0 ? null : sum(scripts, (file) => file.gzipBytes);
}

export function checkBundleTargets(
  bundles: Record<BundleBrowser, Pick<BrowserBundle, 'files'>>,
): TargetRow[] {
  return BUNDLE_BROWSERS.map((browser) =>
    checkTarget(
      `${BROWSER_LABELS[browser]} content script JS (injected script + engine), gzip`,
      contentScriptGzipBytes(bundles[browser].files),
      CONTENT_GZIP_LIMIT_BYTES,
      'KiB',
    ),
  );
}

/** Builds, zips and measures the extension for every browser in a temporary folder. */
export function runBundleBench(log: (message: string) => void = () => {}): BundleBenchResult {
  const outBaseDir = mkdtempSync(join(tmpdir(), 'parallax-bundle-'));
  try {
    const bundles = {} as Record<BundleBrowser, BrowserBundle>;
    for (const browser of BUNDLE_BROWSERS) {
      log(`building and zipping for ${BROWSER_LABELS[browser]}`);
      const { dir, zipPath, zipBytes, ms } = zipExtension(outBaseDir, browser);
      bundles[browser] = { zipFile: basename(zipPath), zipBytes, buildMs: ms, files: measureBundle(dir) };
    }
    return { ...bundles, gzipLevel: GZIP_LEVEL, targets: checkBundleTargets(bundles) };
  } finally {
    rmSync(outBaseDir, { recursive: true, force: true });
  }
}

function sum(files: readonly BundleFile[], pick: (file: BundleFile) => number): number {
  return files.reduce((total, file) => total + pick(file), 0);
}

/** The section's Markdown: the zips and the targets. */
export function formatBundleReport(result: BundleBenchResult): string {
  const zips = markdownTable(
    ['browser', 'zip', 'files', 'raw', 'gzip, file by file', 'zip size', 'build + zip'],
    BUNDLE_BROWSERS.map((browser) => {
      const { zipFile, files, zipBytes, buildMs } = result[browser];
      return [
        BROWSER_LABELS[browser],
        `\`${zipFile}\``,
        String(files.length),
        formatBytes(sum(files, (file) => file.bytes)),
        formatBytes(sum(files, (file) => file.gzipBytes)),
        formatBytes(zipBytes),
        formatMs(buildMs),
      ];
    }),
    ['left', 'left'],
  );
  return `## Bundle

Built from the working tree for ${BUNDLE_BROWSERS.map((browser) => BROWSER_LABELS[browser]).join(' and ')}; decimal units (1 kB = 1,000 B) except the target (KiB) · ${methodLink('bundle')}

### Zipped extension (what is uploaded to the store)

${zips}

${targetsTable(result.targets)}`;
}

export const bundleSection = defineSection({
  name: 'bundle',
  // The same in --quick runs: a build is what it is.
  full: null,
  quick: null,
  measure: (_, log) => runBundleBench(log),
  format: (result) => formatBundleReport(result),
});
