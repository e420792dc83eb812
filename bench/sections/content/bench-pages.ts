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
 * The pages the browser sections load: the saved real pages (discovered in
 * place, never copied), one page per seed article, and the generated stress
 * pages, these two written to a temporary folder at run time.
 */

export interface BenchPage {
  name: string;
  kind: 'saved' | 'seed' | 'stress';
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

function writePage(
  dir: string,
  kind: BenchPage['kind'],
  file: string,
  name: string,
  html: string,
): BenchPage {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), html);
  return { name, kind, path: `${GENERATED_PREFIX}/${file}`, bytes: Buffer.byteLength(html) };
}

/** One page per seed article, as the e2e tests render them. */
export function writeSeedPages(dir: string, articles: readonly Article[]): BenchPage[] {
  return articles.map((article) => {
    const { id } = article.meta;
    return writePage(dir, 'seed', `seed-${id}.html`, `seed ${id.slice(0, 3)}`, renderSeedPage(article));
  });
}

/**
 * The 1 MB article and the 50,000-element page from the seed articles'
 * paragraphs; with `all`, also a 5 MB article, one 10 MB text node and
 * 5,000 levels of nesting.
 */
/** The stress page of 50,000 elements, which has a start → highlighted target of its own. */
export const MANY_ELEMENTS_PAGE = '50k elements';

export function writeStressPages(dir: string, articles: readonly Article[], all: boolean): BenchPage[] {
  const paragraphs = articles.flatMap((article) =>
    article.paragraphs.filter((paragraph) => paragraph.kind === 'text').map((paragraph) => paragraph.text),
  );
  const pages: [file: string, name: string, html: (paragraphs: string[]) => string][] = [
    ['long-article.html', 'long article (1 MB)', longArticleHtml],
    ['many-elements.html', MANY_ELEMENTS_PAGE, manyElementsHtml],
    [
      'long-article-5mb.html',
      'long article (5 MB)',
      (texts) => longArticleHtml(texts, 5 * LONG_ARTICLE_CHARS),
    ],
    ['single-text-node.html', 'one 10 MB text node', singleTextNodeHtml],
    ['deep-nesting.html', '5,000-deep nesting', deepNestingHtml],
  ];
  return (all ? pages : pages.slice(0, 2)).map(([file, name, html]) =>
    writePage(dir, 'stress', file, name, html(paragraphs)),
  );
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
