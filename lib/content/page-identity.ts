import { identifyPage, type KnownSource } from '../corpus/identify-page';
import { shingleHashes } from '../corpus/text-fingerprint';
import { extractPageText } from '../highlight';

/** Page text hashed to recognise a corpus article: articles are far shorter. */
export const FINGERPRINT_MAX_CHARS = 300_000;

/**
 * Which corpus article the page is (null: none), decided on first use and
 * then kept: hashing the page's text is a task of its own, and a page that
 * is never hovered nor asked about never pays for it.
 */
export function pageIdentity(
  doc: Document,
  sources: readonly KnownSource[],
  /** The page's text when it is at hand already (the highlighter's scan): else it is extracted. */
  readText: () => string = () =>
    extractPageText(doc.body ?? doc.documentElement, { maxChars: FINGERPRINT_MAX_CHARS }).text,
): () => string | null {
  let sourceId: string | null | undefined;
  return () => {
    if (sourceId === undefined) {
      const text = readText().slice(0, FINGERPRINT_MAX_CHARS);
      sourceId = identifyPage(doc.defaultView?.location.href ?? doc.URL, shingleHashes(text), sources);
    }
    return sourceId;
  };
}
