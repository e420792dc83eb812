import { identifyPage, shingleHashes, type SourceMeta } from '../corpus';
import type {
  SourcesListResponse,
  UserSourceEditRequest,
  UserSourceSavedResponse,
  UserSourcesExportResponse,
  UserSourcesImportedResponse,
} from '../messaging';
import { CorpusSearch } from '../search';
import {
  exportUserCorpus,
  findDuplicate,
  MergedCorpus,
  userArticle,
  userSourceId,
  UserSourceError,
  type MergedSnapshot,
  type UserSource,
  type UserSourceDraft,
  type UserSourceStore,
} from '../user-sources';
import type { Article } from '../corpus';
import type { Catalogue } from '../entities';
import { corpusFor, type BundledCorpus } from './corpus-for';
import { bundledParts, type BundledAssets } from './load-bundled-assets';

/** What the merged corpus is made of right now. */
interface State {
  assets: BundledAssets;
  search: CorpusSearch;
  sources: SourceMeta[];
  /** Unfiltered: hiding a source filters from these. */
  catalogue: Catalogue;
  signatures: BundledCorpus['signatures'];
  corpus: BundledCorpus;
  hidden: Set<string>;
  /** Built on the first change (a restart that only answers questions never parses the index twice). */
  merged: MergedCorpus | null;
  /** The persisted snapshot the state was loaded from, kept to resume changes from it. */
  snapshot: MergedSnapshot | null;
}

export interface UserCorpusHostDeps {
  loadAssets(): Promise<BundledAssets>;
  openStore(): Promise<UserSourceStore>;
  log(reason: string): void;
}

function withSketch(signatures: readonly { id: string; url: string | null; sketch: readonly number[] }[]) {
  return signatures.map(({ id, url, sketch }) => ({ id, url, sketch: [...sketch] }));
}

/**
 * The background's corpus: the bundled one plus the reader's sources from
 * IndexedDB, loaded once per worker life (from the persisted merged index
 * when it was built on the same bundled corpus, else rebuilt once and
 * persisted), and changed one serialised step at a time: every change
 * updates the index incrementally, then persists the sources and the new
 * snapshot in one transaction. If that fails, the in-memory state is
 * dropped and reloaded from what is stored, so memory never runs ahead of
 * the disk.
 */
export class UserCorpusHost {
  private state: Promise<State> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private store: Promise<UserSourceStore> | null = null;

  constructor(private readonly deps: UserCorpusHostDeps) {}

  /** The corpus the handlers answer from. */
  async corpus(): Promise<BundledCorpus> {
    return (await this.load()).corpus;
  }

  private openStore(): Promise<UserSourceStore> {
    this.store ??= this.deps.openStore().catch((error: unknown) => {
      this.store = null;
      throw error;
    });
    return this.store;
  }

  private load(): Promise<State> {
    this.state ??= this.read().catch((error: unknown) => {
      this.state = null;
      throw error;
    });
    return this.state;
  }

  private async read(): Promise<State> {
    const assets = await this.deps.loadAssets();
    let store: UserSourceStore | null = null;
    try {
      store = await this.openStore();
    } catch (error) {
      // Without IndexedDB (a private window that refuses it) the bundled corpus still answers.
      this.deps.log(`user-sources: cannot open storage (${(error as Error).message}); bundled sources only`);
    }
    const [sources, hidden, stored] = store
      ? await Promise.all([store.list(), store.hidden(), store.snapshot()])
      : [[], [], null];
    const hiddenSet = new Set(hidden);
    if (sources.length === 0) {
      const search = CorpusSearch.load(
        { sources: assets.sources, indexJson: assets.indexJson },
        'bundled corpus',
      );
      return this.assemble(
        assets,
        search,
        assets.sources,
        assets.catalogue,
        assets.signatures,
        hiddenSet,
        null,
        null,
      );
    }
    if (stored?.bundledKey === assets.key) {
      try {
        const snapshot = JSON.parse(stored.json) as MergedSnapshot;
        const search = CorpusSearch.fromPlain(snapshot.index, snapshot.sources);
        return this.assemble(
          assets,
          search,
          snapshot.sources,
          snapshot.catalogue,
          withSketch(snapshot.signatures),
          hiddenSet,
          null,
          snapshot,
        );
      } catch (error) {
        this.deps.log(`user-sources: persisted index unreadable (${(error as Error).message}); rebuilding`);
      }
    }
    // First start after an update of the bundled corpus (or a lost snapshot): rebuild once, persist.
    const articles = sources.flatMap((source): Article[] => {
      try {
        return [userArticle(source)];
      } catch (error) {
        this.deps.log((error as Error).message);
        return [];
      }
    });
    const merged = MergedCorpus.rebuild(bundledParts(assets), articles);
    const snapshot = merged.snapshot();
    await store?.commit({ snapshot: { bundledKey: assets.key, json: JSON.stringify(snapshot) } });
    return this.fromMerged(assets, merged, snapshot, hiddenSet);
  }

