import { statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnChecked } from '../../support/extension-run';
import { REPO_ROOT } from '../../support/paths';

/** The browsers the bundle section builds for, each with WXT's default manifest version. */
export const BUNDLE_BROWSERS = ['chrome', 'firefox'] as const;
export type BundleBrowser = (typeof BUNDLE_BROWSERS)[number];

/** WXT's default output folders (`{{browser}}-mv{{manifestVersion}}`). */
const BUILD_DIRS: Record<BundleBrowser, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

/**
 * WXT's own `zip()` (what `wxt zip -b <browser>` runs) through its JS API in
 * a child process: the CLI has no option for the output folder, `.output/` is
 * the e2e tests', and the child keeps WXT's log off the report. No sources
 * zip: that is a separate upload for Firefox's reviewers.
 */
const ZIP_SCRIPT = `import { zip } from 'wxt';
const [zipPath] = await zip(JSON.parse(process.argv[1]));
process.stdout.write('\\nzip: ' + zipPath + '\\n');`;

/** Builds and zips the extension for `browser` into `outBaseDir` (never `.output/`); `ms`: build + zip. */
export function zipExtension(outBaseDir: string, browser: BundleBrowser) {
  const config = { root: REPO_ROOT, outDir: outBaseDir, browser, zip: { zipSources: false } };
  const what = `bundle: wxt zip -b ${browser}`;
  const args = ['--input-type=module', '--eval', ZIP_SCRIPT, JSON.stringify(config)];
  const { stdout, ms } = spawnChecked(what, process.execPath, args);
  const zipPath = /^zip: (.+)$/mu.exec(stdout)?.[1];
  if (zipPath === undefined) throw new Error(`bench: ${what} printed no zip path:\n${stdout}`);
  return { dir: join(outBaseDir, BUILD_DIRS[browser]), zipPath, zipBytes: statSync(zipPath).size, ms };
}
