import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  compareResponseSchema,
  coverageResponseSchema,
  isOwnSender,
  mentionHoveredMessageSchema,
  pageItemsResponseSchema,
  sendRequest,
  type FocusItemMessage,
  type PageItemsRequest,
} from '@/lib/messaging';
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
  async pageItems(tabId) {
    const request: PageItemsRequest = { type: 'page-items' };
    const answer: unknown = await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
    const parsed = pageItemsResponseSchema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  },
  coverage: (entityIds) =>
    sendRequest({ type: 'coverage', entityIds: [...entityIds] }, coverageResponseSchema),
  sources: async () =>
    (await sendRequest({ type: 'coverage', entityIds: [] }, coverageResponseSchema)).sources,
  compare: async (query, subject) =>
    (await sendRequest({ type: 'compare', query, subject }, compareResponseSchema)).comparison,
  focusOnPage(tabId, entityId) {
    const message: FocusItemMessage = { type: 'focus-item', entityId };
    browser.tabs.sendMessage(tabId, message).catch(() => undefined);
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
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): undefined => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const parsed = mentionHoveredMessageSchema.safeParse(message);
      if (parsed.success && sender.tab?.id === tabIdRef.current) setHovered(parsed.data.entityId);
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
