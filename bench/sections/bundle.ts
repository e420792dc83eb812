import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, formatMs, markdownTable } from '../support/markdown';
import {
  checkTarget,
  type BenchSection,
  type SectionContext,
  type SectionReport,
  type TargetResult,
} from '../support/section';
import { compareGroups, groupFiles, type BundleFile, type FileGroup } from './bundle/group-files';
import { measureBundle } from './bundle/measure-bundle';
import { GZIP_LEVEL } from './bundle/measure-files';
import { stripContentHash } from './bundle/strip-content-hash';
import { BUNDLE_BROWSERS, zipExtension, type BundleBrowser } from './bundle/zip-extension';

/**
 * The bundle section: what the extension weighs. Builds and zips it for
 * Chrome (MV3) and Firefox (MV2) with WXT into a temporary folder, then
 * measures every file raw and gzipped, grouped by the entrypoint that loads
 * it (background, content script, popup) and by shipped data (corpus,
 * icons), and the zip that would be uploaded to each store.
 */

/**
 * The content script is injected into every page the user opens, so its
 * download and parse cost is paid everywhere: 50 KiB gzipped (50 × 1024 =
 * 51,200 bytes) of JS, from the project's performance budget.
 */
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
  targets: TargetResult[];
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
): TargetResult[] {
  return BUNDLE_BROWSERS.map((browser) =>
    checkTarget(
      `content-gzip-${browser}`,
      `${BROWSER_LABELS[browser]} content script JS (injected script + engine), gzip`,
      CONTENT_GZIP_LIMIT_BYTES,
      contentScriptGzipBytes(bundles[browser].files),
      'bytes',
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

/** "50 KiB (51,200 B)": the target's own unit, with the exact count beside it. */
function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB (${bytes.toLocaleString('en-US')} B)`;
}

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

function fileRows(result: BundleBenchResult): string[][] {
  const byPath = new Map<string, Partial<Record<BundleBrowser, BundleFile>>>();
  for (const browser of BUNDLE_BROWSERS) {
    for (const file of result[browser].files) {
      const key = stripContentHash(file.path);
      byPath.set(key, { ...byPath.get(key), [browser]: file });
    }
  }
  return [...byPath.entries()].map(([path, files]) => {
    const entries = [...new Set(BUNDLE_BROWSERS.flatMap((browser) => files[browser]?.entry ?? []))];
    return [path, entries.join(' / '), ...sizeCells({ chrome: files.chrome, firefox: files.firefox })];
  });
}

/** The section's Markdown: groups, files, zips, targets, then how it was measured. */
export function formatBundleReport(result: BundleBenchResult): string {
  const lines: string[] = [];
  lines.push('## Bundle', '');
  lines.push(
    `What the extension weighs, built from the working tree for ${BUNDLE_BROWSERS.map((browser) => BROWSER_LABELS[browser]).join(' and ')}. Sizes in decimal units (1 kB = 1,000 B) except the target, which is in KiB (1,024 B).`,
    '',
  );

  lines.push('### By entrypoint and shipped group', '');
  lines.push(
    markdownTable(['entry', 'type', 'files', ...sizeHeaders], groupRows(result), ['left', 'left']),
    '',
  );

  lines.push('### Files', '');
  lines.push(markdownTable(['file', 'entry', ...sizeHeaders], fileRows(result), ['left', 'left']), '');

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

  lines.push('### Targets', '');
  lines.push(
    markdownTable(
      ['target', 'limit', 'measured', 'result'],
      result.targets.map((target) => [
        target.description,
        `≤ ${formatKiB(target.limit)}`,
        target.value === null ? '–' : formatKiB(target.value),
        target.status === 'pass' ? 'pass' : target.status === 'miss' ? '**miss**' : 'not run',
      ]),
    ),
    '',
  );

  lines.push(
    "- **Build**: WXT's own `zip()` (what `wxt zip -b <browser>` runs: a production build with the project's wxt.config.ts, corpus from the seeds, then the zip of the build folder), called through WXT's JS API in a child process so that the output lands in a temporary folder instead of `.output/`. No sources zip (a separate upload for Firefox's reviewers). The same in `--quick` runs.",
    '- **Entry**: from the built manifest (background scripts, `content_scripts` JS and CSS with the web-accessible scripts they import, icons) and the HTML pages (named by their file: `popup.html` → popup); the chunks and stylesheets a page or script loads are followed through its `<script src>`, `<link href>` and relative `import`s, and a file loaded by several entrypoints is **shared**. `corpus` is what the build adds from the seeds (the search index, catalogue, sources, signatures).',
    `- **Sizes**: bytes on disk; gzip is each file compressed alone with \`node:zlib\` \`gzipSync\` at level ${result.gzipLevel} (header included), so the groups' gzip is a sum of per-file sizes, which is what each costs when fetched on its own. PNGs are already compressed and barely shrink. **Zip size** is the real file WXT writes (each file deflated at WXT's default level 9, plus the zip directory), the download from the store; browsers unpack it on install, so at run time the raw sizes are what is read and parsed.`,
    `- **Target**: the content script's JS (every \`content_scripts[].js\` file and the web-accessible scripts it imports, the engine, summed) gzipped ≤ ${formatKiB(CONTENT_GZIP_LIMIT_BYTES)}: it runs in every page, so its cost is paid everywhere. Its CSS is listed apart. Paths in the files table have Vite's content hash replaced by \`[hash]\` so that a chunk lines up across browsers; the JSON keeps the real paths.`,
  );
  return lines.join('\n');
}

export function runBundleSection(context: SectionContext): SectionReport {
  const result = runBundleBench(context.log);
  return { json: { ...result }, markdown: formatBundleReport(result), files: [] };
}

export const bundleSection: BenchSection = {
  name: 'bundle',
  summary:
    'size of each entrypoint and shipped asset, raw and gzip, and of the zip, for Chrome MV3 and Firefox MV2',
  run: (context) => Promise.resolve(runBundleSection(context)),
};
