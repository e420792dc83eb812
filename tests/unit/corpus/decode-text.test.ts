import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusError, decodeCorpusText, firstInvalidUtf8Byte } from '@/lib/corpus';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const strict = new TextDecoder('utf-8', { fatal: true });

function decodesStrictly(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('decodeCorpusText', () => {
  it('decodes UTF-8 text, dropping a byte order mark', () => {
    expect(decodeCorpusText(utf8('Zelenskyy’s café 🚢'), 'seeds/a.txt')).toBe('Zelenskyy’s café 🚢');
    expect(decodeCorpusText(utf8('\uFEFF{"a": 1}'), 'seeds/sources.json')).toBe('{"a": 1}');
  });

  it('refuses a binary file, naming the file, the first bad byte and its offset', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decodeCorpusText(png, 'seeds/photo.txt')).toThrow(
      new CorpusError(
        'corpus: seeds/photo.txt: is not UTF-8 text (byte 0x89 at offset 0); is it a binary file?',
      ),
    );
  });

  it('refuses Latin-1 text with the offset of its first accented letter', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' du port')]);
    expect(() => decodeCorpusText(latin1, 'seeds/cafe.txt')).toThrow(/byte 0xE9 at offset 3/u);
  });

  it('refuses UTF-16 text, saying how to fix it', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00]);
    expect(() => decodeCorpusText(utf16, 'seeds/notepad.txt')).toThrow(
      'corpus: seeds/notepad.txt: is UTF-16 text; save it as UTF-8',
    );
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x41, 0xe2, 0x82], 1],
    ['a byte that never occurs', [0x41, 0x42, 0xff], 2],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(offset);
  });

  // Random bytes are almost never UTF-8, and encoded strings always are; the
  // mix of encoded text with a few bytes changed probes the edges of each rule.
  const damaged = fc
    .tuple(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
    )
    .map(([text, edits]) => {
      const bytes = utf8(text);
      for (const [at, byte] of edits) if (bytes.length > 0) bytes[at % bytes.length] = byte;
      return bytes;
    });
  const bytes = fc.oneof(fc.uint8Array({ maxLength: 12 }), damaged);

  it('agrees with a strict TextDecoder, and everything before the offset it reports decodes', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const bad = firstInvalidUtf8Byte(input);
        expect(bad === -1).toBe(decodesStrictly(input));
        if (bad >= 0) {
          expect(bad).toBeLessThan(input.length);
          expect(decodesStrictly(input.subarray(0, bad))).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
