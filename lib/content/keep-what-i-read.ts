import { keepDecision } from '../keep';
import type { KeepAnswer } from '../messaging/keep-messages';
import { sendRequest } from '../messaging/send-request';
import type { KeepSettings } from '../settings/keep-settings-schema';
import type { UserSourceDraft } from '../user-sources/user-source-schema';
import { strings } from '../ui/strings';
import type { KeepReader } from './keep-reader-module';
import { mountKeepNotice } from './keep-notice';
import { isEditablePage } from './keep-page-signals';
import { watchReading } from './keep-reading-watch';

export interface KeepWhatIReadDeps {
  doc: Document;
  /** The settings as they are now (they may change while the reader reads). */
  keep: () => KeepSettings;
  /** The background's keep-article and keep-undo (tests replace them). */
  keepArticle?: (source: UserSourceDraft, confirmed: boolean) => Promise<KeepAnswer>;
  undo?: (sourceId: string) => Promise<unknown>;
  /** Readability, loaded only once collection is on here (lib/browser's loadKeepReader). */
  loadReader: () => Promise<KeepReader>;
  signal: AbortSignal;
}

/**
 * "Keep what I read" on one page: nothing at all unless collection is on
 * and the page could be kept (lib/keep decides, without the window's
 * privacy, which only the background knows); then, once the reader has read
 * the page, its article is read as "Add this page" reads it and sent to the
 * background, which decides again and keeps it. A quiet notice says so and
 * offers undo; a site whose rule is "ask" asks in the same place first.
 */
export function keepWhatIRead(deps: KeepWhatIReadDeps): void {
  const { doc, signal } = deps;
  const keepArticle =
    deps.keepArticle ?? ((source, confirmed) => sendRequest({ type: 'keep-article', source, confirmed }));
  const undo = deps.undo ?? ((sourceId) => sendRequest({ type: 'keep-undo', sourceId }));
  const view = doc.defaultView;
  if (!view) return;
  const win: Window = view;
  const url = win.location.href;
  const possible = (): boolean =>
    keepDecision({ keep: deps.keep(), url, privateWindow: false, editable: isEditablePage(doc) }).kind !==
    'skip';
  if (!possible()) return;
  void deps.loadReader().then(
    (reader) => {
      if (!signal.aborted && reader.looksLikeArticle(doc)) watchUntilRead(reader);
    },
    (error: unknown) => console.warn(`parallax: keep what I read: ${String(error)}`),
  );

  function watchUntilRead(reader: KeepReader): void {
    watchReading({
      doc,
      win,
      signal,
      onRead: () => {
        // The reader may have paused collection, or started typing into the page, while reading.
        if (!possible()) return;
        const draft = reader.readKeptArticle(doc, url);
        if (!draft) return;
        const notice = mountKeepNotice(doc, signal);
        const send = (confirmed: boolean): void => {
          keepArticle(draft, confirmed).then(
            (answer) => {
              if (answer.outcome === 'ask')
                notice.show(strings.keep.ask, [
                  { label: strings.keep.yes, run: () => send(true) },
                  { label: strings.keep.notNow, run: () => notice.remove() },
                ]);
              else if (answer.outcome === 'added' && answer.sourceId !== null) {
                const id = answer.sourceId;
                notice.show(strings.keep.kept, [
                  {
                    label: strings.keep.undo,
                    run: () =>
                      void undo(id).then(
                        () => notice.show(strings.keep.undone, []),
                        () => notice.remove(),
                      ),
                  },
                ]);
              } else if (answer.outcome === 'updated') notice.show(strings.keep.updated, []);
              else notice.remove();
            },
            () => notice.remove(),
          );
        };
        send(false);
      },
    });
  }
}
