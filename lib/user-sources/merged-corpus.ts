import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { KnownSource } from '../corpus/identify-page';
import { textSketch } from '../corpus/text-fingerprint';
import type { Article, SourceMeta } from '../corpus/types';
import { isProperKind, type Catalogue, type Entity } from '../entities/catalogue-schema';
import { AliasBook } from '../entities/alias-book';
import { compileMatcher, type MatchAlias, type Matcher } from '../entities/compile-matcher';
import { dateKeyOf, daysNamedIn } from '../compare/item-passages';
import { CorpusSearch } from '../search/corpus-search';
import { articlePassages, type Passage } from '../search/passage';
import { indexTerm } from '../search/index-term';
import { INDEX_OPTIONS } from '../search/search-options';
import { tokenize } from '../search/tokenize';
import { articleSignals, articleStoryText } from '../stories/corpus-stories';
import { readStoriesFile, type StoriesFile } from '../stories/stories-file';
import { type StoryIndex } from '../stories/story-index';
import type { StorySignals } from '../stories/story-signals';
import { findNamedPhrases, phraseKey, type PhraseCount } from './find-named-phrases';
import { DuplicateKeys } from './duplicate-keys';
import { ItemMentions } from './item-mentions';
import { keepNewItems } from './keep-new-items';
import { PhrasePool, type NewItem } from './phrase-pool';

/**
 * The bundled corpus plus the reader's articles, kept up to date one change
 * at a time: MiniSearch's `add` / `discard` / `replace` / `vacuum` on the
 * passage index, and for the catalogue the light path of find-named-phrases
 * (the bundled items are found in new articles by the shipped matcher; new
 * items are located in *every* passage, bundled ones included). Nothing is
 * re-tokenised or re-matched beyond the changed articles and the passages
 * that contain a changed item's alias. `rebuild` computes the same state
 * from scratch; the property tests hold the two equal.
 */

/** What the extension ships (see wxt.config.ts). */
export interface BundledParts {
  /** MiniSearch's JSON, parsed. */
  index: AsPlainObject;
  sources: readonly SourceMeta[];
  catalogue: Catalogue;
  signatures: readonly KnownSource[];
  /** The shipped stories file (corpus/stories.json), unparsed. */
  storiesJson: unknown;
}

/** An article's story signals as JSON stores them. */
export type StoredSignals = StoriesFile['articles'][number];

/** What is persisted after every change, so a restarted service worker recomputes nothing. */
export interface MergedSnapshot {
  index: AsPlainObject;
  sources: SourceMeta[];
  catalogue: Catalogue;
  signatures: KnownSource[];
  /** Per user source, its would-be items (the input of keepNewItems). */
  phrases: Record<string, Record<string, PhraseCount>>;
  /**
   * Per user source, its story signals (what joins it to a story), so a restart re-reads none of the texts;
   * each as JSON text, parsed only when read (a load reads none: KeptStories places the stories), or, as
   * older snapshots wrote them, as objects.
   */
  stories: Record<string, StoredSignals | string>;
}

export interface CorpusChange {
  /** New articles, or new versions of stored ones (same id). */
  add?: readonly Article[];
  remove?: readonly string[];
}

/** The alias book's keys of the reader's items (the bundled items' are their ids). */
const READER_ALIASES = 'reader:';

/** Passages holding every term of a phrase, exactly: what may hold it as the matcher reads it. */
const HOLDING = { combineWith: 'AND', prefix: false, fuzzy: false } as const;

/** The batch MiniSearch vacuums in; no wait between batches, as nothing else runs in the index meanwhile. */
const VACUUM = { batchSize: 5000, batchWait: 0 } as const;
/**
 * Vacuuming walks every term of the index, so it waits until this share of
 * the passages are discarded ones (which every reader of the index skips:
 * MiniSearch's search, and PassageEngine, which drops ids no longer held):
 * a change then costs what it touches, and the walk is paid once per tenth.
 */
const VACUUM_DIRT_FACTOR = 0.1;

function sentenceNumber(passageId: string): number {
  return Number(passageId.slice(passageId.lastIndexOf('#') + 1));
}

