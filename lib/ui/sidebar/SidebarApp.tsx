import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { comparisonToJson, comparisonToMarkdown, exportFileName, type Comparison } from '../../compare';
import type { SourceMeta } from '../../corpus';
import type { CoverageResponse, PageItemsResponse, SidebarView } from '../../messaging';
import { strings } from '../strings';
import { ComparisonView, type ExportStatus } from './ComparisonView';
import { PageItemsView } from './PageItemsView';
import { SidebarStatus } from './SidebarStatus';

/** Everything the sidebar asks of the browser; main.tsx supplies the real ones, tests their own. */
export interface SidebarDeps {
  /** The active tab's items, or null where no content script answers (unsupported page, Parallax off). */
  pageItems(tabId: number): Promise<PageItemsResponse | null>;
  coverage(entityIds: readonly string[]): Promise<CoverageResponse>;
  /** The corpus's sources: a comparison names its silent sources by them. */
  sources(): Promise<SourceMeta[]>;
  compare(query: string, subject: 'query' | 'selection'): Promise<Comparison>;
  focusOnPage(tabId: number, entityId: string): void;
  download(fileName: string, text: string, mime: string): void;
  copy(text: string): Promise<boolean>;
}

export interface SidebarAppProps {
  deps: SidebarDeps;
  /** The tab the sidebar is about (null: none yet). */
  tabId: number | null;
  /** What to show, as asked by whoever opened the sidebar; the user moves on from it. */
  requested: SidebarView;
  /** The item whose mention the reader rests on in the page. */
  hoveredItemId: string | null;
  /** Bumped when the tab navigates or finishes loading: the page's items are read again. */
  revision: number;
}

type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

interface ComparisonData {
  comparison: Comparison;
  sources: SourceMeta[];
}

interface PageData {
  items: PageItemsResponse | null;
  coverage: CoverageResponse | null;
}

function useLoad<T>(load: (() => Promise<T>) | null, key: unknown): Loaded<T> | null {
  const [state, setState] = useState<Loaded<T> | null>(null);
  useEffect(() => {
    if (!load) {
      setState(null);
      return undefined;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', message: (error as Error).message }),
    );
    return () => {
      live = false;
    };
    // `key` names what `load` loads: a new key, a new load.
  }, [key]);
  return state;
}

function viewKey(view: SidebarView): string {
  switch (view.kind) {
    case 'page':
      return 'page';
    case 'item':
      return `item:${view.entityId}`;
    case 'query':
      return `query:${view.query}`;
    case 'selection':
      return `selection:${view.text}`;
  }
}

/**
 * The sidebar: the items of the page in the active tab with who else
 * mentions them, or one comparison (an item, a query, a selected passage),
 * with export. It follows the tab it is given and the view it is asked for.
 */
export function SidebarApp({
  deps,
  tabId,
  requested,
  hoveredItemId,
  revision,
}: SidebarAppProps): JSX.Element {
  const [view, setView] = useState<SidebarView>(requested);
  const [exportStatus, setExportStatus] = useState<ExportStatus>(null);
  useEffect(() => setView(requested), [viewKey(requested)]);
  useEffect(() => setExportStatus(null), [viewKey(view)]);

  // Read whatever the view: an item's comparison marks the page's own source too.
  const page = useLoad<PageData>(
    tabId !== null
      ? async () => {
          const items = await deps.pageItems(tabId);
          const coverage = items ? await deps.coverage(items.items.map((item) => item.id)) : null;
          return { items, coverage };
        }
      : null,
    `${tabId}:${revision}`,
  );
  const comparison = useLoad<ComparisonData>(
    view.kind === 'page'
      ? null
      : async () => {
          const [compared, sources] = await Promise.all([
            view.kind === 'selection'
              ? deps.compare(view.text, 'selection')
              : deps.compare(view.kind === 'item' ? view.entityId : view.query, 'query'),
            deps.sources(),
          ]);
          return { comparison: compared, sources };
        },
    viewKey(view),
  );

  const exportComparison = (
    { comparison: value, sources }: ComparisonData,
    format: 'markdown' | 'json',
    action: 'download' | 'copy',
  ) => {
    const text = format === 'markdown' ? comparisonToMarkdown(value, sources) : comparisonToJson(value);
    if (action === 'copy') {
      void deps.copy(text).then((copied) => setExportStatus(copied ? 'copied' : 'copy-failed'));
      return;
    }
    deps.download(
      exportFileName(value, format === 'markdown' ? 'md' : 'json'),
      text,
      format === 'markdown' ? 'text/markdown' : 'application/json',
    );
  };

  if (view.kind !== 'page') {
    return (
      <main class="sidebar">
        <nav class="sidebar-nav">
          <button type="button" class="sidebar-back" onClick={() => setView({ kind: 'page' })}>
            {strings.sidebar.backToPage}
          </button>
        </nav>
        {comparison?.status === 'ready' ? (
          <ComparisonView
            comparison={comparison.value.comparison}
            sources={comparison.value.sources}
            exportStatus={exportStatus}
            pageSourceId={page?.status === 'ready' ? (page.value.items?.pageSourceId ?? null) : null}
            pageStoryId={page?.status === 'ready' ? (page.value.items?.story?.story.id ?? null) : null}
            onExport={(format, action) => exportComparison(comparison.value, format, action)}
            onFocusOnPage={
              tabId !== null && view.kind === 'item'
                ? (entityId) => deps.focusOnPage(tabId, entityId)
                : undefined
            }
          />
        ) : (
          <SidebarStatus
            status={comparison?.status === 'error' ? 'error' : 'loading'}
            message={comparison?.status === 'error' ? comparison.message : undefined}
          />
        )}
      </main>
    );
  }

  if (tabId === null || !page || page.status === 'loading') {
    return (
      <main class="sidebar">
        <SidebarStatus status="loading" />
      </main>
    );
  }
  if (page.status === 'error') {
    return (
      <main class="sidebar">
        <SidebarStatus status="error" message={page.message} />
      </main>
    );
  }
  const { items, coverage } = page.value;
  if (!items) {
    return (
      <main class="sidebar">
        <SidebarStatus status="unsupported" />
      </main>
    );
  }
  if (!items.active) {
    return (
      <main class="sidebar">
        <SidebarStatus status="off" />
      </main>
    );
  }
  if (items.items.length === 0) {
    return (
      <main class="sidebar">
        <SidebarStatus status="empty" />
      </main>
    );
  }
  const rows = new Map(coverage?.rows.map((row) => [row.item.id, row.item]) ?? []);
  const sources: SourceMeta[] = coverage?.sources ?? [];
  return (
    <main class="sidebar">
      <PageItemsView
        items={items.items.flatMap((item) => {
          const known = rows.get(item.id);
          return known ? [{ ...known, count: item.count }] : [];
        })}
        coverage={coverage}
        pageSource={sources.find((source) => source.id === items.pageSourceId) ?? null}
        markedItemId={hoveredItemId}
        onSelectItem={(entityId) => setView({ kind: 'item', entityId })}
        onFocusOnPage={(entityId) => deps.focusOnPage(tabId, entityId)}
      />
    </main>
  );
}
