import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Index } from 'flexsearch';
import type { Passage } from '../../../lib/search';

/**
 * The peer: FlexSearch on the same passages, set up as close to Parallax's
 * search as it goes (docs/bench.md#search); its results are mapped back to
 * passages, so both return renderable data.
 */

/** The installed version, for the report (the package does not export its package.json). */
export const FLEXSEARCH_VERSION = ((): string => {
  const entry = createRequire(import.meta.url).resolve('flexsearch');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
})();

export function createFlexSearchPeer(
  passages: readonly Passage[],
): (query: string, limit: number) => Passage[] {
  const index = new Index({ tokenize: 'forward', encoder: 'LatinBalance', cache: false });
  for (let i = 0; i < passages.length; i++) index.add(i, (passages[i] as Passage).text);
  return (query, limit) =>
    index.search(query, { limit, suggest: true }).map((id) => passages[id as number] as Passage);
}
