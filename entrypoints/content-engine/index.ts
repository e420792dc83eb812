import browser, { type Runtime } from 'webextension-polyfill';
import { PHASE_MARKS, startParallax, watchInvalidation, type ParallaxPage } from '@/lib/content';
import {
  checkResponse,
  contentScriptMessageSchema,
  isOwnSender,
  type MentionHoveredMessage,
  type PageHtmlResponse,
  type PageItemsResponse,
  itemCardResponseSchema,
  openSearchResponseSchema,
  pageSetupResponseSchema,
  sendRequest,
} from '@/lib/messaging';
import { loadSettings, watchSettings } from '@/lib/browser';
import { isActiveOn, parseSettings, type Settings } from '@/lib/settings';
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
  const requestPageSetup = () => sendRequest({ type: 'page-setup' }, pageSetupResponseSchema);
  let earlySetup: ReturnType<typeof requestPageSetup> | null = early
    ? early.pageSetup.then((answer) => checkResponse('page-setup', answer, pageSetupResponseSchema))
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
        sendRequest({ type: 'item-card', entityId, pageSourceId, pageContext }, itemCardResponseSchema),
      openSearch: (query) =>
        void sendRequest({ type: 'open-search', query }, openSearchResponseSchema).catch(() => undefined),
      onScanned: (stats) => performance.mark(PHASE_MARKS.highlighted, { detail: stats }),
      // Called in the click handler: the browser opens a sidebar only in answer to a user action.
      openSidebar: (entityId) =>
        void sendRequest(
          { type: 'open-sidebar', view: { kind: 'item', entityId } },
          openSearchResponseSchema,
        ).catch(() => undefined),
      onItemShown: (entityId) => {
        const hovered: MentionHoveredMessage = { type: 'mention-hovered', entityId };
        // Only an open sidebar listens; with none, nobody answers and that is fine.
        browser.runtime.sendMessage(hovered).catch(() => undefined);
      },
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
  const onMessage = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<PageItemsResponse | PageHtmlResponse> | undefined => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const parsed = contentScriptMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'focus-mention':
        page?.focusMention(request.direction);
        return undefined;
      case 'focus-item':
        page?.focusItem(request.entityId);
        return undefined;
      case 'page-items':
        return Promise.resolve(
          page?.pageItems() ?? {
            type: 'page-items',
            hostname: location.hostname,
            active: false,
            pageSourceId: null,
            items: [],
          },
        );
      case 'page-html':
        // "Add this page": the popup reads the article with Readability, so that
        // library never loads into every page. Reading the markup, not writing it.
        return Promise.resolve({
          type: 'page-html',
          url: location.href,
          // eslint-disable-next-line no-restricted-properties
          html: document.documentElement.outerHTML,
        });
    }
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
