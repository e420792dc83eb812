import { describeIssues } from '../validation/describe-issues';
import type { ImportFile } from './parse-import-file';
import { blockParagraphs } from './read-html-article';
import { UserSourceError } from './user-article';
import { isoDateSchema, userSourceDraftSchema, type UserSourceDraft } from './user-source-schema';

/**
 * An item's text shorter than this is a summary, not the article: feeds that
 * carry only a teaser (a sentence or two, ~200–400 characters) are common,
 * and a teaser compared with full reports would only add noise.
 */
const FULL_CONTENT_CHARS = 600;

export const FEED_EXTENSIONS = ['.xml', '.rss', '.atom'] as const;

/** Parses markup as the caller's context can (DOMParser in the extension, linkedom in Node). */
export type ParseMarkup = (text: string, type: 'text/html' | 'application/xml') => Document;

function fail(name: string, reason: string): never {
  throw new UserSourceError(`user-sources: ${name}: ${reason}`);
}

/** The first child element named `names[i]` (qualified, as the feed writes it: "content:encoded"). */
function child(element: Element, ...names: string[]): Element | null {
  for (const name of names) {
    for (const each of element.children) if (each.tagName.toLowerCase() === name) return each;
  }
  return null;
}

function textOf(element: Element | null): string | null {
  const text = element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  return text === '' ? null : text;
}

function isoDay(value: string | null): string | null {
  if (value === null) return null;
  const direct = value.slice(0, 10);
  if (isoDateSchema.safeParse(direct).success) return direct;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function linkOf(entry: Element): string | null {
  for (const each of entry.children) {
    if (each.tagName.toLowerCase() !== 'link') continue;
    const href = each.getAttribute('href');
    const rel = each.getAttribute('rel');
    if (href && (rel === null || rel === 'alternate')) return href;
    if (!href && textOf(each)) return textOf(each);
  }
  return null;
}

function paragraphsOf(html: string, parse: ParseMarkup): string[] {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  return doc.body ? blockParagraphs(doc.body) : [];
}

/**
 * An RSS 2.0 or Atom file as the articles it carries in full: each item's
 * title, link, date, author, and its content (RSS `content:encoded`, Atom
 * `content`, else the description or summary when that holds the whole
 * text), the feed's title as the outlet. Items with only a summary are left
 * out; a feed with none in full, or an item that does not validate, fails the
 * whole file (nothing of it is added).
 */
export function parseFeedFile(file: ImportFile, parse: ParseMarkup): UserSourceDraft[] {
  const doc = parse(file.text, 'application/xml');
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length > 0) fail(file.name, 'not well-formed XML');
  const rootName = root.tagName.toLowerCase();
  const channel = rootName === 'rss' ? child(root, 'channel') : rootName === 'feed' ? root : null;
  if (!channel) fail(file.name, 'not an RSS or Atom feed');
  const outlet = textOf(child(channel, 'title'));
  const entries = [...channel.children].filter((each) =>
    ['item', 'entry'].includes(each.tagName.toLowerCase()),
  );
  const drafts: UserSourceDraft[] = [];
  entries.forEach((entry, index) => {
    const body = child(entry, 'content:encoded', 'content', 'description', 'summary')?.textContent ?? null;
    const paragraphs = body === null ? [] : paragraphsOf(body, parse);
    if (paragraphs.join(' ').length < FULL_CONTENT_CHARS) return;
    const title = textOf(child(entry, 'title'));
    const author = textOf(child(entry, 'dc:creator', 'author'));
    const draft = {
      outlet,
      title,
      author:
        author === null ? null : (textOf(child(entry.querySelector('author') ?? entry, 'name')) ?? author),
      published: isoDay(textOf(child(entry, 'pubdate', 'published', 'dc:date', 'updated'))),
      url: linkOf(entry),
      text: [title, ...(paragraphs[0] === title ? paragraphs.slice(1) : paragraphs)]
        .filter(Boolean)
        .join('\n\n'),
    };
    const result = userSourceDraftSchema.safeParse(draft);
    if (!result.success) fail(file.name, `item ${index + 1}: ${describeIssues(result.error)}`);
    drafts.push(result.data);
  });
  if (drafts.length === 0) fail(file.name, 'no item carries its full article (only summaries)');
  return drafts;
}
