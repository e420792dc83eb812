import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The peer: mark.js, the library a page script would use to highlight the
 * same names, run on a fresh load of the same page with Parallax switched
 * off, given every alias the floor looks for. It wraps each match in a
 * `<mark>` element, which is what Parallax avoids.
 */

const MARKJS_PATH = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/**
 * mark.js as a function body that defines `window.__parallaxPeerMark`: its
 * UMD wrapper would hand itself to a page's AMD loader (`define.amd`), so
 * `define`, `module` and `exports` are shadowed to make it take the global branch.
 */
export function markjsInstaller(source = readFileSync(MARKJS_PATH, 'utf8')): string {
  return `(function () { var define, module, exports; ${source}\n; window.__parallaxPeerMark = this.Mark; }).call(window);`;
}

export interface PeerRun {
  /** mark.js's time for the whole page, or null when it ran past the cap. */
  ms: number | null;
  matches: number | null;
}

export type PeerOutcome = { ok: true; run: PeerRun } | { ok: false; reason: string };

/**
 * In the page: marks every alias with mark.js as its documentation shows
 * for a list of names (whole phrases, whole words, any case), timed, as an
 * expression. A string, not a function: tsx names the callback inside
 * (`__name`), which the page does not have. mark.js calls `done` before
 * `mark` returns when it has no iframes to wait for.
 */
function markjsRun(aliases: readonly string[]): string {
  return `(() => {
    let matches = -1;
    const started = performance.now();
    new window.__parallaxPeerMark(document.body || document.documentElement).mark(${JSON.stringify(aliases)}, {
      separateWordSearch: false,
      diacritics: true,
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '’', '“', '”'] },
      done: (count) => { matches = count; },
    });
    return { ms: performance.now() - started, matches };
  })()`;
}

async function closeQuietly(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}

/** One load of `url` in a fresh tab, then mark.js over the page, given `capMs` at most. */
export async function measureMarkjs(
  context: BrowserContext,
  options: {
    url: string;
    aliases: readonly string[];
    capMs: number;
    installer: string;
    loadTimeoutMs: number;
  },
): Promise<PeerOutcome> {
  const page = await context.newPage();
  try {
    await page.goto(options.url, { waitUntil: 'load', timeout: options.loadTimeoutMs });
    await page.evaluate(options.installer);
    let timer: NodeJS.Timeout | undefined;
    const capped = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), options.capMs);
    });
    const marked = await Promise.race([
      page.evaluate<{ ms: number; matches: number }>(markjsRun(options.aliases)),
      capped,
    ]);
    clearTimeout(timer);
    if (marked === null) return { ok: true, run: { ms: null, matches: null } };
    if (marked.matches < 0) return { ok: false, reason: 'mark.js did not call done' };
    return { ok: true, run: { ms: marked.ms, matches: marked.matches } };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] ?? 'unknown error' };
  } finally {
    // A page still busy in mark.js past the cap is closed with it.
    await closeQuietly(page);
  }
}

export interface PeerConfig {
  loads: number;
  capMs: number;
  loadTimeoutMs: number;
}

/** mark.js on every page, `config.loads` rounds with the page order rotated (as for Parallax). */
export async function measurePeers(
  context: BrowserContext,
  urls: readonly string[],
  aliases: readonly string[],
  config: PeerConfig,
  log: (message: string) => void,
): Promise<{ runs: PeerRun[]; failures: string[] }[]> {
  const installer = markjsInstaller();
  const results = urls.map(() => ({ runs: [] as PeerRun[], failures: [] as string[] }));
  for (let round = 0; round < config.loads; round++) {
    const started = performance.now();
    for (let i = 0; i < urls.length; i++) {
      const at = (round + i) % urls.length;
      const outcome = await measureMarkjs(context, {
        url: urls[at] as string,
        aliases,
        capMs: config.capMs,
        installer,
        loadTimeoutMs: config.loadTimeoutMs,
      });
      const result = results[at] as { runs: PeerRun[]; failures: string[] };
      if (outcome.ok) result.runs.push(outcome.run);
      else result.failures.push(outcome.reason);
    }
    log(
      `mark.js round ${round + 1}/${config.loads}: ${urls.length} pages in ${Math.round(performance.now() - started)} ms`,
    );
  }
  return results;
}
