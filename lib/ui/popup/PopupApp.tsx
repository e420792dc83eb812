import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SourceMeta } from '../../corpus/source-meta';
import type { PageItemsResponse } from '../../messaging/page-messages';
import type { PageItem, SidebarView } from '../../messaging/protocol';
import type { Settings } from '../../settings/settings-schema';
import { strings } from '../strings';
import { describePage, type ActivePage } from './describe-page';
import { AddPage, type AddPageProps } from './AddPage';
import { OnThisPage } from './OnThisPage';
import { PageToggles } from './PageToggles';
import { SearchPanel } from './SearchPanel';
import type { ItemNote } from './top-page-items';
import type { SearchFunction } from './use-search';

/**
 * The content script marks the page again when settings change (tens of
 * milliseconds, a few hundred on a long article); asking for its items sooner
 * would read the old highlights.
 */
export const RESCAN_WAIT_MS = 500;

/** Everything the popup asks of the browser; main.tsx supplies the real ones, tests their own. */
export interface PopupDeps {
  search: SearchFunction;
  /** Every catalogue item (the 'page-setup' answer), asked for once. */
  loadItems(): Promise<readonly PageItem[]>;
  /** The active tab: its host and what its content script highlights. */
  loadPage(): Promise<ActivePage>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
  /** Opens the sidebar on a view. Called inside the click or key handler, before any await. */
  openSidebar(view: SidebarView): Promise<void>;
  /** Opens the options page. */
  openOptions(): Promise<void>;
  /**
   * Per item of the page, how many sources mention it and how many of its
   * story's findings differ on it, to list the most informative first.
   * Absent (tests of other parts): the page's own counts order the items.
   */
  loadItemNotes?(page: PageItemsResponse): Promise<Record<string, ItemNote>>;
  /** "Add this page": absent where the popup has no page to add (tests of other parts). */
  addPage?: AddPageProps;
}

export interface PopupAppProps {
  deps: PopupDeps;
  /** A query to start with (`popup.html?q=`). */
  initialQuery?: string;
}

const NO_SOURCES: readonly SourceMeta[] = [];

/** The toolbar popup: search with suggestions, the page's items, the page settings. */
export function PopupApp({ deps, initialQuery = '' }: PopupAppProps): JSX.Element {
  const [catalogue, setCatalogue] = useState<readonly PageItem[] | null>(null);
  const [corpus, setCorpus] = useState<{ sourceCount: number; sources: readonly SourceMeta[] } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** The tab's last answer, and the settings revision it was given under. */
  const [page, setPage] = useState<{ answer: ActivePage; revision: number } | null>(null);
  const [failed, setFailed] = useState(false);
  /** Bumped by every settings change: the page is asked again once it has been marked anew. */
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [notes, setNotes] = useState<Record<string, ItemNote> | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    void deps.loadItems().then(setCatalogue, () => setFailed(true));
    // An empty query answers with the sources table and warms the index up.
    void deps.search('').then(
      (response) => setCorpus({ sourceCount: response.sourceCount, sources: response.sources }),
      () => setCorpus(null),
    );
    void deps.loadSettings().then(setSettings, () => setFailed(true));
  }, [deps]);

  useEffect(() => {
    let live = true;
    const load = (): void =>
      void deps.loadPage().then(
        (answer) => live && setPage({ answer, revision }),
        () => live && setFailed(true),
      );
    if (revision === 0) {
      load();
      return () => {
        live = false;
      };
    }
    const timer = setTimeout(load, RESCAN_WAIT_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [deps, revision]);

  const pageItems = page?.answer.items ?? null;
  useEffect(() => {
    if (!deps.loadItemNotes || !pageItems?.active || pageItems.items.length === 0) return;
    let live = true;
    // Without notes the items keep the page's order by mentions: nothing to report.
    void deps.loadItemNotes(pageItems).then(
      (loaded) => live && setNotes(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [deps, pageItems]);

  const openSidebar = (view: SidebarView): void => {
    setNotice(null);
    // No await before this call: the browser opens a sidebar only in answer to the click or key.
    deps.openSidebar(view).catch(() => setNotice(strings.popup.sidebarFailed));
  };
  const changeSettings = (change: Partial<Settings>): void => {
    setNotice(null);
    deps.updateSettings(change).then(
      (next) => {
        setSettings(next);
        setRevision((value) => value + 1);
      },
      () => setNotice(strings.popup.settingsFailed),
    );
  };

  // From a settings change until the page is asked again, its last answer is out of date.
  const rescanning = page !== null && page.revision !== revision;
  const status = describePage({
    page: page?.answer ?? null,
    settings,
    catalogue,
    sources: corpus?.sources ?? NO_SOURCES,
    failed,
    rescanning,
  });
  const settingsNeeded = status.status === 'paused' || status.status === 'site-off';
  // Opened when a setting is why the page shows nothing (its hint says "below"); never closed for the reader.
  useEffect(() => {
    if (settingsNeeded) setSettingsOpen(true);
  }, [settingsNeeded]);
  return (
    <SearchPanel
      search={deps.search}
      initialQuery={initialQuery}
      items={catalogue ?? undefined}
      sourceCount={corpus?.sourceCount ?? null}
      onOpenSidebar={openSidebar}
      notice={notice}
    >
      <OnThisPage page={status} notes={notes} onOpenSidebar={openSidebar} />
      {deps.addPage && page?.answer.hostname != null && <AddPage {...deps.addPage} />}
      <details
        class="popup-settings"
        open={settingsOpen}
        onToggle={(event) => setSettingsOpen(event.currentTarget.open)}
      >
        <summary>{strings.panel.settings}</summary>
        {settings && (
          <PageToggles
            settings={settings}
            hostname={page?.answer.hostname ?? null}
            onChange={changeSettings}
          />
        )}
        <button
          type="button"
          class="popup-options"
          onClick={() => void deps.openOptions().catch(() => undefined)}
        >
          {strings.options.open}
        </button>
      </details>
    </SearchPanel>
  );
}
