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

/** Postings in ascending passage order as bytes; `previous` is the passage before the first (−1 for none). */
export function encodePostings(postings: readonly Posting[], previous = -1): Uint8Array {
  const out: number[] = [];
  let last = previous;
  for (const { doc, tf, length } of postings) {
    if (doc <= last)
      throw new Error(`user-sources: posting codec: passage ${doc} does not follow passage ${last}`);
    pushVarint(out, doc - last);
    pushVarint(out, tf);
    pushVarint(out, length);
    last = doc;
  }
  return Uint8Array.from(out);
}

/** The postings `encodePostings` wrote; throws on bytes it cannot have written (corrupted storage). */
export function decodePostings(bytes: Uint8Array, previous = -1): Posting[] {
  const out: Posting[] = [];
  let at = 0;
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
  let doc = previous;
  while (at < bytes.length) {
    doc += read();
    out.push({ doc, tf: read(), length: read() });
  }
  return out;
}
