import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's package; `CHROMIUM_PATH` points elsewhere (never a Playwright download: they fail here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Chrome MV3 build made by `npx wxt build`. */
export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Without the networking switches Chromium keeps trying to reach update and
 * sync servers, which on a closed network only adds noise and delay.
 */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /**
   * Let Playwright close the browser and exit the process on Ctrl-C (its
   * default). A long-running caller that cleans up itself passes false.
   */
  handleSignals?: boolean;
  /** More Chromium switches, e.g. `--remote-debugging-port=0` for a second CDP client (tests/hardening). */
  args?: string[];
  /**
   * Turn on the profile's developer mode. Without it Chromium disables an extension loaded from
   * the command line as soon as it reloads itself (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
   */
  developerMode?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The throw-away profile (Chromium writes `DevToolsActivePort` there when asked for a debugging port). */
  profileDir: string;
  /** Closes the browser and removes its throw-away profile. */
  close: () => Promise<void>;
}

/** Chromium with the built extension loaded in a fresh profile; the id comes from its service worker. */
export async function launchChromiumWithExtension({
  extensionDir = CHROME_EXTENSION_DIR,
  headless = true,
  handleSignals = true,
  args = [],
  developerMode = false,
}: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`e2e: ${extensionDir}: no manifest.json; build the extension first (npx wxt build)`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e: ${CHROMIUM_PATH}: Chromium not found; install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  if (developerMode) {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_FLAGS,
      ...args,
    ],
  });
  const extensionId = await findExtensionId(context);
  return {
    context,
    extensionId,
    profileDir: profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The MV3 background is a service worker at `chrome-extension://<id>/background.js`. */
export async function findExtensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}
