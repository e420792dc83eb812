import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/** How often the folder is looked at. */
const POLL_MS = 100;

/**
 * The name of the first finished download in `dir` ending in `extension`. Firefox creates the
 * file empty and writes a `.part` file beside it until the download is complete.
 */
export async function waitForDownload(dir: string, extension: string): Promise<string> {
  const started = Date.now();
  for (;;) {
    const names = readdirSync(dir);
    const done = names.find((name) => name.endsWith(extension));
    // Firefox may rename the file between the listing and the stat: a name gone by then is not done.
    if (
      done &&
      !names.some((name) => name.endsWith('.part')) &&
      (statSync(join(dir, done), { throwIfNoEntry: false })?.size ?? 0) > 0
    )
      return done;
    if (Date.now() - started > HANG_GUARD_MS)
      throw new Error(`e2e-firefox: no ${extension} download in ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
