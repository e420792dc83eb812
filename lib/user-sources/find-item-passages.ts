import type { Entity } from '../entities/catalogue-schema';
import type { Matcher } from '../entities/compile-matcher';
import type { PagedIndex, UserPassageHit } from './paged-index';

/**
 * Candidates asked of the index per alias: a card lists a few passages per
 * source, so an item named in more passages than this is shown from its
 * best-ranked ones (BM25 favours short passages that repeat the name).
 */
export const ITEM_CANDIDATES_PER_ALIAS = 500;

export interface ItemPassagesOptions {
  /** Sources left out (hidden). */
  exclude?: ReadonlySet<string>;
  limit?: number;
}

const sentenceOf = (id: string) => Number(id.slice(id.lastIndexOf('#') + 1));

/**
 * The reader's passages that mention an item, per source in article order,
 * found in the paged index without the merged corpus: each alias is a query
 * (all its words required), and a candidate counts only when `matcher` (the
 * catalogue's, as the merged corpus matches passages) finds the item in it,
 * so "Donald Trump Jr." is not a passage of "Donald Trump" and a prefix
 * completion ("Trumps") is no mention.
 */
export async function findItemPassages(
  index: PagedIndex,
  item: Pick<Entity, 'id' | 'aliases'>,
  matcher: Matcher,
  options: ItemPassagesOptions = {},
): Promise<Record<string, UserPassageHit[]>> {
  const limit = options.limit ?? ITEM_CANDIDATES_PER_ALIAS;
  const found = await Promise.all(
    item.aliases.map((alias) =>
      index.search(alias.text, { limit, ...(options.exclude && { exclude: options.exclude }) }),
    ),
  );
  const byId = new Map<string, UserPassageHit>();
  for (const hit of found.flat())
    if (!byId.has(hit.id) && matcher.findAll(hit.text).some((mention) => mention.entityId === item.id))
      byId.set(hit.id, hit);
  const bySource: Record<string, UserPassageHit[]> = {};
  for (const hit of [...byId.values()].sort((a, b) => sentenceOf(a.id) - sentenceOf(b.id)))
    (bySource[hit.sourceId] ??= []).push(hit);
  return bySource;
}
