import type {
  ItemCardRequest,
  ItemCardResponse,
  SourcesListResponse,
  UserSourceEditRequest,
  UserSourceSavedResponse,
  UserSourcesExportResponse,
  UserSourcesImportedResponse,
} from '../messaging';
import { EXPORT_PAGE_TEXT_BUDGET, type ExportPageResponse } from '../messaging/export-page-messages';
import { CorpusSearch } from '../search';
import { mergeKeptChanges, type KeptStories, type KeptStoriesChange, type StoryIndex } from '../stories';
import {
  exportUserCorpus,
  type MergedCorpus,
  type PagedIndex,
  type PhraseCount,
  type UserSourceDraft,
  type UserSourceStore,
} from '../user-sources';
import { openIdbIndexStorage } from '../user-sources/idb-index-storage';
import type { IndexStorage } from '../user-sources/index-storage';
import { userSourceSchema } from '../user-sources/user-source-schema';
import type { BundledCorpus } from './corpus-for';
import {
  assembleState,
  mergedCorpusOf,
  sourcesList,
  stateFromMerged,
  withHidden,
  type CorpusState,
} from './corpus-state';
import { bundledStories, type BundledAssets } from './load-bundled-assets';
import { loadCorpusState } from './load-corpus-state';
import { answerItemCard } from './page-handlers';
import { readerItemsChange } from './reader-items-change';
import { scopedCardMemo, scopedItemCard, type ScopedCardMemo } from './scoped-item-card';
import { RECLUSTER_MIN_IMPORT, reclusterDue, reclusterStories } from './recluster-stories';
import { readerSearch } from './reader-search';
import type { SearchCorpus } from './search-handler';
import { serialQueue } from './serial-queue';
import {
  addSource,
  editSource,
  importSources,
  removeSource,
  type CorpusEdit,
  type CorpusWrites,
} from './user-source-edits';

/**
 * At most this many sources changed since the stored snapshot: a load
 * replays them on it (load-corpus-state.ts), each about as costly as adding
 * it, so a worker stopped before the snapshot was written costs a bounded
 * replay. A change that would pass it (an import) writes the snapshot before
 * its answer. 64, the write log's compaction point: one import batch's work.
 */
const SNAPSHOT_PENDING_MAX = 64;
/**
 * The snapshot is written once changes have stopped for this long: it
 * serialises the whole merged corpus, so a burst of changes (pages kept one
 * after another, an add then its undo) writes it once, and no change waits
 * behind the previous one's write. A worker stopped sooner replays the
 * pending sources on the older snapshot.
 */
const SNAPSHOT_QUIET_MS = 3000;

export interface UserCorpusHostDeps {
  loadAssets(): Promise<BundledAssets>;
  openStore(): Promise<UserSourceStore>;
  /** The reader's sources' paged index, in the store's database (its sources store is the same one). */
  openIndex(): Promise<PagedIndex>;
  log(reason: string): void;
  /** An added article's would-be items, from the item worker (extract-items.ts); the light path without it. */
  extractItems?: (draft: UserSourceDraft) => Promise<Map<string, PhraseCount>>;
  /** The sources' database as key ranges, for the streamed export's pages (IndexedDB when absent). */
  openSourcePages?: () => Promise<IndexStorage>;
  /** How long changes must stop before the snapshot is written (SNAPSHOT_QUIET_MS); 0 queues it after the answer. */
  snapshotQuietMs?: number;
}

/**
 * The kept stories after a change: a removed source leaves its story (what it
 * added read from its record), an added or changed one joins the story it
 * matches or founds its own; returns the records to write.
 */
async function placeStories(
  stories: KeptStories,
  merged: MergedCorpus,
  store: UserSourceStore,
  writes: CorpusWrites,
): Promise<KeptStoriesChange> {
  let change = stories.unchanged();
  for (const id of writes.remove ?? [])
    change = mergeKeptChanges(change, stories.leave(id, (await store.keptMember(id)) ?? undefined));
  for (const { id } of writes.put ?? []) {
    const signals = merged.signalsOf(id);
    if (!signals) continue;
    const stored = stories.storyOf(id) ? ((await store.keptMember(id)) ?? undefined) : undefined;
    change = mergeKeptChanges(change, stories.join(id, signals, stored));
  }
  return change;
}

