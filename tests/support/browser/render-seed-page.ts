import type { Article } from '../../../lib/corpus';

/** Text goes into markup only through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A seed article as a plain, readable news page: headline, outlet, date,
 * byline, then the article's paragraphs (headings stay headings). The text is
 * the corpus's own clean text, so what a test finds on the page is exactly
 * what the search index holds.
 */
export function renderSeedPage(article: Article): string {
  const { meta } = article;
  const title = meta.title ?? `Untitled article (${meta.id})`;
  const byline = [meta.outlet, meta.author && `by ${meta.author}`, meta.published]
    .filter(Boolean)
    .join(' · ');
  const body = article.paragraphs
    .map((paragraph) =>
      paragraph.kind === 'heading'
        ? `      <h2>${escapeHtml(paragraph.text)}</h2>`
        : `      <p>${escapeHtml(paragraph.text)}</p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>
      body { margin: 0; background: #faf8f4; color: #222; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; }
      header.site { padding: 12px 24px; border-bottom: 1px solid #ddd; font: 600 14px/1 system-ui, sans-serif;
        letter-spacing: 0.08em; text-transform: uppercase; color: #555; }
      article { max-width: 680px; margin: 32px auto 64px; padding: 0 24px; }
      h1 { font-size: 34px; line-height: 1.2; margin: 0 0 12px; }
      h2 { font-size: 22px; margin: 32px 0 8px; }
      .byline { font: 14px/1.4 system-ui, sans-serif; color: #666; margin-bottom: 28px; }
    </style>
  </head>
  <body>
    <header class="site">Parallax demo page · seed ${escapeHtml(meta.id)}</header>
    <article data-source-id="${escapeHtml(meta.id)}">
      <h1>${escapeHtml(title)}</h1>
      <p class="byline">${escapeHtml(byline)}</p>
${body}
    </article>
  </body>
</html>
`;
}
