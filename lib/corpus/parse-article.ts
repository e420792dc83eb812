import { ABOUT_THE_AUTHOR, bylineAuthor, classifyFurniture, wordCount } from './classify-furniture';
import { isIsoDate } from './is-iso-date';
import { leadSentence } from './lead-sentence';
import type { ManifestEntry } from './manifest';
import { splitSentences } from './split-sentences';
import type { Article, Paragraph, RemovedLine, SourceMeta } from './types';

/** A headline is one short line with no closing punctuation. */
const MAX_HEADLINE_WORDS = 25;
/** Short unpunctuated lines inside the body are section headings. */
const MAX_HEADING_WORDS = 6;
/** Title Case lines up to this length are headings even with a "?" ("Can Moscow Be Trusted?"). */
const MAX_TITLE_CASE_HEADING_WORDS = 12;
/** A caption is a single line; longer lines before a credit are body text. */
const MAX_CAPTION_WORDS = 60;
/**
 * Wire credits this short are acronyms ("AFP", "AP", "UPI") and keep their
 * capitals; longer ones are names set in capitals ("REUTERS" → "Reuters").
 */
const MAX_ACRONYM_LETTERS = 3;

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/iu;
const TERMINAL = /[.!?…:;"'”’»)\]]$/u;
/** Where a sentence really ends; `enough,”` or `he added:` do not. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const POSITIONAL_CAPTION = /\((?:left|right|centre|center|pictured|above|below|top|bottom)\)/iu;
const TRAILING_WIRE_CREDIT = /(?<=[.!?”"’])\s+(\p{Lu}{2,}(?:\s*[/,&]\s*\p{Lu}{2,})*)\s*$/u;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
  'is',
  'as',
]);

interface Line {
  text: string;
  /** True when a blank line preceded it (a paragraph break). */
  afterBlank: boolean;
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const significant = words.filter((word, i) => i === 0 || !SMALL_WORDS.has(word.toLowerCase()));
  if (significant.length < 2) return false;
  const capitalised = significant.filter((word) => /^["'“‘(]?\p{Lu}/u.test(word)).length;
  return capitalised / significant.length >= 0.8;
}

function isHeading(text: string): boolean {
  const words = wordCount(text);
  if (!TERMINAL.test(text) && words <= MAX_HEADING_WORDS) return true;
  return isTitleCase(text) && words <= MAX_TITLE_CASE_HEADING_WORDS && !/[.;:]$/u.test(text);
}

function creditName(word: string): string {
  if (word.length <= MAX_ACRONYM_LETTERS) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** Splits raw text into trimmed non-empty lines, remembering paragraph breaks. */
function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = true;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed === '') {
      afterBlank = true;
      continue;
    }
    lines.push({ text: trimmed, afterBlank });
    afterBlank = false;
  }
  return lines;
}

/**
 * Joins hard-wrapped lines: a line that stops mid-sentence continues in lower
 * case. A closing quote or colon is not a sentence end (`“… enough,”` wrapped
 * before `she said.`), since a sentence never starts in lower case.
 */
function joinWrapped(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const previous = paragraphs.at(-1);
    const continues =
      previous !== undefined &&
      !line.afterBlank &&
      !SENTENCE_END.test(previous) &&
      /^\p{Ll}/u.test(line.text);
    if (continues) paragraphs[paragraphs.length - 1] = `${previous} ${line.text}`;
    else paragraphs.push(line.text);
  }
  return paragraphs;
}

export interface ParseOptions {
  /** Facts from the manifest win over anything derived from the text. */
  manifest?: ManifestEntry | undefined;
}

/**
 * Turns an article's plain text into metadata and a clean, sentence-split
 * body. Knows nothing about particular outlets: furniture is recognised by
 * the shape of a line and its neighbours.
 */
