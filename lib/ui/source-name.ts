import type { SourceMeta } from '../corpus/source-meta';
import { strings } from './strings';

/**
 * How a source is named in a sentence or a column header: its outlet, else its
 * quoted title, else its lead sentence; never its id, which means nothing to a
 * reader (the same in the card and the sidebar).
 */
export function sourceName(source: Pick<SourceMeta, 'outlet' | 'title' | 'lead'>): string {
  if (source.outlet !== null) return source.outlet;
  return source.title === null ? strings.untitled(source.lead) : strings.cardQuotedTitle(source.title);
}
