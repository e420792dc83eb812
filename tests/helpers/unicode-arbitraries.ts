/**
 * Text generators for fuzzing with "arbitrary Unicode". fast-check's own
 * string units never produce a lone surrogate, which DOM text and pasted
 * articles can hold, and rarely produce the few characters the parsers
 * decide on (sentence punctuation, quotes, white space of every kind,
 * combining marks), so both are added here.
 */
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogate halves included. */
export const codeUnit: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 0xffff })
  .map((code) => String.fromCharCode(code));

/** The characters text rules turn on, and characters that change length or shape when folded. */
const DECISIVE = [
  ...['.', '!', '?', '…', ':', ';', ',', '"', "'", '“', '”', '‘', '’', '»', '(', ')', ']', '-', '–', '/'],
  ...[' ', ' ', ' ', '\n', '\n', '\r', '\t', '\u00a0', '\u202f', '\u2028', '\u00ad', '\u200b', '\ufeff'],
  ...['A', 'a', 'Z', 'é', 'e\u0301', '\u0301', 'İ', 'ß', 'ﬁ', 'Ａ', 'ǅ', 'Σ', 'ς', '\ud83d', '\ude00', '😀'],
  ...['0', '1', '2', '5', '%', '$', '€', '£', 'm', 'bn', 'Mr', 'U', 'S', 'pm', 'said', 'By', 'PHOTO'],
];
export const decisiveUnit: fc.Arbitrary<string> = fc.constantFrom(...DECISIVE);

/** Arbitrary Unicode text up to `maxLength` units (graphemes, code points, code units, decisive characters). */
export function anyUnicode(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: decisiveUnit, maxLength }),
  );
}
