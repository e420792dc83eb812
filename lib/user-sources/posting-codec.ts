/**
 * A page of postings as bytes: per passage, the gap from the previous passage
 * number, the term's count in it and the passage's length in terms, each as
 * an unsigned LEB128 varint. Passage numbers only grow, so gaps are small and
 * most entries take three bytes; the length rides along so that BM25 scores a
 * page without reading anything else.
 */

export interface Posting {
  /** The passage's number in the paged index (never reused). */
  doc: number;
  /** How often the term occurs in the passage. */
  tf: number;
  /** The passage's length in index terms. */
  length: number;
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function pushPostings(out: number[], postings: readonly Posting[], previous: number): void {
  let last = previous;
  for (const { doc, tf, length } of postings) {
    if (doc <= last)
      throw new Error(`user-sources: posting codec: passage ${doc} does not follow passage ${last}`);
    pushVarint(out, doc - last);
    pushVarint(out, tf);
    pushVarint(out, length);
    last = doc;
  }
}

/** Postings in ascending passage order as bytes; `previous` is the passage before the first (−1 for none). */
export function encodePostings(postings: readonly Posting[], previous = -1): Uint8Array {
  const out: number[] = [];
  pushPostings(out, postings, previous);
  return Uint8Array.from(out);
}

function reader(bytes: Uint8Array, from = 0) {
  let at = from;
  const read = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error('user-sources: posting codec: truncated page');
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  return { read, at: () => at };
}

/** The postings `encodePostings` wrote; throws on bytes it cannot have written (corrupted storage). */
export function decodePostings(bytes: Uint8Array, previous = -1, from = 0): Posting[] {
  const out: Posting[] = [];
  const { read, at } = reader(bytes, from);
  let doc = previous;
  while (at() < bytes.length) {
    doc += read();
    out.push({ doc, tf: read(), length: read() });
  }
  return out;
}

/** A page as stored before pages became one byte string (an object per page: its field names cost more than its count). */
export interface ObjectPage {
  last: number;
  count: number;
  bytes: Uint8Array;
}

/** A stored page of postings: bytes since pages became one value, the object form before. */
export type StoredPage = Uint8Array | ObjectPage;

/**
 * A page as one byte string: its posting count and last passage as varints,
 * then the postings. One typed array is a few bytes of structured-clone
 * framing, where an object repeats its three field names in every page.
 */
export function encodePage(postings: readonly Posting[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, postings.length);
  pushVarint(out, postings.at(-1)?.doc ?? 0);
  pushPostings(out, postings, -1);
  return Uint8Array.from(out);
}

export interface PageView {
  count: number;
  /** The first passage number on the page (its key's, unless a removal dropped the postings it began with). */
  first: number;
  /** The last passage number on the page. */
  last: number;
  postings(): Posting[];
}

/** Reads a stored page of either form; its postings are decoded only when asked for. */
export function readPage(stored: StoredPage): PageView {
  // A page's first posting is its gap from −1: the first passage plus one.
  if (!(stored instanceof Uint8Array))
    return {
      count: stored.count,
      first: reader(stored.bytes).read() - 1,
      last: stored.last,
      postings: () => decodePostings(stored.bytes),
    };
  const { read, at } = reader(stored);
  const count = read();
  const last = read();
  const from = at();
  return { count, first: read() - 1, last, postings: () => decodePostings(stored, -1, from) };
}
