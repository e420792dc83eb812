import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../../support/browser/launch-chromium';
import { originAndPath } from './attribute-requests';
import { recordNetwork } from './record-network';

/** Lets a second CDP client (the recorder) in beside Playwright's pipe. */
export const DEBUGGING_PORT_FLAG = '--remote-debugging-port=0';
/**
 * Saved real pages ask for dozens of remote scripts and images; with every
 * name failing at once (nothing here may reach the internet anyway) the pages
 * load in seconds instead of waiting on DNS. The requests are still made, and
 * still recorded: only their answers change.
 */
export const LOCAL_ONLY_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
/** A saved page that has not fired `load` by then is recorded as far as it got. */
const LOAD_TIMEOUT_MS = 45_000;
/** After `load` the browser still fetches the page's icons (initiator "other"): stay for them. */
const DWELL_MS = 1_500;

/**
 * What each page asks for by itself: the pages are loaded in a plain Chromium
 * without the extension, every request recorded by the same CDP recorder, and
 * the origins and paths returned.
 */
export async function pageOwnRequests(urls: readonly string[]): Promise<Set<string>> {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-plain-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_FLAGS, DEBUGGING_PORT_FLAG, LOCAL_ONLY_FLAG],
  });
  try {
    const recorder = await recordNetwork(profile);
    const page = await context.newPage();
    for (const url of urls) {
      await page.goto(url, { timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
      await page.waitForTimeout(DWELL_MS);
    }
    await recorder.close();
    return new Set(
      recorder.requests
        .filter((request) => /^https?:/.test(request.documentUrl))
        .map((request) => originAndPath(request.url)),
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