export function parseArticle(id: string, rawText: string, options: ParseOptions = {}): Article {
  const removed: RemovedLine[] = [];
  let text = rawText.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');

  let statedDate: string | null = null;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine?.[1]) {
    // The line is metadata either way; an impossible date is not a fact.
    if (isIsoDate(dateLine[1])) statedDate = dateLine[1];
    removed.push({ text: dateLine[0].trim(), reason: 'date-line' });
    text = text.slice(dateLine[0].length);
  }

  let lines = toLines(text);
  let author: string | null = null;

  // About-the-author: the heading names the author; the bio follows it.
  const aboutIndex = lines.findIndex((line) => ABOUT_THE_AUTHOR.test(line.text));
  if (aboutIndex >= 0) {
    const about = lines[aboutIndex];
    const name = about ? (ABOUT_THE_AUTHOR.exec(about.text)?.[1]?.trim() ?? '') : '';
    if (name) author = name;
    const nameWords = name.split(/\s+/u).filter((word) => word.length > 1);
    const kept: Line[] = lines.slice(0, aboutIndex);
    for (const [offset, line] of lines.slice(aboutIndex).entries()) {
      const startsWithName = nameWords.some((word) => line.text.startsWith(word));
      const isBio = offset === 0 || startsWithName || /^(he|she|they)\b/iu.test(line.text);
      if (isBio && classifyFurniture(line.text) === null)
        removed.push({ text: line.text, reason: 'author-bio' });
      else kept.push(line);
    }
    lines = kept;
  }

  // Single-line furniture, and captions: the line right before an image
  // credit, when the credit sits inside the article rather than at its end.
  const body: Line[] = [];
  const bodyIndexes: number[] = [];
  const reasons = lines.map((line) => classifyFurniture(line.text));
  // Found once: asking "does text follow?" at every credit rescanned the rest
  // of the file, quadratic in a file of many credits.
  const lastTextIndex = reasons.lastIndexOf(null);
  for (const [index, line] of lines.entries()) {
    const reason = reasons[index] ?? null;
    if (reason === null) {
      body.push(line);
      bodyIndexes.push(index);
      continue;
    }
    if (reason === 'byline') author ??= bylineAuthor(line.text);
    if (reason === 'image-credit') {
      const previous = body.at(-1);
      const adjacent = bodyIndexes.at(-1) === index - 1;
      const textFollows = lastTextIndex > index;
      if (previous && adjacent && textFollows && wordCount(previous.text) <= MAX_CAPTION_WORDS) {
        body.pop();
        bodyIndexes.pop();
        removed.push({ text: previous.text, reason: 'caption' });
      }
    }
    removed.push({ text: line.text, reason });
  }
  const withoutCaptions = body.filter((line) => {
    if (!POSITIONAL_CAPTION.test(line.text) || wordCount(line.text) > MAX_CAPTION_WORDS) return true;
    removed.push({ text: line.text, reason: 'caption' });
    return false;
  });

  let paragraphTexts = joinWrapped(withoutCaptions);

  // A trailing all-capitals word after the last sentence is a wire credit ("… REUTERS").
  const last = paragraphTexts.at(-1);
  const credit = last ? TRAILING_WIRE_CREDIT.exec(last) : null;
  if (last && credit?.[1]) {
    paragraphTexts[paragraphTexts.length - 1] = last.slice(0, credit.index).trimEnd();
    removed.push({ text: credit[1], reason: 'wire-credit' });
    author ??= credit[1]
      .split(/\s*[/,&]\s*/u)
      .map(creditName)
      .join(', ');
  }

  let headline: string | null = null;
  const first = paragraphTexts[0];
  if (
    first !== undefined &&
    paragraphTexts.length > 1 &&
    !/[.!…:;,]$/u.test(first) &&
    wordCount(first) <= MAX_HEADLINE_WORDS
  ) {
    headline = first;
    removed.push({ text: first, reason: 'headline' });
    paragraphTexts = paragraphTexts.slice(1);
  }

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let sentenceIndex = 0;
  for (const [index, paragraphText] of paragraphTexts.entries()) {
    if (index > 0) offset += 2;
    const kind = isHeading(paragraphText) ? 'heading' : 'text';
    const sentences =
      kind === 'heading'
        ? []
        : splitSentences(paragraphText, offset).map((span) => ({ ...span, index: sentenceIndex++ }));
    paragraphs.push({
      index,
      kind,
      start: offset,
      end: offset + paragraphText.length,
      text: paragraphText,
      sentences,
    });
    offset += paragraphText.length;
  }

  // The manifest's facts win; its nulls mean "not known from outside", so
  // what the text itself states still fills them.
  const manifest = options.manifest;
  const published = manifest?.published ?? statedDate;
  const title = manifest?.title ?? headline;
  const meta: SourceMeta = {
    id,
    outlet: manifest?.outlet ?? null,
    title,
    lead: title === null ? leadSentence(paragraphs) : null,
    author: manifest?.author ?? author,
    published,
    publishedApproximate:
      published !== null && published === manifest?.published && (manifest.publishedApproximate ?? false),
    url: manifest?.url ?? null,
  };
  return { meta, body: paragraphTexts.join('\n\n'), paragraphs, removed };
}
