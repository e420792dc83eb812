import type { PhraseCount } from './find-named-phrases';
import { PhrasePool, type NewItem } from './phrase-pool';

export { KEEP_NEW, type NewItem } from './phrase-pool';

/**
 * The new items of the reader's sources at once: `bySource` maps each user
 * source to its phrases (findNamedPhrases); `knownKeys` are the keys of every
 * bundled alias; `takenIds` the bundled items' ids. Sorted by id. The
 * merged corpus keeps a PhrasePool instead and changes it one source at a time.
 */
export function keepNewItems(
  bySource: ReadonlyMap<string, ReadonlyMap<string, PhraseCount>>,
  knownKeys: ReadonlySet<string>,
  takenIds: ReadonlySet<string>,
): NewItem[] {
  const pool = new PhrasePool(knownKeys, takenIds);
  const touched = new Set<string>();
  for (const [sourceId, phrases] of bySource) pool.change(sourceId, phrases, 1, touched);
  pool.settle(touched);
  return pool.all;
}
