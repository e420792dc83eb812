import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CATALOGUE_ASSET } from '../../lib/corpus-assets';
import { catalogueSchema, type Catalogue } from '../../lib/entities';
import { launchChromiumWithExtension } from '../../tests/support/browser/launch-chromium';
import { serveFixtures, type FixtureServer } from '../../tests/support/browser/serve';
import { REPO_ROOT } from './paths';

/**
 * What the browser sections (content, hover) share around their measurements
 * (docs/bench.md, "Timing in Chromium"); everything is cleaned up whatever
 * happens, Ctrl-C included.
 */

/** Lines of a failed build's output shown in the error. */
const FAILURE_TAIL_LINES = 30;

export interface ExtensionRun {
  context: BrowserContext;
  extensionId: string;
  /** The catalogue the build ships. */
  catalogue: Catalogue;
  /** e.g. "Chromium/156.0…", from CDP. */
  chromium: string;
  server: FixtureServer;
}

/** The first line of an error's message: a failed load or hover's reason. */
export function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0] ?? 'unknown error';
}

/** Runs a build step in the repository; on failure, throws with the tail of its output. */
export function spawnChecked(what: string, command: string, args: string[]): { stdout: string; ms: number } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
    throw new Error(
      `bench: ${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-FAILURE_TAIL_LINES).join('\n')}`,
    );
  }
  return { stdout: result.stdout, ms };
}

/**
 * Builds the extension (`npx wxt build`, so it measures the code as it is
 * now) and runs `measure` in a fresh browser with a copy of the build;
 * `mounts` gives the server's folders (it may write pages into `tempDir` first).
 */
export async function withExtensionRun<T>(
  options: { mounts: (tempDir: string) => Record<string, string>; log: (message: string) => void },
  measure: (run: ExtensionRun) => Promise<T>,
): Promise<T> {
  const tempDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const closers: (() => Promise<void>)[] = [];
  const cleanup = async (): Promise<void> => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
    rmSync(tempDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    options.log('building the extension (npx wxt build)…');
    const build = spawnChecked('npx wxt build', 'npx', ['wxt', 'build']);
    options.log(`built in ${(build.ms / 1000).toFixed(1)} s`);
    // A copy: another build (a test run, the bundle section) may replace .output meanwhile.
    const extensionDir = join(tempDir, 'extension');
    cpSync(join(REPO_ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
    const catalogueFile = join(extensionDir, CATALOGUE_ASSET);
    const catalogue = catalogueSchema.safeParse(JSON.parse(readFileSync(catalogueFile, 'utf8')));
    if (!catalogue.success)
      throw new Error(`bench: ${catalogueFile}: not a catalogue (${catalogue.error.message})`);
    const server = await serveFixtures(options.mounts(tempDir));
    closers.push(() => server.close());
    const browser = await launchChromiumWithExtension({ extensionDir, headless: true, handleSignals: false });
    closers.push(() => browser.close());
    const { context, extensionId } = browser;
    // Saved pages link to the open web; on a closed network each request would stall the load.
    await context.route(
      (url) => url.protocol.startsWith('http') && url.origin !== server.origin,
      (route) => route.abort(),
    );
    const tab = await context.newPage();
    const chromium = (await (await context.newCDPSession(tab)).send('Browser.getVersion')).product;
    await tab.close();
    options.log(`${chromium}, extension ${extensionId}`);
    return await measure({ context, extensionId, catalogue: catalogue.data, chromium, server });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
