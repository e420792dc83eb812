import type { UserSourceDraft } from '../user-sources/user-source-schema';

/**
 * "Keep what I read" reads articles with Readability, which is most of the
 * size of a script: loaded into every page with the engine it would put the
 * content script over its budget, for a feature that is off by default. It
 * ships apart (entrypoints/keep-reader.ts), web-accessible like the engine,
 * and a page imports it only once collection is on there.
 */
export const KEEP_READER_PATH = '/keep-reader.js';

/** Where the reader module leaves its functions, in the content script's own world. */
const KEEP_READER_KEY = Symbol.for('parallax.keep-reader');

export interface KeepReader {
  /** Readability's cheap test: whether the page looks like an article at all. */
  looksLikeArticle(doc: Document): boolean;
  /** The page's article as "Add this page" reads it, or null. */
  readKeptArticle(doc: Document, url: string): UserSourceDraft | null;
}

/** Called by the reader module as it loads. */
export function offerKeepReader(reader: KeepReader): void {
  (globalThis as Record<symbol, unknown>)[KEEP_READER_KEY] = reader;
}

/** The reader the module offered once it loaded, or null if it has not. */
export function takeKeepReader(): KeepReader | null {
  return ((globalThis as Record<symbol, unknown>)[KEEP_READER_KEY] as KeepReader | undefined) ?? null;
}