/** The bundled seeds alone: what a search answers them from, loaded without the reader's sources. */
interface SeedSearch {
  assets: BundledAssets;
  search: CorpusSearch;
  stories: Pick<StoryIndex, 'storyOf'>;
}

/**
 * The background's corpus: the bundled one plus the reader's sources from
 * IndexedDB, loaded once per worker life (load-corpus-state.ts), and changed
 * one serialised step at a time (user-source-edits.ts).
 *
 * Every change is written twice before it is answered, in this order:
 * first the sources with their paged-index entries (one transaction: the
 * sources store is the index's own, so a source and its entries never
 * part), then its small records (hidden ids, kept stories, the reader's
 * items, and the changed ids added to the snapshot's pending list). The
 * sources and the index are the truth; the merged snapshot is derived from
 * them and written once changes stop (persistSnapshot), so a change does not
 * wait for the whole to be serialised (the state it answers from is read
 * from the merged corpus itself: stateFromMerged); until then a load replays
 * the pending sources on the older snapshot. A failure before the first write
 * leaves the disk as it was; a failure after it drops the stored snapshot
 * (the next load rebuilds it from the sources). Either way the in-memory
 * state is dropped and reloaded from the disk, so memory never runs ahead of
 * it. The index's write log is folded in after the change is answered.
 *
 * Searches are answered from the paged index and the bundled seeds'
 * MiniSearch (`searchCorpus`): a search after the worker stopped loads
 * neither the snapshot nor the reader's sources.
 */
