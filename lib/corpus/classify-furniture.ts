import type { FurnitureReason } from './types';

/**
 * Rules that recognise page furniture on a single line of an article text.
 * Each rule is general (no outlet names); the parser applies the context
 * rules (captions before credits, bios after "About the author").
 */
const MAX_FURNITURE_WORDS = 16;

const RULES: { reason: FurnitureReason; test: (line: string) => boolean }[] = [
  {
    reason: 'newsletter-prompt',
    // Capped like the other rules: a long line that mentions a newsletter is prose.
    test: (line) =>
      /\bnewsletters?\b/iu.test(line) &&
      /\b(sign up|subscribe|inbox|get|receive)\b/iu.test(line) &&
      wordCount(line) <= MAX_FURNITURE_WORDS,
  },
  {
    reason: 'newsletter-prompt',
    test: (line) => /^(sign up|subscribe|register)\b/iu.test(line) && wordCount(line) <= MAX_FURNITURE_WORDS,
  },
  { reason: 'follow-prompt', test: (line) => /^follow(\s+[\p{L} ]{1,30})?\s*:?$/iu.test(line) },
  {
    reason: 'image-credit',
    test: (line) =>
      /^(photo|image|picture|photograph|illustration|graphic|video)s?(\s+credits?)?\s*[:|]/iu.test(line) &&
      wordCount(line) <= MAX_FURNITURE_WORDS,
  },
  {
    reason: 'byline',
    // "12 days ago, the union voted." and "By Friday, the ships had left." are
    // prose: a timestamp or byline line is short and never ends a sentence.
    test: (line) =>
      !/[.!?]$/u.test(line) &&
      ((RELATIVE_TIMESTAMP.test(line) && wordCount(line) <= MAX_FURNITURE_WORDS) ||
        (BYLINE.test(line) && wordCount(line) <= 8)),
  },
  {
    reason: 'copyright',
    test: (line) => /^(copyright\b|©|\(c\)\s)|all rights reserved/iu.test(line) && wordCount(line) <= 20,
  },
];

export const RELATIVE_TIMESTAMP = /^\d+\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s+ago\b/iu;
export const BYLINE =
  /^[Bb][Yy]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|da|del))*)/u;
export const ABOUT_THE_AUTHOR = /^about the authors?\b\s*[:.-]?\s*(.*)$/iu;

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}

/** The furniture a line is, or `null` when it is article text. */
export function classifyFurniture(line: string): FurnitureReason | null {
  for (const rule of RULES) if (rule.test(line)) return rule.reason;
  return null;
}

/** The name in a byline line ("21 hours Ago By Jane Doe" → "Jane Doe"). */
export function bylineAuthor(line: string): string | null {
  const by = /\b[Bb][Yy]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(line);
  return by?.[1]?.trim() ?? null;
}
