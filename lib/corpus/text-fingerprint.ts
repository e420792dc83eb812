/**
 * A compact fingerprint of an article's wording, so a page can tell that it
 * *is* one of the corpus articles without sending its text anywhere: the
 * build ships each article's sketch, the content script hashes the page's own
 * text and checks how much of each sketch it contains.
 */

/** Words per shingle: long enough that shared phrases, not shared words, count. */
const SHINGLE_WORDS = 4;
/** Hashes kept per article (bottom-k sketch): enough for a stable containment estimate. */
export const SKETCH_SIZE = 64;
/**
 * Share of an article's sketch that must appear on a page for the page to be
 * that article: a page carrying the article with its own furniture and a few
 * edits still passes; a page quoting a paragraph or two does not.
 */
export const CONTAINMENT_THRESHOLD = 0.6;

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits: fast, dependency-free, and plenty for a few thousand shingles. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(WORD) ?? []
  );
}

/** Hashes of every run of SHINGLE_WORDS consecutive words. */
export function shingleHashes(text: string): Set<number> {
  const list = words(text);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++)
    hashes.add(hash(list.slice(i, i + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** The SKETCH_SIZE smallest shingle hashes of a text, ascending. */
export function textSketch(text: string): number[] {
  return [...shingleHashes(text)].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Share of a sketch's hashes found among a page's shingle hashes (0 for an empty sketch). */
export function containment(sketch: readonly number[], pageHashes: ReadonlySet<number>): number {
  if (sketch.length === 0) return 0;
  let found = 0;
  for (const value of sketch) if (pageHashes.has(value)) found++;
  return found / sketch.length;
}
