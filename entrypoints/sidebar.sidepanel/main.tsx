import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { messageOrigin, receiveMessage, sendRequest, sendToTab } from '@/lib/messaging';
import {
  currentWindowId,
  readSidebarRequest,
  tabs,
  watchSidebarRequest,
  type SidebarRequest,
} from '@/lib/browser';
import { copyText, downloadText, SidebarApp, type SidebarDeps } from '@/lib/ui/sidebar';
import '@/lib/ui/theme.css';
import '@/lib/ui/sidebar/sidebar.css';

const deps: SidebarDeps = {
  pageItems: (tabId) => sendToTab(tabId, { type: 'page-items' }).catch(() => null),
  coverage: (entityIds) => sendRequest({ type: 'coverage', entityIds: [...entityIds] }),
  sources: async () => (await sendRequest({ type: 'coverage', entityIds: [] })).sources,
  compare: (query, subject) => sendRequest({ type: 'compare', query, subject }),
  storyBriefing: async (storyId, pageSourceId, pageItemIds) =>
    (
      await sendRequest({
        type: 'story-briefing',
        storyId,
        pageSourceId,
        ...(pageItemIds ? { pageItemIds: [...pageItemIds] } : {}),
      })
    ).briefing,
  stories: async () => (await sendRequest({ type: 'stories-list' })).stories,
  focusOnPage(tabId, entityId) {
    sendToTab(tabId, { type: 'focus-item', entityId }).catch(() => undefined);
  },
  download: (fileName, text, mime) => downloadText(document, fileName, text, mime),
  copy: (text) => copyText(text),
};

/** `?tab=ID` pins the sidebar to one tab (a sidebar opened as a page, as the tests do); else it follows the active tab. */
const pinnedTab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);

function Sidebar() {
  const [request, setRequest] = useState<SidebarRequest>({ tabId: null, view: { kind: 'page' } });
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(pinnedTab) ? pinnedTab : null);
  const [revision, setRevision] = useState(0);
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    const follow = !Number.isInteger(pinnedTab);
    let windowId: number | undefined;
    void currentWindowId().then((id) => (windowId = id));
    if (follow) void tabs.active().then((tab) => setTabId(tab?.id ?? null));
    void readSidebarRequest().then(setRequest);
    const unwatchRequest = watchSidebarRequest((next) => {
      setRequest(next);
      if (follow && next.tabId !== null) setTabId(next.tabId);
    });
    const unwatchActivated = tabs.onActivated((activeId, activeWindowId) => {
      if (follow && (windowId === undefined || activeWindowId === windowId)) setTabId(activeId);
    });
    const unwatchLoaded = tabs.onLoaded((loadedId) =>
      setRevision((value) => value + (loadedId === tabIdRef.current ? 1 : 0)),
    );
    const own = { id: browser.runtime.id, url: browser.runtime.getURL('/') };
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): undefined => {
      const origin = messageOrigin(sender, own);
      if (!origin) return undefined;
      // Every runtime message reaches this page too; it acts on those meant for pages and answers none.
      void receiveMessage('pages', message, origin, {
        'mention-hovered': (request) => {
          if (sender.tab?.id === tabIdRef.current) setHovered(request.entityId);
        },
        // The tab in view navigated by the history API or its items changed: no load event says so.
        'page-changed': () => {
          if (sender.tab?.id === tabIdRef.current) setRevision((value) => value + 1);
        },
      });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      unwatchRequest();
      unwatchActivated();
      unwatchLoaded();
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  tabIdRef.current = tabId;

  return (
    <SidebarApp
      deps={deps}
      tabId={tabId}
      requested={request.view}
      hoveredItemId={hovered}
      revision={revision}
    />
  );
}

/** The tab in view, for listeners registered once. */
const tabIdRef: { current: number | null } = { current: null };

const root = document.getElementById('app');
if (root) render(<Sidebar />, root);
