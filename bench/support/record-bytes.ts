/**
 * The bytes a record takes as IndexedDB stores it, before LevelDB's own
 * compression and log: its value as V8's structured-clone serializer writes
 * it (Chromium's value format) and its key in IndexedDB's key encoding (a
 * string key is UTF-16). An estimate, checked against node:v8's serializer
 * in the bench's unit test; it lets the corpus bench say where the bytes go
 * beside `navigator.storage.estimate`, which counts the database's files.
 */

/** Chromium's per-record overhead in LevelDB: the key's prefix (database, store and index ids) and the value's version header. */
const RECORD_OVERHEAD = 8;

const varint = (value: number): number => {
  let bytes = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) bytes++;
  return bytes;
};

const isOneByte = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
};

/** V8's ValueSerializer size of a cloneable value (the shapes the index stores). */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 2 ** 30 ? 1 + varint(Math.abs(value) * 2) : 9;
  if (typeof value === 'string')
    return 1 + varint(value.length) + (isOneByte(value) ? value.length : 2 * value.length);
  if (ArrayBuffer.isView(value)) return 3 + varint(value.byteLength) * 2 + value.byteLength + 2;
  if (Array.isArray(value))
    return 2 + varint(value.length) * 2 + value.reduce((sum: number, item) => sum + valueBytes(item), 0);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return (
      2 + varint(entries.length) + entries.reduce((sum, [k, v]) => sum + valueBytes(k) + valueBytes(v), 0)
    );
  }
  return 0;
}

/** IndexedDB's encoding of a key: numbers as doubles, strings in UTF-16, arrays item by item. */
export function keyBytes(key: unknown): number {
  if (typeof key === 'number') return 9;
  if (typeof key === 'string') return 1 + varint(key.length) + 2 * key.length;
  if (Array.isArray(key))
    return 1 + varint(key.length) + key.reduce((sum: number, k) => sum + keyBytes(k), 0);
  return 0;
}

export const recordBytes = (key: unknown, value: unknown): number =>
  RECORD_OVERHEAD + keyBytes(key) + valueBytes(value);
