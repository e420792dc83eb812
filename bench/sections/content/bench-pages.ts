import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../lib/corpus';
import { renderSeedPage } from '../../../tests/support/browser/render-seed-page';
import {
  deepNestingHtml,
  LONG_ARTICLE_CHARS,
  longArticleHtml,
  manyElementsHtml,
  singleTextNodeHtml,
} from '../../../tests/support/browser/stress-pages';

/**
 * The pages the content section loads: the saved real pages (discovered in
 * place, never copied), one page per seed article, and the generated stress
 * pages. Seed and stress pages are written to a temporary folder at run time.
 */

export type PageKind = 'saved' | 'seed' | 'stress';

export interface BenchPage {
  name: string;
  kind: PageKind;
  /** Served path: `/saved/<name>/source.html` or `/generated/<file>`. */
  path: string;
  /** Size of the HTML file. */
  bytes: number;
}

/** URL prefixes the fixture server mounts the two folders at. */
export const SAVED_PREFIX = '/saved';
export const GENERATED_PREFIX = '/generated';

/** Every `<name>/source.html` in `dir`, in name order; none if `dir` is missing. */
export function savedPages(dir: string): BenchPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name): BenchPage[] => {
      const file = join(dir, name, 'source.html');
      // existsSync first: statSync throws ENOTDIR for a file beside the folders (README.md).
      if (!existsSync(file) || !statSync(file).isFile()) return [];
      return [
        { name, kind: 'saved', path: `${SAVED_PREFIX}/${name}/source.html`, bytes: statSync(file).size },
      ];
    });
}

function writePage(dir: string, file: string, name: string, kind: PageKind, html: string): BenchPage {
  writeFileSync(join(dir, file), html);
  return { name, kind, path: `${GENERATED_PREFIX}/${file}`, bytes: Buffer.byteLength(html) };
}

/** One page per seed article, as the e2e tests render them. */
export function writeSeedPages(dir: string, articles: readonly Article[]): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  return articles.map((article) =>
    writePage(
      dir,
      `seed-${article.meta.id}.html`,
      `seed ${article.meta.id.slice(0, 3)}`,
      'seed',
      renderSeedPage(article),
    ),
  );
}

/**
 * The long article and the many-elements page, from the seed articles'
 * paragraphs; with `all`, also a 5 MB article, one 10 MB text node and
 * 5,000 levels of nesting.
 */
export function writeStressPages(dir: string, articles: readonly Article[], all = false): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  const paragraphs = articles.flatMap((article) =>
    article.paragraphs.filter((paragraph) => paragraph.kind === 'text').map((paragraph) => paragraph.text),
  );
  const pages = [
    writePage(dir, 'long-article.html', 'long article (1 MB)', 'stress', longArticleHtml(paragraphs)),
    writePage(dir, 'many-elements.html', '50k elements', 'stress', manyElementsHtml(paragraphs)),
  ];
  if (!all) return pages;
  return [
    ...pages,
    writePage(
      dir,
      'long-article-5mb.html',
      'long article (5 MB)',
      'stress',
      longArticleHtml(paragraphs, 5 * LONG_ARTICLE_CHARS),
    ),
    writePage(dir, 'single-text-node.html', 'one 10 MB text node', 'stress', singleTextNodeHtml(paragraphs)),
    writePage(dir, 'deep-nesting.html', '5,000-deep nesting', 'stress', deepNestingHtml(paragraphs)),
  ];
}

/**
 * The `--quick` subset of the saved pages: the smallest, the median and the
 * largest file, so the quick run still spans the range without naming pages.
 */
export function quickSubset(pages: readonly BenchPage[]): BenchPage[] {
  if (pages.length <= 3) return [...pages];
  const bySize = [...pages].sort((a, b) => a.bytes - b.bytes);
  const picks = new Set([bySize[0], bySize[Math.floor(bySize.length / 2)], bySize.at(-1)]);
  return pages.filter((page) => picks.has(page));
}
