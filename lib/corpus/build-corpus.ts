import { CorpusError, parseManifest, type Manifest } from './manifest';
import { parseArticle } from './parse-article';
import type { Article } from './types';

export interface CorpusFile {
  /** File name relative to the corpus folder, e.g. `001_abc.txt`. */
  name: string;
  text: string;
}

export const MANIFEST_FILE = 'sources.json';

/**
 * Parses a whole corpus folder's contents (already read by the caller, so the
 * same code runs in Node and in the extension). `folder` only labels errors.
 * Every manifest entry must name an article that exists: a typo in an id
 * would otherwise silently drop its facts.
 */
export function buildCorpus(files: CorpusFile[], folder: string): Article[] {
  const manifestFile = files.find((file) => file.name === MANIFEST_FILE);
  const manifest: Manifest = manifestFile
    ? parseManifest(manifestFile.text, `${folder}/${MANIFEST_FILE}`)
    : {};
  const articleFiles = files
    .filter((file) => file.name.endsWith('.txt'))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (articleFiles.length === 0) throw new CorpusError(`corpus: ${folder}: no .txt articles found`);

  const ids = new Set(articleFiles.map((file) => file.name.slice(0, -'.txt'.length)));
  for (const id of Object.keys(manifest)) {
    if (!ids.has(id)) {
      throw new CorpusError(
        `corpus: ${folder}/${MANIFEST_FILE}: manifest field "${id}": no article ${id}.txt in the folder`,
      );
    }
  }

  return articleFiles.map((file) => {
    const id = file.name.slice(0, -'.txt'.length);
    if (!/^[\w.-]+$/u.test(id)) {
      throw new CorpusError(
        `corpus: ${folder}/${file.name}: file name is not a valid source id (letters, digits, _ . -)`,
      );
    }
    const article = parseArticle(id, file.text, { manifest: manifest[id] });
    if (article.paragraphs.every((paragraph) => paragraph.sentences.length === 0)) {
      throw new CorpusError(
        `corpus: ${folder}/${file.name}: article has no sentences after removing page furniture`,
      );
    }
    return article;
  });
}
