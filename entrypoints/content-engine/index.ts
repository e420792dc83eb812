import browser, { type Runtime } from 'webextension-polyfill';
import { PHASE_MARKS, startParallax, watchInvalidation, type ParallaxPage } from '@/lib/content';
import {
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
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/lib/settings';
import './highlights.css';

/**
 * Read by WXT's ContentScriptContext, though its types lack it. Without it WXT announces every start
 * with `window.postMessage(…, '*')`: the extension's id goes to every `message` listener of the page,
 * and Chromium captures the caller's source location, re-parsing the whole bundle inside the task that
 * evaluates it (14 of its 45 ms, traced). WXT's other announcement, an event on the document, stays:
 * it is how a reloaded script retires the old one.
 */
const QUIET_START = { noScriptStartedPostMessage: true };

export default defineContentScript({
  ...QUIET_START,
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Top frame only: the article a person reads is the page; ads and embeds in frames are not.
  allFrames: false,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    performance.mark(PHASE_MARKS.start);
    const requestPageSetup = () => sendRequest({ type: 'page-setup' }, pageSetupResponseSchema);
    // Asked for while the settings are read (it says nothing about the page); used by the first start only.
    let earlySetup: ReturnType<typeof requestPageSetup> | null = requestPageSetup();
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

    let settings = await loadSettings();
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
  },
});
