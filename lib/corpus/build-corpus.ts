import { checkNoControlCharacters } from './decode-text';
import { CorpusError, parseManifest, type Manifest } from './manifest';
import { parseArticle } from './parse-article';
import type { Article } from './types';

/**
 * The longest article the corpus takes, in UTF-16 code units. The longest
 * long-read in a news corpus is around 100,000 characters; a file ten times
 * that is a dump or a book, not one article, and would bloat the index that
 * ships with the extension (and take seconds to parse). Refused, not
 * truncated: half an article would be a silent misquotation.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface CorpusFile {
  /** File name relative to the corpus folder, e.g. `001_abc.txt`. */
  name: string;
  text: string;
}

export interface BuildCorpusOptions {
  /**
   * Told about each file that is skipped rather than failing the build (an
   * empty article), with a message naming the file and the reason.
   */
  onWarning?: (message: string) => void;
}

export const MANIFEST_FILE = 'sources.json';

const SOURCE_ID = /^[\w.-]+$/u;

/**
 * Parses a whole corpus folder's contents (already read by the caller, so the
 * same code runs in Node and in the extension). `folder` only labels errors.
 *
 * Bad input fails the whole build with a message naming the file and the
 * reason, before anything is built: a binary or oversized file, a file name
 * that is not an id, two ids that differ only in case, an article left with
 * no sentences, a manifest entry without its article. The one exception is an
 * empty (or blank) article file, which is skipped with a warning: it holds
 * nothing to lose, and is usually a placeholder someone has yet to fill.
 */
export function buildCorpus(
  files: CorpusFile[],
  folder: string,
  options: BuildCorpusOptions = {},
): Article[] {
  const warn = options.onWarning ?? ((): void => undefined);
  const manifestFile = files.find((file) => file.name === MANIFEST_FILE);
  const manifest: Manifest = manifestFile
    ? parseManifest(manifestFile.text, `${folder}/${MANIFEST_FILE}`)
    : {};
  const articleFiles = files
    .filter((file) => file.name.endsWith('.txt'))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (articleFiles.length === 0) throw new CorpusError(`corpus: ${folder}: no .txt articles found`);

  // Ids are file names, which macOS and Windows compare without case: two ids
  // that differ only in case would be one file there, and one article lost.
  const byFoldedId = new Map<string, string>();
  for (const file of articleFiles) {
    const id = idOf(file);
    const where = `corpus: ${folder}/${file.name}`;
    if (!SOURCE_ID.test(id)) {
      throw new CorpusError(`${where}: file name is not a valid source id (letters, digits, _ . -)`);
    }
    const other = byFoldedId.get(id.toLowerCase());
    if (other === id) throw new CorpusError(`${where}: given twice`);
    if (other !== undefined) {
      throw new CorpusError(`${where}: id "${id}" differs from ${other}.txt only in case`);
    }
    byFoldedId.set(id.toLowerCase(), id);
  }

  for (const id of Object.keys(manifest)) {
    if (byFoldedId.get(id.toLowerCase()) !== id) {
      throw new CorpusError(
        `corpus: ${folder}/${MANIFEST_FILE}: manifest field "${id}": no article ${id}.txt in the folder`,
      );
    }
  }

  // Every file is checked before any is parsed, so an error near the end of
  // the folder shows up at once rather than after the expensive work.
  const kept = articleFiles.filter((file) => {
    const where = `${folder}/${file.name}`;
    if (file.text.length > MAX_ARTICLE_CHARS) {
      throw new CorpusError(
        `corpus: ${where}: article is ${file.text.length.toLocaleString('en')} characters, over the ` +
          `limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')}; is it really one article?`,
      );
    }
    // trim() also drops a byte order mark, so a file of only a BOM is empty too.
    if (file.text.trim() === '') {
      warn(`corpus: ${where}: skipped: the file is empty`);
      return false;
    }
    checkNoControlCharacters(file.text, where);
    return true;
  });
  if (kept.length === 0) {
    throw new CorpusError(`corpus: ${folder}: no articles left to build (every .txt file is empty)`);
  }

  return kept.map((file) => {
    const id = idOf(file);
    const article = parseArticle(id, file.text, { manifest: manifest[id] });
    if (article.paragraphs.every((paragraph) => paragraph.sentences.length === 0)) {
      throw new CorpusError(
        `corpus: ${folder}/${file.name}: article has no sentences after removing page furniture`,
      );
    }
    return article;
  });
}

function idOf(file: CorpusFile): string {
  return file.name.slice(0, -'.txt'.length);
}
