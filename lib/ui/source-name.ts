import type { SourceMeta } from '../corpus/source-meta';
import { strings } from './strings';

/**
 * How a source is named in a sentence or a column header: its outlet, else its
 * quoted title, else its id (the same in the card and the sidebar).
 */
export function sourceName(source: Pick<SourceMeta, 'id' | 'outlet' | 'title'>): string {
  if (source.outlet !== null) return source.outlet;
  return source.title === null ? strings.untitled(source.id) : strings.cardQuotedTitle(source.title);
}
