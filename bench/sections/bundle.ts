import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, formatMs, markdownTable, methodLink } from '../support/markdown';
import { defineSection } from '../support/section';
import { checkTarget, targetsTable, type TargetRow } from '../support/targets';
import { compareGroups, groupFiles, type BundleFile, type FileGroup } from './bundle/group-files';
import { GZIP_LEVEL, measureBundle } from './bundle/measure-bundle';
import { BUNDLE_BROWSERS, zipExtension, type BundleBrowser } from './bundle/zip-extension';

/**
 * The bundle section: every file of the extension built and zipped for
 * Chrome MV3 and Firefox MV2, raw and gzipped, by the entrypoint that loads
 * it, and the zips (docs/bench.md#bundle).
 */

/** The content script runs in every page, so its gzipped JS has a budget (KiB, 1,024 B). */
export const CONTENT_GZIP_LIMIT_BYTES = 50 * 1024;

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

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

/**
 * Gzip bytes of the content script's JS: every file of `content` entry that is JS (CSS is reported
 * apart), the injected script and the engine it imports alike (classifyFiles).
 */
export function contentScriptGzipBytes(files: readonly BundleFile[]): number | null {
  const scripts = files.filter((file) => file.entry === 'content' && file.path.endsWith('.js'));
  return scripts.length === 0 ? null : scripts.reduce((sum, file) => sum + file.gzipBytes, 0);
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

/** Builds, zips and measures the extension for every browser; temporary folders are removed afterwards. */
export function runBundleBench(log: (message: string) => void = () => {}): BundleBenchResult {
  const outBaseDir = mkdtempSync(join(tmpdir(), 'parallax-bundle-'));
  try {
    const bundles = {} as Record<BundleBrowser, BrowserBundle>;
    for (const browser of BUNDLE_BROWSERS) {
      log(`building and zipping for ${BROWSER_LABELS[browser]}`);
      const zipped = zipExtension(REPO_ROOT, outBaseDir, browser);
      bundles[browser] = {
        zipFile: basename(zipped.zipPath),
        zipBytes: zipped.zipBytes,
        buildMs: zipped.ms,
        files: measureBundle(zipped.dir),
      };
    }
    return { ...bundles, gzipLevel: GZIP_LEVEL, targets: checkBundleTargets(bundles) };
  } finally {
    rmSync(outBaseDir, { recursive: true, force: true });
  }
}

const sum = (files: readonly BundleFile[], pick: (file: BundleFile) => number): number =>
  files.reduce((total, file) => total + pick(file), 0);

/** Cells for a size in each browser, `–` where that browser has no such file or group. */
function sizeCells(
  values: Record<BundleBrowser, { bytes: number; gzipBytes: number } | undefined>,
): string[] {
  return BUNDLE_BROWSERS.flatMap((browser) => {
    const value = values[browser];
    return value === undefined ? ['–', '–'] : [formatBytes(value.bytes), formatBytes(value.gzipBytes)];
  });
}

const sizeHeaders = BUNDLE_BROWSERS.flatMap((browser) => [
  `${BROWSER_LABELS[browser]} raw`,
  `${BROWSER_LABELS[browser]} gzip`,
]);

/** "16", or "16 / 17" when the browsers differ. */
function formatCounts(counts: readonly number[]): string {
  return counts.every((count) => count === counts[0]) ? String(counts[0]) : counts.join(' / ');
}

function groupRows(result: BundleBenchResult): string[][] {
  const groups = Object.fromEntries(
    BUNDLE_BROWSERS.map((browser) => [browser, groupFiles(result[browser].files)]),
  ) as Record<BundleBrowser, FileGroup[]>;
  const keys: { entry: string; kind: string }[] = [];
  for (const group of BUNDLE_BROWSERS.flatMap((browser) => groups[browser])) {
    if (!keys.some((key) => key.entry === group.entry && key.kind === group.kind)) keys.push(group);
  }
  const rows = keys.sort(compareGroups).map((key) => {
    const find = (browser: BundleBrowser): FileGroup | undefined =>
      groups[browser].find((group) => group.entry === key.entry && group.kind === key.kind);
    return [
      key.entry,
      key.kind,
      formatCounts(BUNDLE_BROWSERS.map((browser) => find(browser)?.files ?? 0)),
      ...sizeCells({ chrome: find('chrome'), firefox: find('firefox') }),
    ];
  });
  const totals = (browser: BundleBrowser): { bytes: number; gzipBytes: number } => ({
    bytes: sum(result[browser].files, (file) => file.bytes),
    gzipBytes: sum(result[browser].files, (file) => file.gzipBytes),
  });
  rows.push([
    '**total**',
    '',
    formatCounts(BUNDLE_BROWSERS.map((browser) => result[browser].files.length)),
    ...sizeCells({ chrome: totals('chrome'), firefox: totals('firefox') }),
  ]);
  return rows;
}

/** The section's Markdown: groups, files, zips, targets, then how it was measured. */
export function formatBundleReport(result: BundleBenchResult): string {
  const lines: string[] = [];
  lines.push('## Bundle', '');
  lines.push(
    `Built from the working tree for ${BUNDLE_BROWSERS.map((browser) => BROWSER_LABELS[browser]).join(' and ')}; decimal units (1 kB = 1,000 B) except the target (KiB) · ${methodLink('bundle')}`,
    '',
  );

  lines.push('### By entrypoint and shipped group', '');
  lines.push(
    markdownTable(['entry', 'type', 'files', ...sizeHeaders], groupRows(result), ['left', 'left']),
    '',
  );

  lines.push('### Zipped extension (what is uploaded to the store)', '');
  lines.push(
    markdownTable(
      ['browser', 'zip', 'files', 'raw', 'gzip, file by file', 'zip size', 'build + zip'],
      BUNDLE_BROWSERS.map((browser) => {
        const bundle = result[browser];
        return [
          BROWSER_LABELS[browser],
          `\`${bundle.zipFile}\``,
          String(bundle.files.length),
          formatBytes(sum(bundle.files, (file) => file.bytes)),
          formatBytes(sum(bundle.files, (file) => file.gzipBytes)),
          formatBytes(bundle.zipBytes),
          formatMs(bundle.buildMs),
        ];
      }),
      ['left', 'left'],
    ),
    '',
  );

  lines.push(targetsTable(result.targets));
  return lines.join('\n');
}

export const bundleSection = defineSection({
  name: 'bundle',
  summary:
    'size of each entrypoint and shipped asset, raw and gzip, and of the zip, for Chrome MV3 and Firefox MV2',
  // The same in --quick runs: a build is what it is.
  full: null,
  quick: null,
  measure: (_, log) => runBundleBench(log),
  format: (result) => formatBundleReport(result),
});
