import type { Paragraph } from './types';

/** Long enough to say what the article is about, short enough for a column header. */
const MAX_LEAD_CHARS = 80;
/** Fewer words than this is a kicker, a label or a stray fragment, not a sentence. */
const MIN_LEAD_WORDS = 5;
/**
 * A wire dateline before the sentence proper: place names in capitals, maybe
 * joined by "/" or "," and followed by an agency in brackets, then a dash or
 * colon ("WASHINGTON/MOSCOW - ", "KYIV, Aug 6 (Reuters) — ").
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’]*(?:\s*[/,]\s*\p{Lu}[\p{Lu}\p{M} .'’]*)*(?:,[^-–—:]{0,30})?(?:\s*\([^)]{1,30}\))?\s*[-–—:]\s+/u;

/**
 * The article's first real sentence, shortened at a word boundary with an
 * ellipsis: what names a source that has no headline. A dateline before it
 * is dropped; headings and sentences too short to be one are skipped (page
 * furniture is already gone from the paragraphs). Null when the text has no
 * sentence at all.
 */
export function leadSentence(paragraphs: readonly Paragraph[]): string | null {
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'text') continue;
    for (const sentence of paragraph.sentences) {
      const text = sentence.text.replace(DATELINE, '').replace(/\s+/gu, ' ').trim();
      if (text.split(' ').length >= MIN_LEAD_WORDS && /\p{Ll}/u.test(text)) return shorten(text);
    }
  }
  return null;
}

function shorten(text: string): string {
  if (text.length <= MAX_LEAD_CHARS) return text;
  const cut = text.slice(0, MAX_LEAD_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  // A comma or a dash left dangling before the ellipsis reads as a typo.
  return `${words.replace(/[\s,;:–—-]+$/u, '')}…`;
}
