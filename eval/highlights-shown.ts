import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusBundle } from '../lib/node';
import { articleStoryText } from '../lib/stories';
import { pageHighlightReport, pageJudge } from '../cli/page-highlights';
import { readPageText } from '../cli/read-page-text';

/**
 * Highlights shown per page with the default settings, as `npm run -s entities`
 * reports them: on the saved real pages (all about other stories than the
 * seeds'), and on the seed articles given as pages (each keeps every item).
 * Beside each, what "every known item" (Parallax before stories) shows.
 */
export interface HighlightsShown {
  realPages: {
    pages: { name: string; story: string | null; shown: number; everyItem: number; shownItems: string[] }[];
    median: number;
    p90: number;
    everyItemMedian: number;
    everyItemP90: number;
    target: string;
  };
  seedPages: {
    pages: { id: string; story: string | null; items: number; shownItems: number }[];
    /** Every item found on every seed page is highlighted. */
    everyItemKept: boolean;
  };
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function highlightsShown(seedsDir: string, pagesDir: string): HighlightsShown {
  const bundle = readCorpusBundle(seedsDir);
  const judge = pageJudge(bundle);
  const names = existsSync(pagesDir)
    ? readdirSync(pagesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(pagesDir, entry.name, 'source.html')))
        .map((entry) => entry.name)
        .sort()
    : [];
  const pages = names.map((name) => {
    const file = join(pagesDir, name, 'source.html');
    const report = pageHighlightReport(judge, readPageText(file), file);
    const shown = report.mentions.filter((mention) => mention.shown);
    return {
      name,
      story: report.story?.story.id ?? null,
      shown: shown.length,
      // "Every known item": the same density rule, no story filter.
      everyItem: report.mentions.filter((mention) => mention.firstInBlock).length,
      shownItems: [...new Set(shown.map((mention) => mention.entityId))],
    };
  });
  const seedPages = bundle.articles.map((article) => {
    const report = pageHighlightReport(judge, articleStoryText(article), null);
    const items = new Set(report.mentions.map((mention) => mention.entityId));
    const shownItems = new Set(report.mentions.filter((m) => m.shown).map((m) => m.entityId));
    return {
      id: article.meta.id,
      story: report.story?.story.id ?? null,
      items: items.size,
      shownItems: shownItems.size,
    };
  });
  const counts = pages.map((page) => page.shown);
  const every = pages.map((page) => page.everyItem);
  return {
    realPages: {
      pages,
      median: percentile(counts, 0.5),
      p90: percentile(counts, 0.9),
      everyItemMedian: percentile(every, 0.5),
      everyItemP90: percentile(every, 0.9),
      target: 'p90 ≤ 2',
    },
    seedPages: {
      pages: seedPages,
      everyItemKept: seedPages.every((page) => page.items === page.shownItems && page.story !== null),
    },
  };
}

/** The section `npm run eval` prints. */
export function formatHighlightsShown(result: HighlightsShown): string {
  const { realPages, seedPages } = result;
  const lines = [
    `Highlights shown per page (default settings; beside it, every known item):`,
    `- ../shared/pages (${realPages.pages.length} pages about other stories): median ${realPages.median}, p90 ${realPages.p90} (every item: median ${realPages.everyItemMedian}, p90 ${realPages.everyItemP90}); target ${realPages.target}`,
    ...realPages.pages.map(
      (page) =>
        `  - ${page.name}: ${page.shown} of ${page.everyItem}${page.story === null ? '' : ` (story ${page.story})`}${page.shownItems.length > 0 ? ` [${page.shownItems.join(', ')}]` : ''}`,
    ),
    `- seed pages: ${seedPages.everyItemKept ? 'every item kept' : '**items lost**'} (${seedPages.pages
      .map((page) => `${page.shownItems}/${page.items}`)
      .join(', ')})`,
  ];
  return lines.join('\n');
}
