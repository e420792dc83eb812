import { render } from 'preact';
import browser from 'webextension-polyfill';
import {
  pageHtmlResponseSchema,
  pageItemsResponseSchema,
  pageSetupResponseSchema,
  searchResponseSchema,
  sendRequest,
  userSourceSavedResponseSchema,
  type PageHtmlRequest,
  type PageItemsRequest,
} from '@/lib/messaging';
import { extension, loadSettings, openSidebar, tabs, updateSettings, type Tab } from '@/lib/browser';
import { PopupApp, type ActivePage, type PopupDeps } from '@/lib/ui/popup';
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
  const request: PageItemsRequest = { type: 'page-items' };
  // No receiver (a store page, a tab open since before Parallax started) rejects: nothing to read.
  const answer: unknown = await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  const parsed = pageItemsResponseSchema.safeParse(answer);
  if (!parsed.success) return { hostname: httpHost(tab.url), items: null };
  return { hostname: httpHost(tab.url) ?? parsed.data.hostname, items: parsed.data };
}

/** The tab's article: its HTML from the content script, read here with Readability (kept out of the page). */
async function readPage(): Promise<UserSourceDraft | null> {
  const tab = await activeTab;
  if (tab?.id === undefined) return null;
  const request: PageHtmlRequest = { type: 'page-html' };
  const parsed = pageHtmlResponseSchema.safeParse(await browser.tabs.sendMessage(tab.id, request));
  if (!parsed.success) throw new Error('popup: the page did not answer with its HTML');
  const doc = new DOMParser().parseFromString(parsed.data.html, 'text/html');
  return readHtmlArticle(doc, parsed.data.url);
}

/** In the toolbar popup (not the popup page opened as a tab) there is no current tab. */
async function closeIfPopup(): Promise<void> {
  if ((await tabs.current()) === undefined) window.close();
}

const deps: PopupDeps = {
  search: (query) => sendRequest({ type: 'search', query }, searchResponseSchema),
  loadItems: async () => (await sendRequest({ type: 'page-setup' }, pageSetupResponseSchema)).items,
  loadPage,
  loadSettings,
  updateSettings,
  openOptions: () => extension.openOptions().then(closeIfPopup),
  addPage: {
    readPage,
    addSource: (source) => sendRequest({ type: 'user-source-add', source }, userSourceSavedResponseSchema),
  },
  openSidebar: (view) =>
    openSidebar({ tabId: tabAtHand?.id ?? null, view }, tabAtHand?.windowId).then(closeIfPopup),
};

const initialQuery = params.get('q') ?? '';
const root = document.getElementById('app');
if (root) render(<PopupApp deps={deps} initialQuery={initialQuery} />, root);