function sameItem(a: NewItem | undefined, b: NewItem | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function matchAliases(
  items: readonly { id: string; kind: Entity['kind']; aliases: Entity['aliases'] }[],
): MatchAlias[] {
  return items.flatMap((item) =>
    item.aliases.map((alias) => ({
      text: alias.text,
      entityId: item.id,
      caseSensitive: alias.caseSensitive,
      properNoun: isProperKind(item.kind),
    })),
  );
}

/** Item id → the items a mention of it also reports (the build's concept links, `Entity.also`). */
type Implied = ReadonlyMap<string, readonly string[]>;

function impliedBy(entities: readonly Entity[]): Implied {
  return new Map(entities.flatMap((entity) => (entity.also ? [[entity.id, entity.also] as const] : [])));
}

/** Date item id by its day (`MM-DD`). */
type DateItems = ReadonlyMap<string, string>;

function dateItemsOf(entities: readonly Entity[]): DateItems {
  return new Map(
    entities.flatMap((entity) => {
      const day = entity.kind === 'date' ? dateKeyOf(entity.label) : null;
      return day === null ? [] : [[day, entity.id] as const];
    }),
  );
}

/**
 * The items a passage mentions, in order of first mention, then those they also report, then the
 * date items of the days it names relative to its article's date ("on Wednesday"): as the build
 * records them, with the same `daysNamedIn` (lib/node hands it to buildCatalogue).
 */
function entitiesIn(
  text: string,
  matcher: Matcher,
  implied: Implied,
  days: { published: string | null; dateItems: DateItems },
): string[] {
  const found = new Set(matcher.findAll(text).map((mention) => mention.entityId));
  for (const id of [...found]) for (const also of implied.get(id) ?? []) found.add(also);
  for (const day of daysNamedIn(text, days.published)) {
    const dateItem = days.dateItems.get(day);
    if (dateItem !== undefined) found.add(dateItem);
  }
  return [...found];
}

/**
 * MiniSearch's `loadJS` keeps the plain object's `averageFieldLength` array
 * and updates it in place on every add and discard: give it a copy, so the
 * shipped index (or a snapshot) is never changed behind its owner's back.
 */
function loadIndex(plain: AsPlainObject): MiniSearch<Passage> {
  return MiniSearch.loadJS<Passage>(
    { ...plain, averageFieldLength: [...plain.averageFieldLength] },
    { ...INDEX_OPTIONS, autoVacuum: false },
  );
}

/** Passages stored in a MiniSearch JSON index, by id. */
function storedPassages(plain: AsPlainObject): Passage[] {
  return Object.entries(plain.documentIds).map(([short, id]) => ({
    ...(plain.storedFields[short] as Omit<Passage, 'id'>),
    id: String(id),
  }));
}

function storedSignals(id: string, signals: StorySignals): StoredSignals {
  return {
    id,
    published: signals.published,
    features: Object.fromEntries(signals.features),
    surface: Object.fromEntries(signals.surface),
  };
}

/** An article's story signals from a snapshot, parsed from its JSON text when it is one. */
export function signalsFromSnapshot(stored: StoredSignals | string): StorySignals {
  const { published, features, surface } =
    typeof stored === 'string' ? (JSON.parse(stored) as StoredSignals) : stored;
  return {
    published,
    features: new Map(Object.entries(features)),
    surface: new Map(Object.entries(surface)),
  };
}

/**
 * The shipped stories with the reader's articles added one by one, in id
 * order (so a restart from a snapshot groups them as the last run did, give
 * or take the order they first arrived in); labels from `items`.
 */
function mergedStories(
  storiesJson: unknown,
  items: readonly { id: string; label: string }[],
  users: readonly (readonly [string, StorySignals])[],
): StoryIndex {
  const labels = new Map(items.map((item) => [item.id, item.label]));
  const stories = readStoriesFile(storiesJson, 'corpus/stories.json', {}, (id) => labels.get(id));
  for (const [id, signals] of [...users].sort(([a], [b]) => (a < b ? -1 : 1))) stories.add(id, signals);
  return stories;
}

function toRecord(phrases: ReadonlyMap<string, ReadonlyMap<string, PhraseCount>>): MergedSnapshot['phrases'] {
  return Object.fromEntries([...phrases].map(([id, map]) => [id, Object.fromEntries(map)]));
}

/**
 * The items of passages as the merged corpus records them, for a view built
 * outside it (the scoped card, lib/background/scoped-item-card.ts): a reader
 * passage is matched against every item, bundled and the reader's; a shipped
 * passage keeps the build's items unless one of the reader's items' aliases
 * is in it, where it is matched again whole, as `apply` re-matches it.
 */
export interface PassageItems {
  ofReader(text: string, published: string | null): string[];
  ofBundled(
    passage: { text: string; entities: readonly string[] },
    published: string | null,
  ): readonly string[];
}

export function passageItems(bundled: Catalogue, readerItems: readonly NewItem[]): PassageItems {
  const matcher = compileMatcher(matchAliases([...bundled.entities, ...readerItems]));
  const probe = compileMatcher(matchAliases(readerItems));
  const implied = impliedBy(bundled.entities);
  const dateItems = dateItemsOf(bundled.entities);
  const ofReader = (text: string, published: string | null): string[] =>
    entitiesIn(text, matcher, implied, { published, dateItems });
  return {
    ofReader,
    ofBundled: (passage, published) =>
      probe.findAll(passage.text).length === 0 ? passage.entities : ofReader(passage.text, published),
  };
}

/** Article id → its would-be items, found before the change (lib/background/extract-items.ts). */
export type PrecomputedPhrases = ReadonlyMap<string, ReadonlyMap<string, PhraseCount>>;

function phrasesOf(article: Article, precomputed: PrecomputedPhrases | undefined): Map<string, PhraseCount> {
  const found = precomputed?.get(article.meta.id);
  return found ? new Map(found) : findNamedPhrases(article);
}

interface UserEntry {
  meta: SourceMeta;
  sketch: number[];
  passageIds: string[];
  /** As the snapshot stored them until first read (`signalsOf`). */
  signals: StorySignals | string;
}

/** A reader entry's story signals, parsed from the snapshot's text on first read and kept. */
function entrySignals(user: UserEntry): StorySignals {
  if (typeof user.signals === 'string') user.signals = signalsFromSnapshot(user.signals);
  return user.signals;
}

export class MergedCorpus {
  private readonly bundledIds: ReadonlySet<string>;
  private readonly knownKeys: ReadonlySet<string>;
  private readonly implied: Implied;
  private readonly dateItems: DateItems;
  private readonly bundledPublished: ReadonlyMap<string, string | null>;
  /** Every alias, bundled and the reader's, by first word: a text's matcher is compiled over those it can hold. */
  private readonly aliasBook = new AliasBook();
  /** The stories of every source, clustered exactly; built on first read (the extension keeps its stories apart: KeptStories). */
  private storyIndex: StoryIndex | null = null;
  private readonly duplicateKeys = new DuplicateKeys();
  private readonly mentions = new ItemMentions();
  /** The reader's would-be items pooled over their sources, changed one source at a time. */
  private readonly pool: PhrasePool;
  /** Catalogue entries as last built, by item id (dropped when the item's mentions or aliases change). */
  private readonly entries = new Map<string, Entity>();
  private readonly bundledOrder: ReadonlyMap<string, number>;

  private constructor(
    private readonly bundled: BundledParts,
    private readonly index: MiniSearch<Passage>,
    /** Every live passage, bundled and user, by id. */
    private readonly passages: Map<string, Passage>,
    private readonly users: Map<string, UserEntry>,
    private readonly phrases: Map<string, Map<string, PhraseCount>>,
    private newItems: NewItem[],
  ) {
    this.bundledIds = new Set(bundled.catalogue.entities.map((entity) => entity.id));
    this.implied = impliedBy(bundled.catalogue.entities);
    this.dateItems = dateItemsOf(bundled.catalogue.entities);
    this.bundledPublished = new Map(bundled.sources.map((source) => [source.id, source.published]));
    this.bundledOrder = new Map(bundled.sources.map((source, i) => [source.id, i]));
    for (const passage of passages.values()) this.mentions.add(passage);
    this.knownKeys = new Set(
      bundled.catalogue.entities.flatMap((entity) => entity.aliases.map((alias) => phraseKey(alias.text))),
    );
    bundled.catalogue.entities.forEach((entity, index) =>
      this.aliasBook.set(entity.id, matchAliases([entity]), 0, String(index).padStart(8, '0')),
    );
    for (const item of newItems) this.setReaderAliases(item);
    for (const [id, user] of users) this.duplicateKeys.add(id, user.meta.url, user.sketch);
    this.pool = new PhrasePool(this.knownKeys, this.bundledIds);
    const touched = new Set<string>();
    for (const [id, found] of phrases) this.pool.change(id, found, 1, touched);
    this.pool.settle(touched);
  }

  /** The reader's sources an article may be a new version of (duplicate-keys.ts), best first. */
  duplicateCandidates(url: string | null, hashes: ReadonlySet<number>, limit: number): string[] {
    return this.duplicateKeys.candidates(url, hashes, limit);
  }

  hasUserSource(id: string): boolean {
    return this.users.has(id);
  }

  /** The stories of every source, bundled and the reader's, kept current one article at a time once read. */
  get stories(): StoryIndex {
    this.storyIndex ??= mergedStories(
      this.bundled.storiesJson,
      [...this.bundled.catalogue.entities, ...this.newItems],
      [...this.users].map(([id, user]) => [id, entrySignals(user)]),
    );
    return this.storyIndex;
  }

  /** A reader source's story signals, as the last change computed them. */
  signalsOf(id: string): StorySignals | undefined {
    const user = this.users.get(id);
    return user && entrySignals(user);
  }

  static fromBundled(bundled: BundledParts): MergedCorpus {
    const index = loadIndex(bundled.index);
    const passages = new Map(storedPassages(bundled.index).map((passage) => [passage.id, passage]));
    return new MergedCorpus(bundled, index, passages, new Map(), new Map(), []);
  }

  /** Back from what `snapshot()` persisted: no tokenising, no matching. */
  static fromSnapshot(bundled: BundledParts, snapshot: MergedSnapshot): MergedCorpus {
    const index = loadIndex(snapshot.index);
    const passages = new Map(storedPassages(snapshot.index).map((passage) => [passage.id, passage]));
    const signatures = new Map(snapshot.signatures.map((signature) => [signature.id, signature]));
    const users = new Map<string, UserEntry>();
    for (const meta of snapshot.sources) {
      if (!meta.yours) continue;
      const stored = snapshot.stories[meta.id];
      if (!stored) throw new Error(`user-sources: the snapshot has no story signals for ${meta.id}`);
      users.set(meta.id, {
        meta,
        sketch: [...(signatures.get(meta.id)?.sketch ?? [])],
        passageIds: [],
        signals: typeof stored === 'string' ? stored : signalsFromSnapshot(stored),
      });
    }
    for (const passage of passages.values()) users.get(passage.sourceId)?.passageIds.push(passage.id);
    for (const user of users.values()) user.passageIds.sort((a, b) => sentenceNumber(a) - sentenceNumber(b));
    const bundledIds = new Set(bundled.catalogue.entities.map((entity) => entity.id));
    const newItems = snapshot.catalogue.entities
      .filter((entity) => !bundledIds.has(entity.id))
      .map(({ id, label, kind, aliases }) => ({ id, label, kind, aliases }));
    const phrases = new Map(
      Object.entries(snapshot.phrases).map(([id, record]) => [id, new Map(Object.entries(record))]),
    );
    return new MergedCorpus(bundled, index, passages, users, phrases, newItems);
  }

  /** The same state computed from scratch: the reference the incremental path must equal. */
  static rebuild(
    bundled: BundledParts,
    articles: readonly Article[],
    precomputed?: PrecomputedPhrases,
  ): MergedCorpus {
    const phrases = new Map(articles.map((article) => [article.meta.id, phrasesOf(article, precomputed)]));
    const empty = MergedCorpus.fromBundled({
      ...bundled,
      index: new MiniSearch<Passage>(INDEX_OPTIONS).toJSON(),
    });
    const newItems = keepNewItems(phrases, empty.knownKeys, empty.bundledIds);
    const matcher = empty.compile(newItems);
    const index = new MiniSearch<Passage>({ ...INDEX_OPTIONS, autoVacuum: false });
    const published = new Map([
      ...bundled.sources.map((source) => [source.id, source.published] as const),
      ...articles.map((article) => [article.meta.id, article.meta.published] as const),
    ]);
    const all = [
      ...storedPassages(bundled.index),
      ...articles.flatMap((article) => articlePassages(article)),
    ].map((passage) => ({
      ...passage,
      entities: entitiesIn(passage.text, matcher, empty.implied, {
        published: published.get(passage.sourceId) ?? null,
        dateItems: empty.dateItems,
      }),
    }));
    index.addAll(all);
    const users = new Map(
      articles.map((article) => [
        article.meta.id,
        {
          meta: article.meta,
          sketch: textSketch(article.body),
          passageIds: articlePassages(article).map((passage) => passage.id),
          signals: articleSignals(article, matcher),
        },
      ]),
    );
    return new MergedCorpus(
      bundled,
      index,
      new Map(all.map((passage) => [passage.id, passage])),
      users,
      phrases,
      newItems,
    );
  }

  private publishedOf(sourceId: string): string | null {
    return this.users.get(sourceId)?.meta.published ?? this.bundledPublished.get(sourceId) ?? null;
  }

  private compile(newItems: readonly NewItem[]): Matcher {
    return compileMatcher(matchAliases([...this.bundled.catalogue.entities, ...newItems]));
  }

  private setReaderAliases(item: NewItem): void {
    this.aliasBook.set(`${READER_ALIASES}${item.id}`, matchAliases([item]), 1, item.id);
  }

  /** The reader's items as last computed (those no passage mentions included: the catalogue leaves them out). */
  get readerItems(): readonly NewItem[] {
    return this.newItems;
  }

  get userSourceIds(): string[] {
    return [...this.users.keys()].sort();
  }

  /**
   * Applies one change: removals first, then additions (an added id already stored replaces it).
   * `precomputed`: added articles' would-be items found ahead (the item worker); any other is read by the light path.
   */
  async apply(change: CorpusChange, precomputed?: PrecomputedPhrases): Promise<void> {
    const adds = change.add ?? [];
    const removed = [...(change.remove ?? []), ...adds.map((article) => article.meta.id)];
    /** The last words whose new items are decided again (PhrasePool). */
    const touched = new Set<string>();
    let discarded = false;
    for (const id of removed) {
      const user = this.users.get(id);
      if (!user) continue;
      for (const passageId of user.passageIds) {
        this.index.discard(passageId);
        const passage = this.passages.get(passageId);
        if (passage) this.mentions.remove(passage);
        this.passages.delete(passageId);
      }
      discarded ||= user.passageIds.length > 0;
      this.users.delete(id);
      this.duplicateKeys.remove(id);
      const phrases = this.phrases.get(id);
      if (phrases) this.pool.change(id, phrases, -1, touched);
      this.phrases.delete(id);
      this.storyIndex?.remove(id);
    }
    for (const article of adds) {
      const phrases = phrasesOf(article, precomputed);
      this.phrases.set(article.meta.id, phrases);
      this.pool.change(article.meta.id, phrases, 1, touched);
    }

    const { before, after } = this.pool.settle(touched);
    const beforeById = new Map(before.map((item) => [item.id, item]));
    const afterById = new Map(after.map((item) => [item.id, item]));
    const changed = [
      ...before.filter((item) => !sameItem(item, afterById.get(item.id))),
      ...after.filter((item) => !sameItem(item, beforeById.get(item.id))),
    ];
    if (changed.length > 0) {
      for (const item of changed) this.entries.delete(item.id);
      this.newItems = this.pool.all;
      for (const item of before) this.aliasBook.remove(`${READER_ALIASES}${item.id}`);
      for (const item of after) this.setReaderAliases(item);
      // Only passages holding a changed item's alias can change (leftmost-longest
      // matching means a new alias may also hide an old one there, so re-match them whole).
      const aliases = matchAliases(changed);
      const probe = compileMatcher(aliases);
      const holding = this.passagesHolding(aliases).filter(
        (passage) => probe.findAll(passage.text).length > 0,
      );
      const matcher = this.aliasBook.matcherFor(holding.map((passage) => passage.text));
      for (const passage of holding) {
        const entities = entitiesIn(passage.text, matcher, this.implied, {
          published: this.publishedOf(passage.sourceId),
          dateItems: this.dateItems,
        });
        if (entities.join('\n') === passage.entities.join('\n')) continue;
        const updated = { ...passage, entities };
        this.index.replace(updated);
        this.mentions.remove(passage);
        this.mentions.add(updated);
        this.passages.set(passage.id, updated);
        discarded = true;
      }
    }

    for (const article of adds) {
      const matcher = this.aliasBook.matcherFor([articleStoryText(article)]);
      const passages = articlePassages(article).map((passage) => ({
        ...passage,
        entities: entitiesIn(passage.text, matcher, this.implied, {
          published: article.meta.published,
          dateItems: this.dateItems,
        }),
      }));
      this.index.addAll(passages);
      for (const passage of passages) {
        this.passages.set(passage.id, passage);
        this.mentions.add(passage);
      }
      const signals = articleSignals(article, matcher);
      const sketch = textSketch(article.body);
      this.users.set(article.meta.id, {
        meta: article.meta,
        sketch,
        passageIds: passages.map((passage) => passage.id),
        signals,
      });
      this.duplicateKeys.add(article.meta.id, article.meta.url, sketch);
      this.storyIndex?.add(article.meta.id, signals);
    }
    if (discarded && this.index.dirtFactor >= VACUUM_DIRT_FACTOR) await this.index.vacuum(VACUUM);
  }

  /**
   * The passages that may hold one of these aliases: those the index finds
   * with every index term of one of them (the index and the aliases are read
   * by the same tokeniser and terms), so only those are matched again. An
   * alias with no index term (stop words alone) sends every passage.
   */
  private passagesHolding(aliases: readonly MatchAlias[]): Passage[] {
    const ids = new Set<string>();
    for (const alias of aliases) {
      if (!tokenize(alias.text).some((token) => indexTerm(token) !== null))
        return [...this.passages.values()];
      for (const hit of this.index.search(alias.text, HOLDING)) ids.add(String(hit.id));
    }
    return [...ids].flatMap((id) => this.passages.get(id) ?? []);
  }

  /** Bundled sources in their order, then the reader's by id. */
  get sources(): SourceMeta[] {
    return [
      ...this.bundled.sources,
      ...this.userSourceIds.map((id) => (this.users.get(id) as UserEntry).meta),
    ];
  }

  get signatures(): KnownSource[] {
    return [
      ...this.bundled.signatures,
      ...this.userSourceIds.map((id) => {
        const user = this.users.get(id) as UserEntry;
        return { id, url: user.meta.url, sketch: user.sketch };
      }),
    ];
  }

  /**
   * The catalogue over every passage. Which sources mention an item comes
   * from the passages; `mentions` (read only by the CLI) stays the build's
   * count for bundled items plus one per user passage, and for new items
   * counts passages. Only the entries of items whose mentions or aliases
   * changed since the last read are built again (ItemMentions).
   */
  get catalogue(): Catalogue {
    for (const id of this.mentions.takeChanged()) this.entries.delete(id);
    const entry = (item: Omit<Entity, 'sources' | 'mentions'>, bundledMentions: number): Entity => {
      const cached = this.entries.get(item.id);
      if (cached) return cached;
      const sources = [...this.mentions.sourcesOf(item.id)].sort(([a], [b]) => this.compareSources(a, b));
      const readers = sources.reduce(
        (sum, [source, ids]) =>
          sum + (this.bundledIds.has(item.id) && this.bundledPublished.has(source) ? 0 : ids.size),
        0,
      );
      const built: Entity = {
        ...item,
        sources: Object.fromEntries(
          sources.map(([source, ids]) => [
            source,
            [...ids].sort((a, b) => sentenceNumber(a) - sentenceNumber(b)),
          ]),
        ),
        mentions: bundledMentions + readers,
      };
      this.entries.set(item.id, built);
      return built;
    };
    const bundled = this.bundled.catalogue.entities.map((entity) => entry(entity, entity.mentions));
    const added = this.newItems.map((item) => entry(item, 0)).filter((entity) => entity.mentions > 0);
    return { format: 1, entities: [...bundled, ...added] };
  }

  /** The sources' order: the bundled ones as shipped, then the reader's by id. */
  private compareSources(a: string, b: string): number {
    const first = this.bundledOrder.get(a);
    const second = this.bundledOrder.get(b);
    if (first !== undefined && second !== undefined) return first - second;
    if (first !== undefined) return -1;
    if (second !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /**
   * A search over the merged index as it is now: passages are read from the
   * live table, and the engine (which reads MiniSearch's JSON, one
   * serialisation of the whole) is built only when a query needs it.
   */
  search(): CorpusSearch {
    return CorpusSearch.live({
      plain: () => this.index.toJSON(),
      passage: (id) => this.passages.get(id),
      sources: this.sources,
    });
  }

  snapshot(): MergedSnapshot {
    return {
      index: this.index.toJSON(),
      sources: this.sources,
      catalogue: this.catalogue,
      signatures: this.signatures,
      phrases: toRecord(this.phrases),
      stories: Object.fromEntries(
        this.userSourceIds.map((id) => {
          const { signals } = this.users.get(id) as UserEntry;
          return [id, typeof signals === 'string' ? signals : JSON.stringify(storedSignals(id, signals))];
        }),
      ),
    };
  }
}
