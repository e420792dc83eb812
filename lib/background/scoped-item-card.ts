import { scopedCorpusView, sourcePassageIds, type CorpusView } from '../compare';
import type { SourceMeta } from '../corpus';
import type { Entity } from '../entities';
import type { ItemCardRequest, ItemCardResponse } from '../messaging';
import { articlePassages, type CorpusSearch } from '../search';
import type { KeptStories } from '../stories';
import {
  findItemPassages,
  passageItems,
  userArticle,
  type NewItem,
  type PagedIndex,
  type UserSourceStore,
} from '../user-sources';
import { keptStoriesFor } from './kept-stories-for';
import type { BundledAssets } from './load-bundled-assets';
import { itemCardOf } from './page-handlers';

/** What a scoped card reads: the shipped files, the store by key and the paged index; never a list or the snapshot. */
export interface ScopedCardSources {
  assets: BundledAssets;
  /** The shipped index, loaded (the seeds' search: its passages and sources). */
  bundled: CorpusSearch;
  store: Pick<UserSourceStore, 'readerItems' | 'keptStories' | 'hidden' | 'sourcesById'>;
  index: PagedIndex;
}

type StoredPassage = NonNullable<ReturnType<CorpusSearch['passage']>>;

/** A reader's item as a catalogue entity: which sources mention it is filled from the view's passages. */
function asEntity(item: NewItem): Entity {
  return { ...item, sources: {}, mentions: 0 };
}

/** The reader's sources a card of this page needs besides the item's own: its story's members and the page itself. */
function pageSources(request: ItemCardRequest, stories: KeptStories): string[] {
  const ids = new Set<string>();
  if (request.pageSourceId !== null) ids.add(request.pageSourceId);
  const story =
    typeof request.pageStoryId === 'string'
      ? stories.storyById(request.pageStoryId)
      : request.pageSourceId !== null
        ? stories.storyOf(request.pageSourceId)
        : null;
  for (const id of story?.sourceIds ?? []) ids.add(id);
  return [...ids];
}

/**
 * The card of an item on a page, read from only what it shows: the page's
 * story's members (the kept stories know them), the reader's sources the
 * paged index names for the item's passages (`findItemPassages`) and the
 * shipped corpus, each of the reader's read by id, matched against every item
 * as the merged corpus matches them, and handed to the unchanged engine over
 * that view (`scopedCorpusView`). Null when this cannot answer as the merged
 * corpus would, so the caller loads it instead: no item records for this
 * bundled corpus (a store written before them), kept stories placed against
 * another, an item no passage of the view mentions, or a date item (its
 * passages include days named in other words, which no alias query finds).
 *
 * What differs from the merged corpus's card by design: the silent sources
 * are those of the view (the page's story's members and the shipped sources
 * that do not mention the item), not every source of the reader's; the
 * source count is the whole corpus's, from the index's totals.
 */
export async function scopedItemCard(
  request: ItemCardRequest,
  { assets, bundled, store, index }: ScopedCardSources,
): Promise<ItemCardResponse | null> {
  const [items, kept, hiddenIds, totals] = await Promise.all([
    store.readerItems(),
    store.keptStories(),
    store.hidden(),
    index.totals(),
  ]);
  if (items?.bundledKey !== assets.key || kept?.bundledKey !== assets.key) return null;
  const hidden = new Set(hiddenIds);
  const entities = [...assets.catalogue.entities, ...items.items.map(asEntity)];
  const asked = entities.find((entity) => entity.id === request.entityId);
  if (!asked || asked.kind === 'date') return null;
  const stories = keptStoriesFor(assets, { format: 1, entities }, { state: kept.state });
  const finder = passageItems(assets.catalogue, items.items);

  const bundledIds = new Set(assets.sources.map((source) => source.id));
  const named = await findItemPassages(index, asked, scopedMatcherOf(entities), {
    exclude: hidden,
  });
  const readerIds = [...new Set([...pageSources(request, stories), ...Object.keys(named)])]
    .filter((id) => !bundledIds.has(id) && !hidden.has(id))
    .sort();
  const readerMeta: SourceMeta[] = [];
  const passages = new Map<string, StoredPassage>();
  for (const source of await store.sourcesById(readerIds)) {
    let article;
    try {
      article = userArticle(source);
    } catch {
      continue;
    }
    readerMeta.push(article.meta);
    for (const passage of articlePassages(article))
      passages.set(passage.id, {
        text: passage.text,
        paragraph: passage.paragraph,
        entities: finder.ofReader(passage.text, article.meta.published),
      });
  }
  const bundledSources = assets.sources.filter((source) => !hidden.has(source.id));
  const published = new Map(bundledSources.map((source) => [source.id, source.published]));
  const passage = (id: string): StoredPassage | undefined => {
    const known = passages.get(id);
    if (known) return known;
    const shipped = bundled.passage(id);
    const sourceId = id.slice(0, id.lastIndexOf('#'));
    if (!shipped || !published.has(sourceId)) return undefined;
    const matched = { ...shipped, entities: finder.ofBundled(shipped, published.get(sourceId) ?? null) };
    passages.set(id, matched);
    return matched;
  };
  const view = scopedCorpusView({ sources: [...bundledSources, ...readerMeta], passage, entities });
  const entity = { ...asked, sources: sourcesMentioning(view, asked.id) };
  if (Object.keys(entity.sources).length === 0) return null;
  const card = itemCardOf(
    { view, comparisons: new Map(), stories, claimsOf: assets.claimsOf, entities },
    entity,
    request,
  );
  return { ...card, sourceCount: assets.sources.length + totals.articles - hidden.size };
}

/** Every item's aliases, for telling a passage of the item from one that only shares words with it. */
function scopedMatcherOf(entities: Entity[]) {
  return scopedCorpusView({ sources: [], passage: () => undefined, entities }).matcher;
}

/** Source id → the passages of it that mention the item, in article order, as the catalogue lists them. */
function sourcesMentioning(view: CorpusView, itemId: string): Entity['sources'] {
  const out: Record<string, string[]> = {};
  for (const source of view.sources) {
    const ids = sourcePassageIds(view, source.id).filter(
      (id) => view.passage(id)?.entities.includes(itemId) ?? false,
    );
    if (ids.length > 0) out[source.id] = ids;
  }
  return out;
}
