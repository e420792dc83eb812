import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workspace's `../shared` folder beside the repository: saved real pages and corpora,
 * read where they are and never copied in. A clone elsewhere has none, so the tests
 * that read it skip themselves with `missingShared`'s reason, in every suite (Vitest
 * and Playwright alike: this module imports neither).
 */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url));

/** Absolute path of `relative` inside ../shared. */
export function sharedPath(relative: string): string {
  return join(SHARED_DIR, relative);
}

/** Why a test that reads `../shared/<relative>` is skipped here, or null when it is there. */
export function missingShared(relative: string): string | null {
  return existsSync(sharedPath(relative))
    ? null
    : `needs ../shared/${relative} (the workspace's saved pages and corpora, beside the repository, not in it)`;
}

/** The saved real pages: the folders of ../shared/pages with a `source.html`, sorted; none without ../shared. */
export function savedPageNames(): string[] {
  const pages = sharedPath('pages');
  if (!existsSync(pages)) return [];
  return readdirSync(pages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(pages, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Vitest options for a test that reads `../shared/<relative>`: skipped without it, the
 * reason in the test's meta, where `npm test` (scripts/test.ts) reads it from the report.
 */
export function unlessShared(relative: string): { skip: boolean; meta: { needsShared?: string } } {
  const missing = missingShared(relative);
  return missing === null ? { skip: false, meta: {} } : { skip: true, meta: { needsShared: missing } };
}
