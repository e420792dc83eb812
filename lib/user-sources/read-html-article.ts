import { Readability } from '@mozilla/readability';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/calendar-words';
import { isoDateSchema, type UserSourceDraft } from './user-source-schema';

/**
 * Elements whose text is one paragraph of the article. Readability keeps the
 * article's markup; reading block by block keeps its paragraph breaks, which
 * `textContent` would run together.
 */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DT',
  'DD',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'FIGURE',
]);
/** Captions describe pictures the text no longer has. */
const SKIPPED = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MONTHS = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map((month) => month.toLowerCase());

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The text of `root` as paragraphs: each run of inline content between blocks is one. */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapse(current);
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') current += ' ';
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

/** "by Lucas Nolan22 Dec 2016" → "Lucas Nolan": bylines often run into the date. */
export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  let text = collapse(byline).replace(/^by\s+/iu, '');
  const digit = text.search(/\d/u);
  if (digit > 0) text = text.slice(0, digit);
  const words = text.split(' ');
  const month = words.findIndex(
    (word, i) => i > 0 && MONTHS.includes(word.toLowerCase().replace(/[.,]$/u, '')),
  );
  if (month > 0) text = words.slice(0, month).join(' ');
  text = text.replace(/[\s,|·-]+$/u, '').trim();
  return text === '' || text.length > 200 ? null : text;
}

function isoDay(value: string | null | undefined): string | null {
  const day = value?.trim().slice(0, 10);
  return day !== undefined && isoDateSchema.safeParse(day).success ? day : null;
}

/**
 * The article of a page, by Readability, as a draft the reader confirms:
 * title, byline, site name and published date from the page's metadata,
 * the text paragraph by paragraph with the title as its first line (parsing
 * reads it back as the headline). Readability changes the document it
 * reads, so pass a copy. Null when no article is found.
 */
export function readHtmlArticle(doc: Document, url: string | null): UserSourceDraft | null {
  const parsed = new Readability(doc, { serializer: (node: Node): Node => node }).parse();
  if (!parsed?.content) return null;
  const paragraphs = blockParagraphs(parsed.content);
  if (paragraphs.length === 0) return null;
  const title = parsed.title ? collapse(parsed.title) : null;
  const body = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  return {
    outlet: parsed.siteName ? collapse(parsed.siteName) : null,
    title: title || null,
    author: cleanByline(parsed.byline),
    published: isoDay(parsed.publishedTime),
    url: url !== null && /^https?:/u.test(url) ? url : null,
    text: [title, ...body].filter(Boolean).join('\n\n'),
  };
}
