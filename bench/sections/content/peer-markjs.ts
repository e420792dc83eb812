import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { firstLine } from '../../support/extension-run';
import type { ContentBenchConfig } from '../content';

/**
 * The peer (docs/bench.md#content): mark.js on a fresh load of each page with
 * Parallax switched off, given every alias the floor looks for; it wraps each
 * match in a `<mark>` element, which is what Parallax avoids.
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

type PeerConfig = Pick<ContentBenchConfig, 'markjsLoads' | 'markjsCapMs' | 'markTimeoutMs'>;

/** One load of `url` in a fresh tab, then mark.js over it for `markjsCapMs` at most; or why it failed. */
async function measureMarkjs(
  context: BrowserContext,
  url: string,
  script: { installer: string; run: string },
  config: PeerConfig,
): Promise<PeerRun | string> {
  const page = await context.newPage();
  let timer: NodeJS.Timeout | undefined;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: config.markTimeoutMs });
    await page.evaluate(script.installer);
    const capped = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), config.markjsCapMs);
    });
    const marked = await Promise.race([page.evaluate<{ ms: number; matches: number }>(script.run), capped]);
    if (marked === null) return { ms: null, matches: null };
    if (marked.matches < 0) return 'mark.js did not call done';
    return marked;
  } catch (error) {
    return firstLine(error);
  } finally {
    clearTimeout(timer);
    // A page still busy in mark.js past the cap is closed with it.
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

/** mark.js on every page, `config.markjsLoads` rounds with the page order rotated (as for Parallax). */
export async function measurePeers(
  context: BrowserContext,
  urls: readonly string[],
  aliases: readonly string[],
  config: PeerConfig,
  log: (message: string) => void,
): Promise<{ runs: PeerRun[]; failures: string[] }[]> {
  const script = { installer: markjsInstaller(), run: markjsRun(aliases) };
  const results = urls.map(() => ({ runs: [] as PeerRun[], failures: [] as string[] }));
  for (let round = 0; round < config.markjsLoads; round++) {
    const started = performance.now();
    for (let i = 0; i < urls.length; i++) {
      const at = (round + i) % urls.length;
      const outcome = await measureMarkjs(context, urls[at] as string, script, config);
      if (typeof outcome === 'string') results[at]?.failures.push(outcome);
      else results[at]?.runs.push(outcome);
    }
    log(
      `mark.js round ${round + 1}/${config.markjsLoads}: ${urls.length} pages in ${Math.round(performance.now() - started)} ms`,
    );
  }
  return results;
}
