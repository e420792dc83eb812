import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { IndexStoreName } from './index-storage';
import type { UserSource } from './user-source-schema';

/**
 * How a source's text is kept in the `sources` store: its UTF-8 bytes,
 * deflated (raw DEFLATE), where it was a string until the store grew past
 * the 1.5× budget (a text with one curly quote is kept in UTF-16 by
 * structured clone, twice its UTF-8 size; deflate keeps about a third of
 * English text). The record says its encoding by the text's type: a string
 * is a record written before, read as it is, so no schema version changes.
 * Synchronous (fflate) because a transaction must not await anything but
 * its own requests: CompressionStream's promises would let IndexedDB commit
 * it half-way through a search.
 */

/** fflate's level 6 (zlib's default): level 9 saves ~1% more at twice the time, on the import's path. */
const DEFLATE_LEVEL = 6;

/** A source as stored: the facts as they are, the text deflated. */
export type StoredSource = Omit<UserSource, 'text'> & { text: Uint8Array };

export function packSource(source: UserSource): StoredSource {
  return { ...source, text: deflateSync(strToU8(source.text), { level: DEFLATE_LEVEL }) };
}

/**
 * A stored record as it was written (its text a string again); a record
 * that is not an object is returned as it is, and one whose bytes do not
 * inflate comes back without its text, for the caller's schema to reject.
 */
export function unpackSource(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record;
  const text = (record as { text?: unknown }).text;
  if (!(text instanceof Uint8Array)) return record;
  try {
    return { ...record, text: strFromU8(inflateSync(text)) };
  } catch {
    return { ...record, text: undefined };
  }
}

/** What a storage writes for a value of a store: a source packed, any other value as it is. */
export const encodeStored = (store: IndexStoreName, value: unknown): unknown =>
  store === 'sources' ? packSource(value as UserSource) : value;

/** What a storage returns for a stored value of a store: a source unpacked, any other value as it is. */
export const decodeStored = <T>(store: IndexStoreName, value: unknown): T =>
  (store === 'sources' ? unpackSource(value) : value) as T;
