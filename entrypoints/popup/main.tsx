import { render } from 'preact';
import { sendRequest, sendToTab } from '@/lib/messaging';
import { extension, loadSettings, openSidebar, tabs, updateSettings, type Tab } from '@/lib/browser';
import type { PageItemsResponse } from '@/lib/messaging/page-messages';
import { PopupApp, type ActivePage, type ItemNote, type PopupDeps } from '@/lib/ui/popup';
import type { UserSourceDraft } from '@/lib/user-sources';
import { readHtmlArticle } from '@/lib/user-sources/read-html-article';
import '@/lib/ui/theme.css';
import './popup.css';

const params = new URLSearchParams(location.search);
/** `?tab=ID`: the popup page opened as a tab about another tab (as the e2e tests open it). */
const pinnedTab = Number.parseInt(params.get('tab') ?? '', 10);

/** The tab the popup was opened over (with activeTab, its URL is known after the toolbar click). */
const activeTab: Promise<Tab | null> = (
  Number.isInteger(pinnedTab) ? tabs.get(pinnedTab) : tabs.active()
).then(
  (tab) => tab,
  () => null,
);
/** The same tab, at hand for click handlers, which may not await before opening the sidebar. */
let tabAtHand: Tab | null = null;
void activeTab.then((tab) => {
  tabAtHand = tab;
});

function httpHost(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

async function loadPage(): Promise<ActivePage> {
  const tab = await activeTab;
  // A URL the popup may read (activeTab, after the toolbar click) that is no web page: nothing to ask.
  if (tab?.id === undefined || (tab.url !== undefined && httpHost(tab.url) === null))
    return { hostname: null, items: null };
  // No receiver (a store page, a tab open since before Parallax started) rejects: nothing to read.
  const items = await sendToTab(tab.id, { type: 'page-items' }).catch(() => null);
  if (!items) return { hostname: httpHost(tab.url), items: null };
  return { hostname: httpHost(tab.url) ?? items.hostname, items };
}

/** The tab's article: its HTML from the content script, read here with Readability (kept out of the page). */
async function readPage(): Promise<UserSourceDraft | null> {
  const tab = await activeTab;
  if (tab?.id === undefined) return null;
  const page = await sendToTab(tab.id, { type: 'page-html' });
  return readHtmlArticle(new DOMParser().parseFromString(page.html, 'text/html'), page.url);
}

/** In the toolbar popup (not the popup page opened as a tab) there is no current tab. */
async function closeIfPopup(): Promise<void> {
  if ((await tabs.current()) === undefined) window.close();
}

/** Per item of the page: how many sources mention it, and how many of its story's findings differ on it. */
async function loadItemNotes(page: PageItemsResponse): Promise<Record<string, ItemNote>> {
  const ids = page.items.map((item) => item.id);
  const storyId = page.story?.story.id ?? null;
  const [coverage, briefing] = await Promise.all([
    sendRequest({ type: 'coverage', entityIds: ids }),
    storyId !== null || page.pageSourceId !== null
      ? sendRequest({ type: 'story-briefing', storyId, pageSourceId: page.pageSourceId, pageItemIds: ids })
      : Promise.resolve(null),
  ]);
  const differing = new Map(briefing?.briefing?.itemDifferences.map((note) => [note.itemId, note.count]));
  return Object.fromEntries(
    coverage.rows.map((row) => [
      row.item.id,
      {
        sources: Object.values(row.counts).filter((count) => count > 0).length,
        differing: differing.get(row.item.id) ?? 0,
      },
    ]),
  );
}

const deps: PopupDeps = {
  search: (query) => sendRequest({ type: 'search', query }),
  loadItems: async () => (await sendRequest({ type: 'page-setup' })).items,
  loadPage,
  loadItemNotes,
  loadSettings,
  updateSettings,
  openOptions: () => extension.openOptions().then(closeIfPopup),
  addPage: {
    readPage,
    addSource: (source) => sendRequest({ type: 'user-source-add', source }),
  },
  openSidebar: (view) =>
    openSidebar({ tabId: tabAtHand?.id ?? null, view }, tabAtHand?.windowId).then(closeIfPopup),
};

const initialQuery = params.get('q') ?? '';
const root = document.getElementById('app');
if (root) render(<PopupApp deps={deps} initialQuery={initialQuery} />, root);