  private assemble(
    assets: BundledAssets,
    search: CorpusSearch,
    sources: SourceMeta[],
    catalogue: Catalogue,
    signatures: BundledCorpus['signatures'],
    hidden: Set<string>,
    merged: MergedCorpus | null,
    snapshot: MergedSnapshot | null,
  ): State {
    return {
      assets,
      search,
      sources,
      catalogue,
      signatures,
      hidden,
      merged,
      snapshot,
      corpus: corpusFor(search, sources, catalogue, signatures, hidden),
    };
  }

  /** The state after a change, from the snapshot just persisted (serialising the index once, not twice). */
  private fromMerged(
    assets: BundledAssets,
    merged: MergedCorpus,
    snapshot: MergedSnapshot,
    hidden: Set<string>,
  ): State {
    const search = CorpusSearch.fromPlain(snapshot.index, snapshot.sources);
    const signatures = withSketch(snapshot.signatures);
    return this.assemble(
      assets,
      search,
      snapshot.sources,
      snapshot.catalogue,
      signatures,
      hidden,
      merged,
      null,
    );
  }

  private merged(state: State): MergedCorpus {
    state.merged ??= state.snapshot
      ? MergedCorpus.fromSnapshot(bundledParts(state.assets), state.snapshot)
      : MergedCorpus.fromBundled(bundledParts(state.assets));
    state.snapshot = null;
    return state.merged;
  }

  /** Runs changes one after another: two imports must not interleave their index updates. */
  private serialise<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Applies a change to the index, then persists it with the sources in one
   * transaction; on any failure the in-memory state is dropped (reloaded
   * from storage on the next question) and the error passed on.
   */
  private async change(
    edit: (
      state: State,
      merged: MergedCorpus,
      store: UserSourceStore,
    ) => Promise<{ put?: UserSource[]; remove?: string[]; hidden?: string[] }>,
  ): Promise<State> {
    const state = await this.load();
    const store = await this.openStore();
    try {
      const merged = this.merged(state);
      const writes = await edit(state, merged, store);
      const snapshot = merged.snapshot();
      await store.commit({
        ...writes,
        snapshot: { bundledKey: state.assets.key, json: JSON.stringify(snapshot) },
      });
      const next = this.fromMerged(state.assets, merged, snapshot, new Set(writes.hidden ?? state.hidden));
      this.state = Promise.resolve(next);
      return next;
    } catch (error) {
      this.state = null;
      throw error;
    }
  }

  private refuseBundled(state: State, draft: UserSourceDraft): void {
    const bundled = identifyPage(draft.url ?? '', shingleHashes(draft.text), state.assets.signatures);
    if (bundled === null) return;
    const meta = state.assets.sources.find((source) => source.id === bundled);
    throw new UserSourceError(
      `user-sources: this article is already one of the bundled sources (${meta?.outlet ?? meta?.title ?? bundled})`,
    );
  }

  private listFrom(state: State): SourcesListResponse {
    return {
      type: 'sources-list',
      bundled: state.assets.sources,
      yours: state.sources.filter((source) => source.yours),
      hidden: [...state.hidden].sort(),
    };
  }

