import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenToRuntime, ownExtension, releaseOnAbort } from '@/lib/browser/content-runtime';
import {
  announcePageChange,
  answerContentMessage,
  backgroundRequests,
  createPageSession,
  pageSetupSource,
  EARLY_START,
  LATE_START,
  PHASE_MARKS,
  startParallax,
  watchInvalidation,
} from '@/lib/content';
import { documentParsed } from '@/lib/content/document-parsed';
import { takeEarlyStart } from '@/lib/content/early-start';
import { watchViewportAtTop } from '@/lib/content/viewport-at-top';
import { keepWhatIRead } from '@/lib/content/keep-what-i-read';
import { CONTENT_MATCHES, QUIET_START } from '@/lib/content/engine-module';
import { loadSettings, watchSettings } from '@/lib/browser';
import { loadKeepReader } from '@/lib/browser/load-keep-reader';
import { isActiveOn, parseSettings, type Settings } from '@/lib/settings';

/**
 * Parallax in a page, imported by the injected script (entrypoints/content) as the page starts to load.
 * Its context has the injected script's name, so a newer copy (the extension reloaded or updated) retires this one.
 */
export default defineUnlistedScript(() => {
  void run(new ContentScriptContext('content', { matches: CONTENT_MATCHES, ...QUIET_START }));
});

async function run(ctx: ContentScriptContext): Promise<void> {
  const early = takeEarlyStart();
  performance.mark(PHASE_MARKS.engineLoaded, { detail: early !== null ? EARLY_START : LATE_START });
  const { pageSetup: requestPageSetup, checkPageSetup, ...requests } = backgroundRequests;
  const pageSetup = pageSetupSource(early?.pageSetup ?? null, requestPageSetup, checkPageSetup);
  const atTop = watchViewportAtTop(window, ctx.signal);
  const parsed =
    early?.parsed ?? documentParsed(document, window).then(() => void performance.mark(PHASE_MARKS.start));
  const session = createPageSession(
    (settings: Settings) =>
      isActiveOn(settings, location.hostname)
        ? startParallax({
            ...requests,
            doc: document,
            settings,
            pageSetup,
            parsed: () => parsed,
            atTop,
            onScanned: (stats) => performance.mark(PHASE_MARKS.highlighted, { detail: stats }),
            onItemsChanged: announcePageChange,
          })
        : null,
    undefined,
    // A sidebar open on this tab shows the new run's items (after an SPA navigation, a settings change).
    announcePageChange,
  );

  let settings = early ? parseSettings(await early.settings) : await loadSettings();
  performance.mark(PHASE_MARKS.settingsRead);
  // The extension was reloaded, updated or removed: the page goes back to how it was. The highlights
  // first; then the browser listeners (released in the order they are tied to the context, below).
  ctx.onInvalidated(() => session.stop());
  const unwatchSettings = watchSettings((next) => {
    settings = next;
    void session.start(settings);
  });
  releaseOnAbort(ctx.signal, unwatchSettings);
  // SPA navigations (history API): a new article, a fresh scan.
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.start(settings));
  listenToRuntime(
    (message, sender) =>
      answerContentMessage(message, sender, {
        own: ownExtension(),
        page: session.page,
        settled: () => session.settled(),
        location,
        doc: document,
      }),
    ctx.signal,
  );
  ctx.onInvalidated(watchInvalidation(ctx, window));
  // "Keep what I read" (lib/keep): off by default, and independent of the highlights.
  void parsed.then(() =>
    keepWhatIRead({
      doc: document,
      keep: () => settings.keep,
      loadReader: loadKeepReader,
      signal: ctx.signal,
    }),
  );
  await session.start(settings);
}
