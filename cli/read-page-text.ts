import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPageText } from '../lib/highlight';
import { UsageError } from './args';

/**
 * The text a reader sees in a file: an HTML page's visible text (the same
 * extractor the content script runs, on linkedom's DOM), or a text file as is.
 */
export function readPageText(file: string): string {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `entities: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return extractPageText(parseHTML(content).document).text;
  if (extension === '.txt' || extension === '.md') return content;
  throw new UsageError(`entities: ${file}: expected a .html or .txt file`);
}
