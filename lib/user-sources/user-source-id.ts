import { USER_SOURCE_ID_PREFIX } from './is-user-source';

/** FNV-1a, 32 bits: ids only need to be distinct among one reader's sources, and a clash gets a suffix. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A new source's id from its URL (or, without one, its text), so the same
 * page gets the same id on any machine; `taken` ids get a numbered suffix.
 */
export function userSourceId(key: string, taken: Pick<ReadonlySet<string>, 'has'>): string {
  const base = `${USER_SOURCE_ID_PREFIX}${hash(key)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
