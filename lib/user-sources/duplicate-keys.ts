import { comparableUrl } from '../corpus/comparable-url';

/**
 * The keys that find which stored source a new article may be a new version
 * of, without reading every stored text: each source's URL (in its comparable
 * form) and the hashes of its sketch. A candidate is a source with the
 * article's URL, or one whose sketch shares hashes with the article's
 * shingles; `findDuplicate` then decides on the candidates' texts alone.
 *
 * Why a shared hash is enough to be a candidate: a copy passes when 60 % of
 * one text's sketch (its 64 smallest shingle hashes) is among the other's
 * shingles. If the stored text's sketch is in the article, their hashes are
 * shared; if the article's sketch is in a stored text, that text's own 64
 * smallest hashes are drawn from the same shingles, so it shares some unless
 * the article is under about a 64th of it (a paragraph quoted from a long
 * piece, which is then added as its own source).
 */
export class DuplicateKeys {
  private readonly byUrl = new Map<string, Set<string>>();
  private readonly byHash = new Map<number, Set<string>>();
  private readonly keysOf = new Map<string, { url: string | null; sketch: readonly number[] }>();

  add(id: string, url: string | null, sketch: readonly number[]): void {
    this.remove(id);
    const key = url === null ? null : comparableUrl(url);
    this.keysOf.set(id, { url: key, sketch });
    if (key !== null) entry(this.byUrl, key).add(id);
    for (const value of sketch) entry(this.byHash, value).add(id);
  }

  remove(id: string): void {
    const keys = this.keysOf.get(id);
    if (!keys) return;
    this.keysOf.delete(id);
    if (keys.url !== null) drop(this.byUrl, keys.url, id);
    for (const value of keys.sketch) drop(this.byHash, value, id);
  }

  has(id: string): boolean {
    return this.keysOf.has(id);
  }

  /**
   * At most `limit` sources: those with this URL, then those whose sketch
   * shares the most hashes with `hashes` (the article's shingles, its own
   * sketch among them), so a boilerplate shingle many of one outlet's
   * sketches hold does not make every one of them a candidate.
   */
  candidates(url: string | null, hashes: ReadonlySet<number>, limit: number): string[] {
    const key = url === null ? null : comparableUrl(url);
    const sameUrl = key === null ? [] : [...(this.byUrl.get(key) ?? [])];
    const shared = new Map<string, number>();
    for (const value of hashes)
      for (const id of this.byHash.get(value) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const byShared = [...shared]
      .filter(([id]) => !sameUrl.includes(id))
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([id]) => id);
    return [...sameUrl, ...byShared].slice(0, limit);
  }
}

function entry<K>(map: Map<K, Set<string>>, key: K): Set<string> {
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  return ids;
}

function drop<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const ids = map.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) map.delete(key);
}
