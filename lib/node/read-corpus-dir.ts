import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCorpus,
  CorpusError,
  decodeCorpusText,
  MAX_ARTICLE_CHARS,
  type Article,
  type BuildCorpusOptions,
} from '../corpus';

/**
 * A file this many bytes long decodes to more than `MAX_ARTICLE_CHARS`
 * (UTF-8 spends at most 3 bytes per UTF-16 code unit), so it is refused
 * without reading it: a stray multi-gigabyte file would otherwise exhaust
 * memory before the limit could be checked.
 */
const MAX_ARTICLE_BYTES = 3 * MAX_ARTICLE_CHARS;

/**
 * Reads and parses every `.txt` article (and `sources.json`) in a folder. Node
 * only. Files must be UTF-8; warnings (skipped files) go to `onWarning`, by
 * default to standard error, so the build and every CLI report them alike.
 */
export function readCorpusDir(dir: string, options: BuildCorpusOptions = {}): Article[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new CorpusError(
      `corpus: ${dir}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const files = names
    .filter((name) => name.endsWith('.txt') || name === 'sources.json')
    .map((name) => ({ name, text: readText(join(dir, name), `${dir}/${name}`, name.endsWith('.txt')) }));
  return buildCorpus(files, dir, { onWarning: options.onWarning ?? ((message) => console.warn(message)) });
}

/** A corpus file's text; `label` names it in errors. Exported for `entities.json`. */
export function readText(path: string, label: string, isArticle = false): string {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (isArticle && size > MAX_ARTICLE_BYTES) {
      throw new CorpusError(
        `corpus: ${label}: file is ${size.toLocaleString('en')} bytes, over the limit of ` +
          `${MAX_ARTICLE_CHARS.toLocaleString('en')} characters; is it really one article?`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(
      `corpus: ${label}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return decodeCorpusText(bytes, label);
}
