import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Index } from 'flexsearch';
import type { Passage } from '../../../lib/search';

/**
 * The peer: FlexSearch, a popular client-side full-text index, set up to do
 * what Parallax's search does as closely as it can, on the same passages:
 *
 * - `tokenize: 'forward'` indexes every prefix of every word, FlexSearch's
 *   way to match a word as it is being typed ("witk" → Witkoff);
 * - `encoder: 'LatinBalance'` folds case and accents and evens out some
 *   spelling variants, the nearest it has to typo tolerance (it has no
 *   edit-distance fuzzy search, so "pokrovks" finds nothing);
 * - `suggest: true` at query time returns passages matching only some of the
 *   words when none match all, like Parallax's AND-then-OR fallback;
 * - no result cache, as Parallax has none.
 *
 * Results are mapped back to passage objects, so both return renderable data
 * (Parallax also builds highlight ranges, which this does not).
 */
const ENCODER = 'LatinBalance';

/** The installed version, for the report (the package does not export its package.json). */
export const FLEXSEARCH_VERSION = ((): string => {
  const entry = createRequire(import.meta.url).resolve('flexsearch');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
})();

export interface FlexSearchPeer {
  search(query: string, limit: number): Passage[];
}

export function createFlexSearchPeer(passages: readonly Passage[]): FlexSearchPeer {
  const index = new Index({ tokenize: 'forward', encoder: ENCODER, cache: false });
  for (let i = 0; i < passages.length; i++) index.add(i, (passages[i] as Passage).text);
  return {
    search(query, limit) {
      return index.search(query, { limit, suggest: true }).map((id) => passages[id as number] as Passage);
    },
  };
}
