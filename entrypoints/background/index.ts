import browser, { type Runtime } from 'webextension-polyfill';
import {
  answerCompare,
  answerCoverage,
  answerPageSetup,
  answerPageStory,
  answerSearch,
  answerStoriesList,
  answerStoryBriefing,
  ADD_PAGE_MENU,
  COMPARE_SELECTION_MENU,
  contextMenuAction,
  loadBundledAssets,
  UserCorpusHost,
  userSourceHandlers,
  keepHandler,
  itemExtractor,
  openItemWorkerHost,
  retentionKeeper,
} from '@/lib/background';
import {
  handleRequest,
  isForPages,
  messageOrigin,
  sendToTab,
  type FocusMentionMessage,
} from '@/lib/messaging';
import { extension, loadSettings, menus, onCommand, openSidebar, tabs } from '@/lib/browser';
import { openPagedIndex, openUserSourceStore } from '@/lib/user-sources';
import { strings } from '@/lib/ui/strings';

/** Keyboard commands declared in the manifest (wxt.config.ts) → direction for the content script. */
const COMMAND_DIRECTIONS: Record<string, FocusMentionMessage['direction']> = {
  'next-item': 'next',
  'previous-item': 'previous',
};
const OPEN_SIDEBAR_COMMAND = 'open-sidebar';

export default defineBackground(() => {
  const log = (reason: string): void => console.warn(reason);
  const host = new UserCorpusHost({
    loadAssets: loadBundledAssets,
    openStore: () => openUserSourceStore(undefined, log),
    openIndex: async () => {
      const { index, health } = await openPagedIndex();
      for (const problem of health.problems) log(problem);
      return index;
    },
    log,
    extractItems: itemExtractor({ open: openItemWorkerHost, log }),
  });
  const getCorpus = () => host.corpus();
  const retention = retentionKeeper({
    settings: loadSettings,
    list: () => host.list(),
    remove: (id) => host.remove(id),
    today: () => new Date().toISOString().slice(0, 10),
    log,
  });
  const keep = keepHandler({
    settings: loadSettings,
    add: (draft) => retention.after(host.add(draft)),
    remove: (id) => host.remove(id),
  });
  const sourceHandlers = userSourceHandlers(host);

  const own = { id: browser.runtime.id, url: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const origin = messageOrigin(sender, own);
    if (!origin) {
      log('messaging: rejected message from another extension or page');
      return undefined;
    }
    // Meant for the sidebar; every extension context hears it, and it needs no answer.
    if (isForPages(message)) return undefined;
    return handleRequest(
      message,
      origin,
      {
        search: async (request) => answerSearch(request, () => host.searchCorpus()),
        'page-setup': () => answerPageSetup(getCorpus),
        'page-story': (request) => answerPageStory(request, getCorpus),
        'item-card': (request) => host.itemCard(request),
        compare: (request) => answerCompare(request, getCorpus),
        coverage: (request) => answerCoverage(request, getCorpus),
        'story-briefing': (request) => answerStoryBriefing(request, getCorpus),
        'stories-list': () => answerStoriesList(getCorpus),
        ...sourceHandlers,
        'user-source-add': (request) => retention.after(sourceHandlers['user-source-add'](request)),
        'user-sources-import': (request) => retention.after(sourceHandlers['user-sources-import'](request)),
        'user-sources-retain': async () => {
          await retention.apply();
          return host.list();
        },
        'keep-article': (request) =>
          keep.keep(request, {
            url: sender.url ?? sender.tab?.url,
            incognito: sender.tab?.incognito ?? false,
          }),
        'keep-undo': (request) => keep.undo(request),
        'open-sidebar': async (request) => {
          await openSidebar({ tabId: sender.tab?.id ?? null, view: request.view }, sender.tab?.windowId);
          return { type: 'opened' };
        },
        'open-search': async (request) => {
          await tabs.open(`${extension.url('/popup.html')}?q=${encodeURIComponent(request.query)}`);
          return { type: 'opened' };
        },
      },
      log,
    );
  });

  extension.onStartup(() => retention.applySoon());
  extension.onInstalled(() => retention.applySoon());
  extension.onInstalled(() => {
    menus.create({
      id: COMPARE_SELECTION_MENU,
      title: strings.sidebarMenuCompareSelection,
      contexts: ['selection'],
    });
    menus.create({ id: ADD_PAGE_MENU, title: strings.addPage.menu, contexts: ['page'] });
  });
  menus.onClicked((info, tab) => {
    const action = contextMenuAction(info, tab?.id);
    if (action?.kind === 'open-sidebar')
      openSidebar({ tabId: action.tabId, view: action.view }, tab?.windowId).catch((error: unknown) =>
        log(`sidebar: ${(error as Error).message}`),
      );
    else if (action?.kind === 'open-add-page') {
      tabs
        .open(`${extension.url('/popup.html')}?tab=${action.tabId}`, (tab?.index ?? -1) + 1)
        .catch((error: unknown) => log(`popup: ${(error as Error).message}`));
    }
  });

  onCommand((command, tab) => {
    if (command === OPEN_SIDEBAR_COMMAND) {
      openSidebar({ tabId: tab?.id ?? null, view: { kind: 'page' } }, tab?.windowId).catch((error: unknown) =>
        log(`sidebar: ${(error as Error).message}`),
      );
      return;
    }
    const direction = COMMAND_DIRECTIONS[command];
    if (!direction) return;
    void tabs.active().then((active) => {
      if (active?.id === undefined) return;
      // A tab without the content script (chrome://, the store) has no receiver: nothing to do.
      sendToTab(active.id, { type: 'focus-mention', direction }).catch(() => undefined);
    });
  });
});
