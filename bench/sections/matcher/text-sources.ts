import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPageText } from '../../../lib/highlight';

/** One document of the bench text: a saved page's visible text, or a seed article. */
export interface TextSource {
  name: string;
  kind: 'page' | 'seed';
  /** The page's text nodes and block separators, as the content script sees them; a seed is one chunk. */
  chunks: string[];
  chars: number;
}

export interface TextSources {
  pagesDir: string;
  /** False when `pagesDir` is missing or holds no pages: the text is then the seeds alone. */
  pagesFound: boolean;
  /** Pages and seeds in the order the bench text repeats them. */
  sources: TextSource[];
}

/** Every `<name>/source.html` under `dir`, in name order; none if `dir` is missing. */
function pageFiles(dir: string): { name: string; path: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, path: join(dir, name, 'source.html') }))
    .filter((page) => existsSync(page.path) && statSync(page.path).isFile());
}

function pageSource(name: string, html: string): TextSource {
  const { document } = parseHTML(html);
  const chunks = extractPageText(document).chunks.map((chunk) => chunk.text);
  return { name, kind: 'page', chunks, chars: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
}

/**
 * Spreads the seeds evenly among the pages, so the dense seed mentions are
 * not all in one stretch of the text (a 1 MB cut then keeps its share).
 */
export function interleave<T>(pages: readonly T[], seeds: readonly T[]): T[] {
  const out: T[] = [];
  let seed = 0;
  pages.forEach((page, i) => {
    out.push(page);
    const due = Math.floor(((i + 1) * seeds.length) / pages.length);
    while (seed < due) out.push(seeds[seed++] as T);
  });
  while (seed < seeds.length) out.push(seeds[seed++] as T);
  return out;
}

/**
 * The visible text of every saved page in `pagesDir` (discovered, never
 * listed) and the text of every seed article, read at run time.
 */
export function readTextSources(pagesDir: string, seedDir: string): TextSources {
  const pages = pageFiles(pagesDir).map((page) => pageSource(page.name, readFileSync(page.path, 'utf8')));
  const seeds: TextSource[] = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(seedDir, name), 'utf8');
      return { name, kind: 'seed', chunks: [text], chars: text.length };
    });
  if (seeds.length === 0) throw new Error(`bench: matcher: ${seedDir}: no seed articles (*.txt)`);
  return { pagesDir, pagesFound: pages.length > 0, sources: interleave(pages, seeds) };
}
