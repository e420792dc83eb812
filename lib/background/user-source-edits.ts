import { identifyPage, shingleHashes, textSketch, type SourceMeta } from '../corpus';
import type {
  SourcesListResponse,
  UserSourceEditRequest,
  UserSourceSavedResponse,
  UserSourcesImportedResponse,
} from '../messaging';
import {
  DuplicateKeys,
  findDuplicate,
  userArticle,
  userSourceId,
  UserSourceError,
  type MergedCorpus,
  type UserSource,
  type UserSourceDraft,
  type UserSourceStore,
} from '../user-sources';
import { sourcesList, type CorpusState } from './corpus-state';
import type { ArticlePhrases } from './extract-items';

/**
 * Stored sources read to decide whether an article is a new version of one
 * (the best candidates of duplicate-keys.ts): a few texts, never the whole store.
 */
const DUPLICATE_CANDIDATES = 8;

/** What a change writes beside the new snapshot, in the same transaction. */
export interface CorpusWrites {
  put?: UserSource[];
  remove?: string[];
  hidden?: string[];
}

/** An edit's writes, and its answer once the state after it is in place. */
export interface EditOutcome<R> {
  writes: CorpusWrites;
  answer: (next: CorpusState) => R;
}

/** One change of the reader's sources: it updates the merged index and says what to persist. */
export type CorpusEdit<R> = (
  state: CorpusState,
  merged: MergedCorpus,
  store: UserSourceStore,
) => Promise<EditOutcome<R>>;

function refuseBundled(state: CorpusState, draft: UserSourceDraft): void {
  const bundled = identifyPage(draft.url ?? '', shingleHashes(draft.text), state.assets.signatures);
  if (bundled === null) return;
  const meta = state.assets.sources.find((source) => source.id === bundled);
  throw new UserSourceError(
    `user-sources: this article is already one of the bundled sources (${meta?.outlet ?? meta?.title ?? bundled})`,
  );
}

function saved(id: string, outcome: UserSourceSavedResponse['outcome']) {
  return (next: CorpusState): UserSourceSavedResponse => ({
    type: 'user-source-saved',
    outcome,
    source: next.sources.find((source) => source.id === id) as SourceMeta,
  });
}

/**
 * Adds an article, or updates the stored one it duplicates; a bundled article is refused.
 * `items`: its would-be items, asked of the item worker before the change was queued (extract-items.ts).
 */
export function addSource(
  draft: UserSourceDraft,
  items?: Promise<ArticlePhrases>,
): CorpusEdit<UserSourceSavedResponse> {
  return async (state, merged, store) => {
    refuseBundled(state, draft);
    const candidates = merged.duplicateCandidates(draft.url, shingleHashes(draft.text), DUPLICATE_CANDIDATES);
    const duplicate = findDuplicate(draft, await store.sourcesById(candidates));
    const id =
      duplicate ?? userSourceId(draft.url ?? draft.text, { has: (taken) => merged.hasUserSource(taken) });
    const source: UserSource = { id, ...draft };
    await merged.apply({ add: [userArticle(source)] }, items && new Map([[id, await items]]));
    return { writes: { put: [source] }, answer: saved(id, duplicate === null ? 'added' : 'updated') };
  };
}

/**
 * Changes the facts (outlet, title, date …) of one of the reader's sources. `extract`: the item
 * worker (extract-items.ts), asked here since the facts are known only now (the outlet is never an item).
 */
export function editSource(
  request: UserSourceEditRequest,
  extract?: (draft: UserSourceDraft) => Promise<ArticlePhrases>,
): CorpusEdit<UserSourceSavedResponse> {
  return async (_state, merged, store) => {
    const [current] = await store.sourcesById([request.id]);
    if (!current) throw new UserSourceError(`user-sources: no source ${request.id} to edit`);
    const source: UserSource = { ...current, ...request.facts };
    const items = extract && new Map([[source.id, await extract(source)]]);
    await merged.apply({ add: [userArticle(source)] }, items);
    return { writes: { put: [source] }, answer: saved(request.id, 'updated') };
  };
}

/** Removes one of the reader's sources (and forgets it was hidden). */
export function removeSource(id: string): CorpusEdit<SourcesListResponse> {
  return async (state, merged) => {
    await merged.apply({ remove: [id] });
    return {
      writes: { remove: [id], hidden: [...state.hidden].filter((hidden) => hidden !== id) },
      answer: sourcesList,
    };
  };
}

/** Many articles in one change and one transaction; each refused one is reported, the rest are added. */
export function importSources(drafts: readonly UserSourceDraft[]): CorpusEdit<UserSourcesImportedResponse> {
  return async (state, merged, store) => {
    const failed: UserSourcesImportedResponse['failed'] = [];
    let added = 0;
    let updated = 0;
    const put = new Map<string, UserSource>();
    // The batch's own sources, so a draft that repeats an earlier one updates it.
    const batch = new DuplicateKeys();
    const taken = { has: (id: string) => merged.hasUserSource(id) || put.has(id) };
    for (const [index, draft] of drafts.entries()) {
      try {
        refuseBundled(state, draft);
        const hashes = shingleHashes(draft.text);
        const stored = await store.sourcesById(
          merged.duplicateCandidates(draft.url, hashes, DUPLICATE_CANDIDATES).filter((id) => !put.has(id)),
        );
        const inBatch = batch
          .candidates(draft.url, hashes, DUPLICATE_CANDIDATES)
          .flatMap((id) => put.get(id) ?? []);
        const duplicate = findDuplicate(draft, [...inBatch, ...stored]);
        const id = duplicate ?? userSourceId(draft.url ?? draft.text, taken);
        const source: UserSource = { id, ...draft };
        userArticle(source);
        if (duplicate === null) added++;
        else updated++;
        put.set(id, source);
        batch.add(id, source.url, textSketch(source.text));
      } catch (error) {
        failed.push({ index, reason: (error as Error).message });
      }
    }
    await merged.apply({ add: [...put.values()].map(userArticle) });
    return {
      writes: { put: [...put.values()] },
      answer: () => ({ type: 'user-sources-imported', added, updated, failed }),
    };
  };
}
