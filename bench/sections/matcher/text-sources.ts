import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPageText } from '../../../lib/highlight';
import { savedPages } from '../content/bench-pages';

/** One document of the bench text: a saved page's visible text, or a seed article. */
export interface TextSource {
  name: string;
  kind: 'page' | 'seed';
  /** The page's text nodes and block separators, as the content script sees them; a seed is one chunk. */
  chunks: string[];
  chars: number;
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
 * The visible text of every saved page in `pagesDir` and of every seed
 * article, in the order the bench text repeats them; `pagesFound` is false
 * when there are no saved pages (the text is then the seeds alone).
 */
export function readTextSources(pagesDir: string, seedDir: string) {
  const pages = savedPages(pagesDir).map(({ name }): TextSource => {
    const { document } = parseHTML(readFileSync(join(pagesDir, name, 'source.html'), 'utf8'));
    const chunks = extractPageText(document).chunks.map((chunk) => chunk.text);
    return { name, kind: 'page', chunks, chars: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
  });
  const seeds = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): TextSource => {
      const text = readFileSync(join(seedDir, name), 'utf8');
      return { name, kind: 'seed', chunks: [text], chars: text.length };
    });
  if (seeds.length === 0) throw new Error(`bench: matcher: ${seedDir}: no seed articles (*.txt)`);
  return { pagesFound: pages.length > 0, sources: interleave(pages, seeds) };
}
