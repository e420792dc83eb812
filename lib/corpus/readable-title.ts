import type { SourceMeta } from './source-meta';

/**
 * A source's title as the English reports outside the extension write it (the
 * Markdown export, the CLI): its title, else its lead sentence marked as such,
 * never its id. The extension's own surfaces say the same through the locale
 * file (lib/ui's `sourceName`).
 */
export function readableTitle(source: Pick<SourceMeta, 'title' | 'lead'>): string {
  if (source.title !== null) return source.title;
  return source.lead ? `From the text: “${source.lead}”` : 'Untitled article';
}
