/**
 * Chunks whose concatenation is exactly `length` UTF-16 code units: the
 * documents in order, `separator` between them, repeated from the first
 * document as often as needed and cut inside the last chunk. A cut that
 * would leave half a surrogate pair ends in a space instead, so the text is
 * always well-formed.
 */
export function repeatToLength(
  documents: readonly (readonly string[])[],
  length: number,
  separator: string,
): string[] {
  const total = documents.reduce(
    (sum, chunks) => sum + chunks.reduce((chars, chunk) => chars + chunk.length, 0),
    0,
  );
  if (length > 0 && total === 0) throw new Error('bench: repeatToLength: the documents have no text');
  const out: string[] = [];
  let have = 0;
  const add = (chunk: string): boolean => {
    if (chunk === '') return have < length;
    let piece = chunk.length <= length - have ? chunk : chunk.slice(0, length - have);
    const last = piece.charCodeAt(piece.length - 1);
    if (piece.length < chunk.length && last >= 0xd800 && last <= 0xdbff) piece = `${piece.slice(0, -1)} `;
    out.push(piece);
    have += piece.length;
    return have < length;
  };
  while (have < length) {
    for (const chunks of documents) {
      if (have > 0 && !add(separator)) return out;
      for (const chunk of chunks) if (!add(chunk)) return out;
    }
  }
  return out;
}
