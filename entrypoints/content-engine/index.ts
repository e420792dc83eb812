import browser, { type Runtime } from 'webextension-polyfill';
import { PHASE_MARKS, startParallax, watchInvalidation, type ParallaxPage } from '@/lib/content';
import { checkResponse, messageOrigin, receiveMessage, sendRequest, sendToPages } from '@/lib/messaging';
import { isActiveOn, loadSettings, parseSettings, watchSettings, type Settings } from '@/lib/settings';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { takeEarlyStart } from '@/lib/content/early-start';
import { CONTENT_MATCHES, QUIET_START } from '@/lib/content/engine-module';

/**
 * Parallax in a page, imported by the injected script (entrypoints/content) once it has marked the start.
 * Its context has the injected script's name, so a newer copy (the extension reloaded or updated) retires this one.
 */
export default defineUnlistedScript(() => {
  void run(new ContentScriptContext('content', { matches: CONTENT_MATCHES, ...QUIET_START }));
});

async function run(ctx: ContentScriptContext): Promise<void> {
  // Asked for by the injected script while this engine loaded (or now, while the settings are read):
  // it says nothing about the page; used by the first start only.
  const early = takeEarlyStart();
  performance.mark(PHASE_MARKS.engineLoaded, { detail: { earlyStart: early !== null } });
  const requestPageSetup = () => sendRequest({ type: 'page-setup' });
  let earlySetup: ReturnType<typeof requestPageSetup> | null = early
    ? early.pageSetup.then((answer) => checkResponse('page-setup', answer))
    : requestPageSetup();
  earlySetup.catch(() => undefined);
  let page: ParallaxPage | null = null;
  let generation = 0;

  const stop = (): void => {
    generation++;
    page?.stop();
    page = null;
  };
  const start = async (settings: Settings): Promise<void> => {
    stop();
    if (!isActiveOn(settings, location.hostname)) return;
    const mine = generation;
    const started = await startParallax({
      doc: document,
      settings,
      pageSetup: () => {
        const answer = earlySetup ?? requestPageSetup();
        earlySetup = null;
        return answer;
      },
      itemCard: (entityId, pageSourceId, pageContext) =>
        sendRequest({ type: 'item-card', entityId, pageSourceId, pageContext }),
      openSearch: (query) => void sendRequest({ type: 'open-search', query }).catch(() => undefined),
      onScanned: (stats) => performance.mark(PHASE_MARKS.highlighted, { detail: stats }),
      // Called in the click handler: the browser opens a sidebar only in answer to a user action.
      openSidebar: (entityId) =>
        void sendRequest({ type: 'open-sidebar', view: { kind: 'item', entityId } }).catch(() => undefined),
      // Only an open sidebar listens; with none, nobody answers and that is fine.
      onItemShown: (entityId) =>
        void sendToPages({ type: 'mention-hovered', entityId }).catch(() => undefined),
    }).catch((error: unknown) => {
      console.warn(`parallax: ${(error as Error).message}`);
      return null;
    });
    if (mine === generation) page = started;
    else started?.stop();
  };

  let settings = early ? parseSettings(await early.settings) : await loadSettings();
  performance.mark(PHASE_MARKS.settingsRead);
  const unwatch = watchSettings((next) => {
    settings = next;
    void start(settings);
  });
  // SPA navigations (history API): a new article, a fresh scan.
  ctx.addEventListener(window, 'wxt:locationchange', () => void start(settings));
  const own = { id: browser.runtime.id, url: browser.runtime.getURL('/') };
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const origin = messageOrigin(sender, own);
    if (!origin) return undefined;
    return receiveMessage('tab', message, origin, {
      'focus-mention': (request) => page?.focusMention(request.direction),
      'focus-item': (request) => page?.focusItem(request.entityId),
      'page-items': () =>
        page?.pageItems() ?? {
          type: 'page-items',
          hostname: location.hostname,
          active: false,
          pageSourceId: null,
          items: [],
        },
      // "Add this page": the popup reads the article with Readability, so that
      // library never loads into every page. Reading the markup, not writing it.
      'page-html': () => ({
        type: 'page-html',
        url: location.href,
        // eslint-disable-next-line no-restricted-properties
        html: document.documentElement.outerHTML,
      }),
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  // The extension was reloaded, updated or removed: the page goes back to how it was. The highlights
  // first; then the browser listeners, which an orphaned script may no longer be allowed to touch.
  ctx.onInvalidated(() => {
    stopWatchingInvalidation();
    stop();
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // "Extension context invalidated": the browser has dropped those listeners itself.
    }
  });
  const stopWatchingInvalidation = watchInvalidation(ctx, window);
  await start(settings);
}
