import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { messageOrigin, receiveMessage, sendRequest, sendToTab } from '@/lib/messaging';
import {
  parseSidebarRequest,
  SIDEBAR_VIEW_KEY,
  SidebarApp,
  type SidebarDeps,
  type SidebarRequest,
} from '@/lib/sidebar';
import { copyText, downloadText } from '@/lib/ui/sidebar/download-text';
import '@/lib/ui/theme.css';
import '@/lib/ui/sidebar/sidebar.css';

const deps: SidebarDeps = {
  pageItems: (tabId) => sendToTab(tabId, { type: 'page-items' }).catch(() => null),
  coverage: (entityIds) => sendRequest({ type: 'coverage', entityIds: [...entityIds] }),
  sources: async () => (await sendRequest({ type: 'coverage', entityIds: [] })).sources,
  compare: async (query, subject) => (await sendRequest({ type: 'compare', query, subject })).comparison,
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
    void browser.windows.getCurrent().then((current) => (windowId = current.id));
    if (follow) {
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setTabId(tab?.id ?? null));
    }
    void browser.storage.session.get(SIDEBAR_VIEW_KEY).then((stored) => {
      setRequest(parseSidebarRequest(stored[SIDEBAR_VIEW_KEY]));
    });
    const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      const change = changes[SIDEBAR_VIEW_KEY];
      if (area !== 'session' || !change) return;
      const next = parseSidebarRequest(change.newValue);
      setRequest(next);
      if (follow && next.tabId !== null) setTabId(next.tabId);
    };
    const onActivated = (info: browser.Tabs.OnActivatedActiveInfoType) => {
      if (follow && (windowId === undefined || info.windowId === windowId)) setTabId(info.tabId);
    };
    const onUpdated = (updatedId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
      if (change.status === 'complete')
        setRevision((value) => value + (updatedId === tabIdRef.current ? 1 : 0));
    };
    const own = { id: browser.runtime.id, url: browser.runtime.getURL('/') };
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): undefined => {
      const origin = messageOrigin(sender, own);
      if (!origin) return undefined;
      // Every runtime message reaches this page too; it acts on those meant for pages and answers none.
      void receiveMessage('pages', message, origin, {
        'mention-hovered': (request) => {
          if (sender.tab?.id === tabIdRef.current) setHovered(request.entityId);
        },
      });
      return undefined;
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
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
