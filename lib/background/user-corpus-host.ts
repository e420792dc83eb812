import type {
  SourcesListResponse,
  UserSourceEditRequest,
  UserSourceSavedResponse,
  UserSourcesExportResponse,
  UserSourcesImportedResponse,
} from '../messaging';
import { EXPORT_PAGE_TEXT_BUDGET, type ExportPageResponse } from '../messaging/export-page-messages';
import { exportUserCorpus, type UserSourceDraft, type UserSourceStore } from '../user-sources';
import { openIdbIndexStorage } from '../user-sources/idb-index-storage';
import type { IndexStorage } from '../user-sources/index-storage';
import { userSourceSchema } from '../user-sources/user-source-schema';
import type { BundledCorpus } from './corpus-for';
import { mergedCorpusOf, sourcesList, stateFromSnapshot, withHidden, type CorpusState } from './corpus-state';
import type { BundledAssets } from './load-bundled-assets';
import { loadCorpusState } from './load-corpus-state';
import { serialQueue } from './serial-queue';
import { addSource, editSource, importSources, removeSource, type CorpusEdit } from './user-source-edits';

export interface UserCorpusHostDeps {
  loadAssets(): Promise<BundledAssets>;
  openStore(): Promise<UserSourceStore>;
  log(reason: string): void;
  /** The sources' database as key ranges, for the streamed export's pages (IndexedDB when absent). */
  openSourcePages?: () => Promise<IndexStorage>;
}

/**
 * The background's corpus: the bundled one plus the reader's sources from
 * IndexedDB, loaded once per worker life (load-corpus-state.ts), and changed
 * one serialised step at a time (user-source-edits.ts): every change updates
 * the index incrementally, then persists the sources and the new snapshot in
 * one transaction. If that fails, the in-memory state is dropped and
 * reloaded from what is stored, so memory never runs ahead of the disk.
 */
export class UserCorpusHost {
  private state: Promise<CorpusState> | null = null;
  private store: Promise<UserSourceStore> | null = null;
  private readonly serialise = serialQueue();

  constructor(private readonly deps: UserCorpusHostDeps) {}

  /** The corpus the handlers answer from. */
  async corpus(): Promise<BundledCorpus> {
    return (await this.load()).corpus;
  }

  async list(): Promise<SourcesListResponse> {
    return sourcesList(await this.load());
  }

  add(draft: UserSourceDraft): Promise<UserSourceSavedResponse> {
    return this.serialise(() => this.change(addSource(draft)));
  }

  edit(request: UserSourceEditRequest): Promise<UserSourceSavedResponse> {
    return this.serialise(() => this.change(editSource(request)));
  }

  remove(id: string): Promise<SourcesListResponse> {
    return this.serialise(() => this.change(removeSource(id)));
  }

  /** Many articles in one change and one transaction; each refused one is reported, the rest are added. */
  import(drafts: readonly UserSourceDraft[]): Promise<UserSourcesImportedResponse> {
    return this.serialise(() => this.change(importSources(drafts)));
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
      this.state = Promise.resolve(updated);
      return sourcesList(updated);
    });
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
    this.state ??= this.read().catch((error: unknown) => {
      this.state = null;
      throw error;
    });
    return this.state;
  }

  private async read(): Promise<CorpusState> {
    const assets = await this.deps.loadAssets();
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
   * Applies an edit to the index, then persists it with the sources in one
   * transaction; on any failure the in-memory state is dropped (reloaded
   * from storage on the next question) and the error passed on.
   */
  private async change<R>(edit: CorpusEdit<R>): Promise<R> {
    const state = await this.load();
    const store = await this.openStore();
    try {
      const merged = mergedCorpusOf(state);
      const { writes, answer } = await edit(state, merged, store);
      const snapshot = merged.snapshot();
      await store.commit({
        ...writes,
        snapshot: { bundledKey: state.assets.key, json: JSON.stringify(snapshot) },
      });
      const hidden = new Set(writes.hidden ?? state.hidden);
      const next = stateFromSnapshot({ assets: state.assets, snapshot, hidden, merged });
      this.state = Promise.resolve(next);
      return answer(next);
    } catch (error) {
      this.state = null;
      throw error;
    }
  }
}
