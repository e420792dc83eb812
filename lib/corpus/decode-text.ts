import { CorpusError } from './manifest';

/**
 * Byte offset of the first byte that breaks UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when every byte is
 * valid. `TextDecoder` can refuse bad input but cannot say where it is, and
 * "byte 48,213" is what lets someone find the damage.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte is narrower after some leads:
    // E0 and F0 would be overlong, ED would be a surrogate, F4 past U+10FFFF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8');

/**
 * A corpus file's bytes as text, or a `CorpusError` that names the file and
 * says why it is not text. A UTF-8 byte order mark is dropped (Notepad writes
 * one, and `JSON.parse` would refuse it). Decoding leniently instead would
 * turn a binary file into an "article" of replacement characters.
 */
export function decodeCorpusText(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CorpusError(`corpus: ${file}: is UTF-16 text; save it as UTF-8`);
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new CorpusError(
      `corpus: ${file}: is not UTF-8 text (byte 0x${byte} at offset ${bad}); is it a binary file?`,
    );
  }
  return decoder.decode(bytes);
}

// NUL and the other C0 controls never occur in prose; tab, line feed,
// vertical tab, form feed and carriage return do, as white space.
const CONTROL = /[\u0000-\u0008\u000E-\u001F]/u;

/**
 * A `CorpusError` for text that holds a control character (a binary file that
 * happens to be valid UTF-8, or terminal colour codes pasted with the text),
 * naming the line and column; otherwise nothing.
 */
export function checkNoControlCharacters(text: string, file: string): void {
  const found = CONTROL.exec(text);
  if (!found) return;
  const before = text.slice(0, found.index);
  const line = before.split('\n').length;
  const column = found.index - before.lastIndexOf('\n');
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new CorpusError(
    `corpus: ${file}: line ${line}, column ${column}: control character U+${code}; is it a binary file?`,
  );
}
