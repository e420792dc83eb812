import { scopedCorpusView, sourcePassageIds, type CorpusView } from '../compare';
import type { SourceMeta } from '../corpus';
import { catalogueMatcher, type Entity, type Matcher } from '../entities';
import type { ItemCardRequest, ItemCardResponse } from '../messaging';
import { articlePassages, type CorpusSearch } from '../search';
import type { KeptStories } from '../stories';
import {
  findItemPassages,
  passageItems,
  userArticle,
  type NewItem,
  type PagedIndex,
  type PassageItems,
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
  memo: ScopedCardMemo = scopedCardMemo(),
): Promise<ItemCardResponse | null> {
  const key = JSON.stringify(request);
  const known = memo.cards.get(key);
  if (known) return known;
  memo.base ??= baseOf(assets, store, index);
  const base = await memo.base.catch((error: unknown) => {
    memo.base = null;
    throw error;
  });
  if (!base) return null;
  const { hidden, entities, stories, finder } = base;
  const asked = entities.find((entity) => entity.id === request.entityId);
  if (!asked || asked.kind === 'date') return null;

  const bundledIds = new Set(assets.sources.map((source) => source.id));
  const named = await findItemPassages(index, asked, base.matcher, { exclude: hidden });
  const readerIds = [...new Set([...pageSources(request, stories), ...Object.keys(named)])]
    .filter((id) => !bundledIds.has(id) && !hidden.has(id))
    .sort();
  const unread = readerIds.filter((id) => !memo.articles.has(id));
  for (const source of await store.sourcesById(unread)) {
    let article;
    try {
      article = userArticle(source);
    } catch {
      continue;
    }
    remember(
      memo.articles,
      source.id,
      {
        meta: article.meta,
        passages: articlePassages(article).map((passage) => ({
          id: passage.id,
          text: passage.text,
          paragraph: passage.paragraph,
          entities: finder.ofReader(passage.text, article.meta.published),
        })),
      },
      MEMO_ARTICLES,
    );
  }
  const readerMeta: SourceMeta[] = [];
  const passages = new Map<string, StoredPassage>();
  for (const id of readerIds) {
    const read = memo.articles.get(id);
    if (!read) continue;
    readerMeta.push(read.meta);
    for (const { id: passageId, ...stored } of read.passages) passages.set(passageId, stored);
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
  const answer = { ...card, sourceCount: assets.sources.length + base.readerArticles - hidden.size };
  remember(memo.cards, key, answer, MEMO_CARDS);
  return answer;
}

/** What every scoped card of one worker life shares, read once: null when the store cannot serve one. */
interface ScopedBase {
  hidden: ReadonlySet<string>;
  entities: Entity[];
  stories: KeptStories;
  finder: PassageItems;
  matcher: Matcher;
  readerArticles: number;
}

async function baseOf(
  assets: BundledAssets,
  store: ScopedCardSources['store'],
  index: PagedIndex,
): Promise<ScopedBase | null> {
  const [items, kept, hidden, totals] = await Promise.all([
    store.readerItems(),
    store.keptStories(),
    store.hidden(),
    index.totals(),
  ]);
  if (items?.bundledKey !== assets.key || kept?.bundledKey !== assets.key) return null;
  const entities = [...assets.catalogue.entities, ...items.items.map(asEntity)];
  return {
    hidden: new Set(hidden),
    entities,
    stories: keptStoriesFor(assets, { format: 1, entities }, { state: kept.state }),
    finder: passageItems(assets.catalogue, items.items),
    // Every item's aliases: a passage of "Donald Trump Jr." is not one of "Donald Trump".
    matcher: catalogueMatcher({ format: 1, entities }),
    readerArticles: totals.articles,
  };
}

/** A reader's article as a scoped card reads it: its facts and its passages with their items. */
interface ReadArticle {
  meta: SourceMeta;
  passages: (StoredPassage & { id: string })[];
}

/**
 * What scoped cards keep between questions while the merged corpus is not
 * loaded; valid only until the reader's sources change (the host drops it
 * then: every change loads the merged corpus). Bounded, oldest out first.
 */
export interface ScopedCardMemo {
  base: Promise<ScopedBase | null> | null;
  articles: Map<string, ReadArticle>;
  cards: Map<string, ItemCardResponse>;
}

/** Articles kept parsed (a card of a common item reads hundreds) and cards kept whole (a page asks again). */
const MEMO_ARTICLES = 4000;
const MEMO_CARDS = 64;

export function scopedCardMemo(): ScopedCardMemo {
  return { base: null, articles: new Map(), cards: new Map() };
}

function remember<V>(map: Map<string, V>, key: string, value: V, bound: number): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= bound) break;
    map.delete(oldest);
  }
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
