import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article } from '../../../lib/corpus';
import { readCorpusDir } from '../../../lib/node';
import { renderSeedPage } from '../../support/browser/render-seed-page';
import { serveFixtures } from '../../support/browser/serve';

/** The corpus the extension was built from (wxt.config.ts reads the same folder). */
const SEEDS_DIR = resolve(process.env.PARALLAX_CORPUS ?? 'seeds');

export interface SeedSite {
  /** The corpus articles, as the extension knows them. */
  articles: Article[];
  /** The address of a seed article's page (`<id>.html`) or of one of the extra pages, by file name. */
  url: (file: string) => string;
  /** Stops the server and removes the generated pages. */
  close: () => Promise<void>;
}

/**
 * Writes every seed article as a page (`<id>.html`, see renderSeedPage) plus
 * `extraPages` (file name → HTML, or made from the articles) into a throw-away folder and serves it from
 * http://127.0.0.1, where the content script runs. Nothing is written into
 * the repository.
 */
export async function serveSeedSite(
  extraPages: Record<string, string> | ((articles: Article[]) => Record<string, string>) = {},
): Promise<SeedSite> {
  const articles = readCorpusDir(SEEDS_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-seed-site-'));
  for (const article of articles)
    writeFileSync(join(dir, `${article.meta.id}.html`), renderSeedPage(article));
  const extra = typeof extraPages === 'function' ? extraPages(articles) : extraPages;
  for (const [file, html] of Object.entries(extra)) writeFileSync(join(dir, file), html);
  const server = await serveFixtures({ '/site': dir });
  return {
    articles,
    url: (file) => server.url(`/site/${file}`),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
