/**
 * Stretches of a sentence whose digits are not figures: web and mail
 * addresses, phone numbers, slashed numbers ("24/7", fractions; a full
 * slashed date such as 6/8/2025 is left to the dates) and hours or minutes
 * "ago", which are mostly page furniture ("21 hours ago"; "two weeks ago" is
 * left to the dates).
 */

/** A phone number has at least this many digits; "2022-2023" (8) is a span of years, not a number to dial. */
const PHONE_MIN_DIGITS = 9;

const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/giu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const PHONE =
  /(?<![\p{L}\p{N}.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\p{L}\p{N}]|[.,]\d)/gu;
const SLASHED =
  /(?<![\p{L}\p{N}/])(?!\d{1,2}\/\d{1,2}\/\d{4}(?![\p{L}\p{N}/]))\d{1,4}(?:\/\d{1,4})+(?![\p{L}\p{N}])/gu;
const AGO =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago\b/giu;

export function findNoise(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of [URL, EMAIL, SLASHED, AGO])
    for (const match of text.matchAll(pattern))
      spans.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/gu, '').length;
    const dialled = match[0].startsWith('+') || match[0].includes('(');
    if (digits >= PHONE_MIN_DIGITS || dialled)
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
