import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/** Debian's package; `FIREFOX_PATH` points elsewhere. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox MV2 build made by `npx wxt build -b firefox` (MV3 Firefox makes host access opt-in). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/**
 * Firefox gives each add-on a random moz-extension:// UUID per profile; this
 * pref pins it, so the tests know the popup's address in advance.
 */
export const EXTENSION_UUID = '5c1e7a2d-0f3b-4c8e-9a61-7d2b4e9f0c13';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  origin: string;
}

/** Firefox ESR over WebDriver BiDi (no geckodriver), headless, with `prefs` in its profile and no add-on. */
export function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `e2e-firefox: ${FIREFOX_PATH}: Firefox not found; install it (apt-get install -y firefox-esr) or set FIREFOX_PATH`,
    );
  }
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: FIREFOX_PATH,
    // Lets BiDi open moz-extension:// pages in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
}

/** Firefox ESR with the add-on installed temporarily. */
export async function launchFirefoxWithExtension(
  extensionDir = FIREFOX_EXTENSION_DIR,
  /** Where downloads go, without asking (by default Firefox's own folder). */
  downloadDir?: string,
  /** More prefs for this profile (e.g. a recording proxy's). */
  prefs: Record<string, unknown> = {},
): Promise<FirefoxWithExtension> {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `e2e-firefox: ${extensionDir}: no manifest.json; build it first (npx wxt build -b firefox)`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId)
    throw new Error(`e2e-firefox: ${manifestPath}: browser_specific_settings.gecko.id is missing`);

  const browser = await launchFirefox({
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    ...(downloadDir
      ? {
          'browser.download.folderList': 2,
          'browser.download.dir': downloadDir,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
        }
      : {}),
    ...prefs,
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, origin: `moz-extension://${EXTENSION_UUID}/` };
}

/** Opens one of the extension's pages (e.g. `popup.html`) in a new tab and waits for `readySelector`. */
export async function openExtensionPage(
  { browser, origin }: FirefoxWithExtension,
  path: string,
  readySelector: string,
): Promise<Page> {
  const page = await browser.newPage();
  // Firefox sends no BiDi load events for moz-extension:// pages, so waiting for "load" would run
  // into the timeout although the page is there; "networkidle0" (500 ms without requests) returns
  // once it has loaded. Should the wait still time out, the page's own element below says whether it loaded.
  await page
    .goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: HANG_GUARD_MS })
    .catch(() => undefined);
  await page.waitForSelector(readySelector, { timeout: HANG_GUARD_MS });
  return page;
}
