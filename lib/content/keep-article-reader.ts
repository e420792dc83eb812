import { isProbablyReaderable } from '@mozilla/readability';
import { readHtmlArticle } from '../user-sources/read-html-article';
import type { UserSourceDraft } from '../user-sources/user-source-schema';

/**
 * Whether the page looks like an article at all (Readability's cheap test,
 * run before any watching starts): a home page, a search page or an app is
 * never kept.
 */
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc);
}

/**
 * The page's article as "Add this page" reads it (lib/user-sources/read-html-article.ts),
 * from a copy: Readability changes what it reads, and the page must stay as it is.
 */
export function readKeptArticle(doc: Document, url: string): UserSourceDraft | null {
  return readHtmlArticle(doc.cloneNode(true) as Document, url);
}
