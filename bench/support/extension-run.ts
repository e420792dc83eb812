import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchChromiumWithExtension } from '../../tests/support/browser/launch-chromium';
import { serveFixtures, type FixtureServer } from '../../tests/support/browser/serve';

/**
 * What the browser sections (content, hover) share around their
 * measurements: build the extension from the working tree, load a copy of
 * the build in headless Chromium (the harness), serve the pages on
 * 127.0.0.1 with every other request aborted, and clean up whatever
 * happens, Ctrl-C included.
 */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Lines of the build's output shown when it fails. */
const FAILURE_TAIL_LINES = 30;

export interface ExtensionRun {
  context: BrowserContext;
  extensionId: string;
  /** The copy of the build that is loaded. */
  extensionDir: string;
  /** e.g. "Chromium/156.0…", from CDP. */
  chromium: string;
  server: FixtureServer;
  /** The build's time; null when a built extension was given. */
  buildMs: number | null;
  /** A throw-away folder for generated pages, removed at the end. */
  tempDir: string;
}

/** `npx wxt build` in the repository, once per section, so it measures the code as it is now. */
export function buildExtension(): { dir: string; ms: number } {
  const started = performance.now();
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
    throw new Error(
      `bench: npx wxt build failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-FAILURE_TAIL_LINES).join('\n')}`,
    );
  }
  return { dir: join(REPO_ROOT, '.output/chrome-mv3'), ms };
}

/**
 * Runs `measure` in a fresh browser with the extension; `mounts` gives the
 * server's folders (it may write pages into `tempDir` first).
 */
export async function withExtensionRun<T>(
  options: {
    mounts: (tempDir: string) => Record<string, string>;
    extensionDir?: string;
    log: (message: string) => void;
  },
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
    let extensionDir = options.extensionDir;
    let buildMs: number | null = null;
    if (extensionDir === undefined) {
      options.log('building the extension (npx wxt build)…');
      const build = buildExtension();
      // A copy: another build (a test run, the bundle section) may replace .output meanwhile.
      extensionDir = join(tempDir, 'extension');
      cpSync(build.dir, extensionDir, { recursive: true });
      buildMs = build.ms;
      options.log(`built in ${(build.ms / 1000).toFixed(1)} s`);
    }
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
    return await measure({ context, extensionId, extensionDir, chromium, server, buildMs, tempDir });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
