import { keepDecision } from '../keep';
import type { KeepAnswer, KeepUndone, RequestOf, UserSourceSavedResponse } from '../messaging';
import type { Settings } from '../settings';
import type { UserSourceDraft } from '../user-sources';

/** The undo of one keep is offered for a few seconds; a worker life holds no more than this many. */
const MAX_UNDOABLE = 100;

/** What the background knows of the tab that sent a message. */
export interface KeepSender {
  /** The page's address as the browser reports it (never the one the page claims). */
  url: string | undefined;
  /** A private (incognito) window. */
  incognito: boolean;
}

export interface KeepHandlerDeps {
  settings(): Promise<Settings>;
  /** The existing add path ("Add this page"): the same URL or wording updates instead of adding. */
  add(draft: UserSourceDraft): Promise<UserSourceSavedResponse>;
  remove(id: string): Promise<unknown>;
}

export interface KeepHandler {
  keep(request: RequestOf<'keep-article'>, sender: KeepSender): Promise<KeepAnswer>;
  undo(request: RequestOf<'keep-undo'>): Promise<KeepUndone>;
}

/**
 * "Keep what I read" in the background: the content script says its reader
 * read the page; the background decides again (the content script's
 * settings may be stale, and only the background knows the window is
 * private), then adds the article through the reader's sources. Undo removes
 * only what a keep added in this worker life, never a source the reader
 * added themselves or one a keep merely updated.
 */
export function keepHandler(deps: KeepHandlerDeps): KeepHandler {
  const undoable: string[] = [];
  const skipped = (reason: string): KeepAnswer => ({
    type: 'keep-answer',
    outcome: 'skipped',
    sourceId: null,
    reason,
  });
  return {
    async keep({ source, confirmed }, sender) {
      if (sender.incognito) return skipped('private-window');
      if (sender.url === undefined) return skipped('not-web');
      const { keep } = await deps.settings();
      const decision = keepDecision({ keep, url: sender.url, privateWindow: sender.incognito });
      if (decision.kind === 'skip') return skipped(decision.reason);
      if (decision.kind === 'ask' && !confirmed)
        return { type: 'keep-answer', outcome: 'ask', sourceId: null, reason: null };
      const saved = await deps.add({ ...source, url: /^https?:/u.test(sender.url) ? sender.url : null });
      if (saved.outcome === 'added') {
        undoable.push(saved.source.id);
        if (undoable.length > MAX_UNDOABLE) undoable.shift();
      }
      return { type: 'keep-answer', outcome: saved.outcome, sourceId: saved.source.id, reason: null };
    },
    async undo({ sourceId }) {
      const at = undoable.indexOf(sourceId);
      if (at === -1) return { type: 'keep-undone', undone: false };
      undoable.splice(at, 1);
      await deps.remove(sourceId);
      return { type: 'keep-undone', undone: true };
    },
  };
}