export class UserCorpusHost {
  private state: Promise<CorpusState> | null = null;
  /** The state once loaded (a search uses its sources table and stories, never waits for it). */
  private loaded: CorpusState | null = null;
  private store: Promise<UserSourceStore> | null = null;
  private index: Promise<PagedIndex> | null = null;
  private assets: Promise<BundledAssets> | null = null;
  private seeds: Promise<SeedSearch> | null = null;
  private readonly serialise = serialQueue();
  /** Sources changed since the stored snapshot (as the disk lists them); emptied once it is written. */
  private pending: string[] = [];
  /** What scoped cards read, kept while the merged corpus is not loaded (dropped once it loads: a change loads it). */
  private scopedMemo: ScopedCardMemo | null = null;
  /** The last change's merged corpus is not written as a snapshot yet (persistSnapshot). */
  private unsaved = false;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: UserCorpusHostDeps) {}

  /** The corpus the handlers answer from. */
  async corpus(): Promise<BundledCorpus> {
    return (await this.load()).corpus;
  }

  /**
   * What a search answers from: the seeds' MiniSearch and the reader's paged
   * index, with the sources table and stories of the merged corpus when it
   * is already in memory (a card or a page loaded it), else the seeds'
   * stories only. Without an index (IndexedDB refused) the merged corpus
   * answers alone, as before.
   */
  async searchCorpus(): Promise<SearchCorpus> {
    let index: PagedIndex;
    try {
      index = await this.openIndex();
    } catch {
      const { corpus } = await this.load();
      return { search: corpus.search, stories: corpus.stories };
    }
    const seeds = await this.seedSearch();
    const loaded = this.loaded;
    if (loaded) {
      const { search } = loaded.corpus;
      return {
        search:
          loaded.hidden.size === 0
            ? seeds.search
            : seeds.search.withHidden(loaded.hidden, seeds.assets.sources),
        stories: loaded.stories,
        sources: [...search.sources.values()],
        reader: readerSearch({
          index,
          hidden: loaded.hidden,
          known: {
            source: (id) => search.sources.get(id),
            entities: (passageId) => search.passage(passageId)?.entities ?? [],
          },
        }),
      };
    }
    const hidden = new Set(await this.storedHidden());
    return {
      search: hidden.size === 0 ? seeds.search : seeds.search.withHidden(hidden, seeds.assets.sources),
      stories: seeds.stories,
      reader: readerSearch({ index, hidden }),
    };
  }

  /**
   * An item's card. On a worker that has not loaded the merged corpus, the
   * scoped card (scoped-item-card.ts) reads only the sources the card shows;
   * when it cannot answer as the merged corpus would, or once that corpus is
   * loaded (or loading: a change or a page set-up asked for it), the merged
   * corpus answers.
   */
  async itemCard(request: ItemCardRequest): Promise<ItemCardResponse> {
    if (this.state === null) {
      const scoped = await this.scopedCard(request).catch((error: unknown) => {
        this.deps.log(`user-sources: the scoped card failed (${(error as Error).message}); loading all`);
        return null;
      });
      if (scoped) return scoped;
    }
    return answerItemCard(request, () => this.corpus());
  }

  private async scopedCard(request: ItemCardRequest): Promise<ItemCardResponse | null> {
    let index: PagedIndex;
    let store: UserSourceStore;
    try {
      [index, store] = await Promise.all([this.openIndex(), this.openStore()]);
    } catch {
      return null;
    }
    const seeds = await this.seedSearch();
    this.scopedMemo ??= scopedCardMemo();
    return scopedItemCard(
      request,
      { assets: seeds.assets, bundled: seeds.search, store, index },
      this.scopedMemo,
    );
  }

  async list(): Promise<SourcesListResponse> {
    return sourcesList(await this.load());
  }

  add(draft: UserSourceDraft): Promise<UserSourceSavedResponse> {
    // Started before the queue: the worker reads the article while earlier changes finish.
    const items = this.deps.extractItems?.(draft);
    const answer = this.changeThenCompact(addSource(draft, items));
    this.reclusterWhen(
      answer,
      ({ outcome }, state) => outcome === 'added' && reclusterDue(state.stories.memberIds.length),
    );
    return answer;
  }

  edit(request: UserSourceEditRequest): Promise<UserSourceSavedResponse> {
    return this.changeThenCompact(editSource(request, this.deps.extractItems));
  }

  remove(id: string): Promise<SourcesListResponse> {
    return this.changeThenCompact(removeSource(id));
  }

  /** Many articles in one change and one transaction; each refused one is reported, the rest are added. */
  import(drafts: readonly UserSourceDraft[]): Promise<UserSourcesImportedResponse> {
    const answer = this.changeThenCompact(importSources(drafts));
    this.reclusterWhen(answer, ({ added, updated }) => added + updated >= RECLUSTER_MIN_IMPORT);
    return answer;
  }

  /** Once `answer` is given, on the change queue: the kept stories re-clustered whole when `due` says so. */
  private reclusterWhen<R>(answer: Promise<R>, due: (result: R, state: CorpusState) => boolean): void {
    void answer.then(
      (result) =>
        void this.serialise(async () => {
          if (due(result, await this.load())) await this.recluster();
        }),
      () => undefined,
    );
  }

  /**
   * The kept stories re-clustered whole (recluster-stories.ts), on the queue
   * after the change was answered; written in one transaction, so a worker
   * stopped meanwhile leaves the stories as the import placed them.
   */
  private async recluster(): Promise<void> {
    try {
      const state = await this.load();
      const merged = mergedCorpusOf(state);
      const stories = reclusterStories(state.assets, merged, state.catalogue);
      await (
        await this.openStore()
      ).commit({ stories: { bundledKey: state.assets.key, change: stories.allRecords(), replace: true } });
      this.settle(assembleState({ ...state, stories }));
    } catch (error) {
      this.deps.log(`user-sources: re-clustering the stories failed (${(error as Error).message})`);
    }
  }

  /**
   * Folds the index's write log in when it is due, on the queue behind the
   * change: the change's answer is not kept waiting. A failed compaction
   * leaves the log as it was (its own transaction) and is only logged.
   */
  async compactIfDue(): Promise<boolean> {
    try {
      return await (await this.openIndex()).compactIfDue();
    } catch (error) {
      this.deps.log(`user-sources: compacting the index failed (${(error as Error).message})`);
      return false;
    }
  }

  private changeThenCompact<R>(edit: CorpusEdit<R>): Promise<R> {
    const answer = this.serialise(() => this.change(edit));
    void this.serialise(() => this.compactIfDue());
    return answer;
  }

  async export(): Promise<UserSourcesExportResponse> {
    const sources = await (await this.openStore()).list();
    return { type: 'user-sources-export', json: exportUserCorpus(sources), count: sources.length };
  }

  /**
   * One page of the streamed export: the stored sources in id order after the
   * cursor `after`, read in one short transaction without loading the corpus,
   * so no part of an export of any size holds more than a page. A record that
   * no longer parses is skipped (and logged); the cursor still moves past it.
   */
  async exportPage(after: string | null, limit: number): Promise<ExportPageResponse> {
    const storage = await (this.deps.openSourcePages ?? openIdbIndexStorage)();
    try {
      const records = await storage.transaction('readonly', (tx) =>
        tx.range<unknown>('sources', after === null ? {} : { lower: `${after}\u0000` }, { limit }),
      );
      const sources: UserSourceDraft[] = [];
      let next: string | null = null;
      let chars = 0;
      for (const { key, value } of records) {
        next = String(key);
        const parsed = userSourceSchema.safeParse(value);
        if (parsed.success) {
          const { outlet, title, author, published, url, text } = parsed.data;
          sources.push({ outlet, title, author, published, url, text });
          chars += text.length;
        } else this.deps.log(`user-sources: stored source ${next} is malformed and was not exported`);
        if (chars >= EXPORT_PAGE_TEXT_BUDGET) break;
      }
      // A full page, or one cut short by its text budget, may have more after it; a last empty page ends it.
      const more = next !== null && (records.length === limit || chars >= EXPORT_PAGE_TEXT_BUDGET);
      return { type: 'user-sources-export-page', sources, next: more ? next : null };
    } finally {
      storage.close();
    }
  }

  /** Hiding filters what the handlers see; the index is not touched. */
  hide(sourceId: string, hidden: boolean): Promise<SourcesListResponse> {
    return this.serialise(async () => {
      const state = await this.load();
      const store = await this.openStore();
      const next = new Set(state.hidden);
      if (hidden) next.add(sourceId);
      else next.delete(sourceId);
      await store.commit({ hidden: [...next].sort() });
      const updated = withHidden(state, next);
      this.settle(updated);
      return sourcesList(updated);
    });
  }

  private openIndex(): Promise<PagedIndex> {
    this.index ??= this.deps.openIndex().catch((error: unknown) => {
      this.index = null;
      throw error;
    });
    return this.index;
  }

  private loadAssets(): Promise<BundledAssets> {
    this.assets ??= this.deps.loadAssets().catch((error: unknown) => {
      this.assets = null;
      throw error;
    });
    return this.assets;
  }

  private seedSearch(): Promise<SeedSearch> {
    this.seeds ??= this.loadAssets().then((assets) => {
      // Reading the stories file is most of a cold search's own work: only a hit on a seed needs it.
      let stories: StoryIndex | null = null;
      return {
        assets,
        search: CorpusSearch.load({ sources: assets.sources, indexJson: assets.indexJson }, 'bundled corpus'),
        stories: { storyOf: (sourceId) => (stories ??= bundledStories(assets)).storyOf(sourceId) },
      };
    });
    this.seeds.catch(() => (this.seeds = null));
    return this.seeds;
  }

  /** The hidden ids as stored (a search before the corpus is loaded); none without storage. */
  private async storedHidden(): Promise<string[]> {
    try {
      return await (await this.openStore()).hidden();
    } catch {
      return [];
    }
  }

  private settle(state: CorpusState): void {
    this.state = Promise.resolve(state);
    this.loaded = state;
  }

  private forget(): void {
    this.state = null;
    this.loaded = null;
    this.pending = [];
    this.unsaved = false;
  }

  /**
   * Writes the merged snapshot as the changes so far left it, on the queue
   * once they have stopped (scheduleSnapshot), with its pending list emptied
   * in the same transaction: a burst of changes is one write. A failed write
   * (or a worker stopped first) leaves the older snapshot and the pending
   * list on disk: the next load replays those sources on it
   * (load-corpus-state.ts).
   */
  private async persistSnapshot(): Promise<void> {
    const state = this.loaded;
    const merged = state?.merged;
    if (!this.unsaved || !state || !merged) return;
    this.unsaved = false;
    try {
      const snapshot = merged.snapshot();
      await (
        await this.openStore()
      ).commit({
        snapshot: { bundledKey: state.assets.key, json: JSON.stringify(snapshot) },
        snapshotPending: [],
      });
      this.pending = [];
    } catch (error) {
      this.deps.log(`user-sources: writing the index snapshot failed (${(error as Error).message})`);
    }
  }

  private scheduleSnapshot(): void {
    const quiet = this.deps.snapshotQuietMs ?? SNAPSHOT_QUIET_MS;
    if (this.snapshotTimer !== null) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    if (quiet <= 0) {
      void this.serialise(() => this.persistSnapshot());
      return;
    }
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      void this.serialise(() => this.persistSnapshot());
    }, quiet);
  }

  private openStore(): Promise<UserSourceStore> {
    this.store ??= this.deps.openStore().catch((error: unknown) => {
      this.store = null;
      throw error;
    });
    return this.store;
  }

  /** Loaded once; a failed load is forgotten, so the next question tries again. */
  private load(): Promise<CorpusState> {
    if (this.state === null) this.scopedMemo = null;
    this.state ??= this.read().then(
      (state) => (this.loaded = state),
      (error: unknown) => {
        this.forget();
        throw error;
      },
    );
    return this.state;
  }

  private async read(): Promise<CorpusState> {
    const assets = await this.loadAssets();
    let store: UserSourceStore | null = null;
    try {
      store = await this.openStore();
    } catch (error) {
      // Without IndexedDB (a private window that refuses it) the bundled corpus still answers.
      this.deps.log(`user-sources: cannot open storage (${(error as Error).message}); bundled sources only`);
    }
    return loadCorpusState({ assets, store, log: (reason) => this.deps.log(reason) });
  }

  /**
   * Applies an edit to the merged corpus, writes the sources with their
   * paged-index entries, then the change's records, and queues the snapshot
   * (the class comment gives the rule); on any failure the in-memory state
   * is dropped and the error passed on.
   */
  private async change<R>(edit: CorpusEdit<R>): Promise<R> {
    const state = await this.load();
    const store = await this.openStore();
    let diskChanged = false;
    try {
      const index = await this.openIndex();
      const merged = mergedCorpusOf(state);
      const itemsBefore = merged.readerItems;
      const { writes, answer } = await edit(state, merged, store);
      const stories = await placeStories(state.stories, merged, store, writes);
      diskChanged = true;
      if (writes.remove?.length) await index.remove(writes.remove);
      // One batch: an import message is all or nothing, as its one store transaction was.
      if (writes.put?.length) await index.addMany(writes.put, { batchSize: writes.put.length });
      const pending = [
        ...new Set([...this.pending, ...(writes.put ?? []).map(({ id }) => id), ...(writes.remove ?? [])]),
      ].sort();
      // A change past the replay bound (an import) writes the snapshot now, as all changes once did.
      const now = pending.length > SNAPSHOT_PENDING_MAX;
      // The sources are in already (the index's transaction wrote them); the snapshot follows once changes stop.
      await store.commit({
        ...(writes.hidden && { hidden: writes.hidden }),
        ...(now && { snapshot: { bundledKey: state.assets.key, json: JSON.stringify(merged.snapshot()) } }),
        snapshotPending: now ? [] : pending,
        stories: { bundledKey: state.assets.key, change: stories },
        items: { bundledKey: state.assets.key, ...readerItemsChange(itemsBefore, merged.readerItems) },
      });
      const hidden = new Set(writes.hidden ?? state.hidden);
      const next = stateFromMerged({ assets: state.assets, merged, hidden, stories: state.stories });
      this.settle(next);
      this.pending = now ? [] : pending;
      this.unsaved = !now;
      if (!now) this.scheduleSnapshot();
      return answer(next);
    } catch (error) {
      this.forget();
      if (diskChanged)
        // The kept stories and items go with it: they are written again from the sources on the next load.
        await store.commit({ snapshot: null, stories: null, items: null }).catch((dropped: unknown) => {
          this.deps.log(
            `user-sources: dropping the stale index snapshot failed (${(dropped as Error).message})`,
          );
        });
      throw error;
    }
  }
}
