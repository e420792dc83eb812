/**
 * The matcher's idea of a word character (lib/entities/compile-matcher.ts):
 * ASCII letters and digits, and any other letter, digit or combining mark.
 * Unlike `\w` it excludes `_`. The baselines use the same definition, so
 * word boundaries never explain a difference in their match counts.
 */
export const WORD_CHAR_CLASS = '[\\p{L}\\p{N}\\p{M}]';

const WORD_CHAR = new RegExp(`^${WORD_CHAR_CLASS}$`, 'u');
const nonAsciiCache = new Map<number, boolean>();

/** Whether a UTF-16 code unit is a word character (surrogates count, as in the matcher). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  let word = nonAsciiCache.get(code);
  if (word === undefined) {
    word = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
    nonAsciiCache.set(code, word);
  }
  return word;
}
