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
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): undefined => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const parsed = mentionHoveredMessageSchema.safeParse(message);
      if (parsed.success && sender.tab?.id === tabIdRef.current) setHovered(parsed.data.entityId);
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