  async list(): Promise<SourcesListResponse> {
    return this.listFrom(await this.load());
  }

  add(draft: UserSourceDraft): Promise<UserSourceSavedResponse> {
    return this.serialise(async () => {
      let outcome: UserSourceSavedResponse['outcome'] = 'added';
      let id = '';
      const next = await this.change(async (state, merged, store) => {
        this.refuseBundled(state, draft);
        const stored = await store.list();
        const duplicate = findDuplicate(draft, stored);
        if (duplicate !== null) outcome = 'updated';
        id = duplicate ?? userSourceId(draft.url ?? draft.text, new Set(stored.map((source) => source.id)));
        const source: UserSource = { id, ...draft };
        await merged.apply({ add: [userArticle(source)] });
        return { put: [source] };
      });
      const meta = next.sources.find((source) => source.id === id) as SourceMeta;
      return { type: 'user-source-saved', outcome, source: meta };
    });
  }

  edit(request: UserSourceEditRequest): Promise<UserSourceSavedResponse> {
    return this.serialise(async () => {
      const next = await this.change(async (_state, merged, store) => {
        const current = (await store.list()).find((source) => source.id === request.id);
        if (!current) throw new UserSourceError(`user-sources: no source ${request.id} to edit`);
        const source: UserSource = { ...current, ...request.facts };
        await merged.apply({ add: [userArticle(source)] });
        return { put: [source] };
      });
      const meta = next.sources.find((source) => source.id === request.id) as SourceMeta;
      return { type: 'user-source-saved', outcome: 'updated', source: meta };
    });
  }

  remove(id: string): Promise<SourcesListResponse> {
    return this.serialise(async () => {
      const next = await this.change(async (state, merged) => {
        await merged.apply({ remove: [id] });
        return { remove: [id], hidden: [...state.hidden].filter((hidden) => hidden !== id) };
      });
      return this.listFrom(next);
    });
  }

  /** Many articles in one change and one transaction; each refused one is reported, the rest are added. */
  import(drafts: readonly UserSourceDraft[]): Promise<UserSourcesImportedResponse> {
    return this.serialise(async () => {
      const failed: UserSourcesImportedResponse['failed'] = [];
      let added = 0;
      let updated = 0;
      await this.change(async (state, merged, store) => {
        const stored = await store.list();
        const known = [...stored];
        const ids = new Set(stored.map((source) => source.id));
        const put = new Map<string, UserSource>();
        for (const [index, draft] of drafts.entries()) {
          try {
            this.refuseBundled(state, draft);
            const duplicate = findDuplicate(draft, known);
            const id = duplicate ?? userSourceId(draft.url ?? draft.text, ids);
            const source: UserSource = { id, ...draft };
            userArticle(source);
            if (duplicate === null) {
              added++;
              ids.add(id);
              known.push(source);
            } else updated++;
            put.set(id, source);
          } catch (error) {
            failed.push({ index, reason: (error as Error).message });
          }
        }
        await merged.apply({ add: [...put.values()].map(userArticle) });
        return { put: [...put.values()] };
      });
      return { type: 'user-sources-imported', added, updated, failed };
    });
  }

  async export(): Promise<UserSourcesExportResponse> {
    const sources = await (await this.openStore()).list();
    return { type: 'user-sources-export', json: exportUserCorpus(sources), count: sources.length };
  }

  hide(sourceId: string, hidden: boolean): Promise<SourcesListResponse> {
    return this.serialise(async () => {
      const state = await this.load();
      const store = await this.openStore();
      const next = new Set(state.hidden);
      if (hidden) next.add(sourceId);
      else next.delete(sourceId);
      await store.commit({ hidden: [...next].sort() });
      const updated: State = {
        ...state,
        hidden: next,
        corpus: corpusFor(state.search, state.sources, state.catalogue, state.signatures, next),
      };
      this.state = Promise.resolve(updated);
      return this.listFrom(updated);
    });
  }
}
