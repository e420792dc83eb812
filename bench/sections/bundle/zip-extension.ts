import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Lines of WXT's output shown when the build fails. */
const FAILURE_TAIL_LINES = 30;

/** The browsers the bundle section builds for, each with WXT's default manifest version. */
export const BUNDLE_BROWSERS = ['chrome', 'firefox'] as const;
export type BundleBrowser = (typeof BUNDLE_BROWSERS)[number];

/** WXT's default output folders (`{{browser}}-mv{{manifestVersion}}`). */
const BUILD_DIRS: Record<BundleBrowser, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

/**
 * Runs WXT's own `zip()` (what `wxt zip -b <browser>` runs: a production
 * build, then the zip of its folder) through the JS API in a child process,
 * because the CLI has no option for the output folder and `.output/` is in
 * use by the e2e tests. The child keeps WXT's log off the report's stdout.
 * No sources zip: that is a separate upload for Firefox's reviewers, not
 * part of the extension.
 */
const ZIP_SCRIPT = `import { zip } from 'wxt';
const [zipPath] = await zip(JSON.parse(process.argv[1]));
process.stdout.write('\\nzip: ' + zipPath + '\\n');`;

export interface ZippedExtension {
  /** The unpacked build. */
  dir: string;
  zipPath: string;
  zipBytes: number;
  /** Build plus zip, wall clock. */
  ms: number;
}

/**
 * Builds and zips the extension for `browser` with the project's own
 * wxt.config.ts into `outBaseDir` (a folder of the caller's, never
 * `.output/`).
 */
export function zipExtension(repoRoot: string, outBaseDir: string, browser: BundleBrowser): ZippedExtension {
  const config = { root: repoRoot, outDir: outBaseDir, browser, zip: { zipSources: false } };
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '--eval', ZIP_SCRIPT, JSON.stringify(config)],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const ms = performance.now() - started;
  const zipPath = /^zip: (.+)$/mu.exec(result.stdout ?? '')?.[1];
  if (result.error || result.status !== 0 || zipPath === undefined) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
    throw new Error(
      `bench: bundle: wxt zip -b ${browser} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-FAILURE_TAIL_LINES).join('\n')}`,
    );
  }
  return { dir: join(outBaseDir, BUILD_DIRS[browser]), zipPath, zipBytes: statSync(zipPath).size, ms };
}
