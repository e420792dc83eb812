import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  comparisonToJson,
  comparisonToMarkdown,
  exportFileName,
  type ClaimFinding,
  type Comparison,
  type StoryBriefing,
  type StorySummary,
} from '../../compare';
import type { SourceMeta } from '../../corpus';
import type { CoverageResponse, PageItemsResponse, SidebarView } from '../../messaging';
import { strings } from '../strings';
import { ComparisonView, type ExportStatus } from './ComparisonView';
import { itemSummary } from './item-summary';
import { OffStoryNotice } from './OffStoryNotice';
import { PageItemsView } from './PageItemsView';
import { SidebarStatus } from './SidebarStatus';
import { StoriesView } from './StoriesView';
import { StoryBriefingView } from './StoryBriefingView';
import { useLoad } from './use-load';

/** A comparison, and for an item the claims its sources make set side by side. */
export interface Compared {
  comparison: Comparison;
  claims?: readonly ClaimFinding[] | undefined;
}

/** Everything the sidebar asks of the browser; main.tsx supplies the real ones, tests their own. */
export interface SidebarDeps {
  /** The active tab's items, or null where no content script answers (unsupported page, Parallax off). */
  pageItems(tabId: number): Promise<PageItemsResponse | null>;
  coverage(entityIds: readonly string[]): Promise<CoverageResponse>;
  /** The corpus's sources: a comparison names its silent sources by them. */
  sources(): Promise<SourceMeta[]>;
  compare(query: string, subject: 'query' | 'selection'): Promise<Compared>;
  /**
   * A story's briefing (`storyId` null: the story of the corpus article `pageSourceId`), seen from the
   * page when `pageItemIds` is given; null when there is no such story.
   */
  storyBriefing(
    storyId: string | null,
    pageSourceId: string | null,
    pageItemIds?: readonly string[],
  ): Promise<StoryBriefing | null>;
  stories(): Promise<StorySummary[]>;
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

/**
 * What the sidebar shows: a view another part can ask for (the page's story, an item, a query, a
 * selection) or one the reader moves to inside it (the page's items, the stories, one story).
 */
type Shown = SidebarView | { kind: 'items' } | { kind: 'stories' } | { kind: 'story'; storyId: string };

interface ComparisonData extends Compared {
  sources: SourceMeta[];
}

interface PageData {
  items: PageItemsResponse | null;
  coverage: CoverageResponse | null;
  /** The page's story, briefed from the page; null off-story. */
  briefing: StoryBriefing | null;
}

function viewKey(view: Shown): string {
  switch (view.kind) {
    case 'page':
    case 'items':
    case 'stories':
      return view.kind;
    case 'story':
      return `story:${view.storyId}`;
    case 'item':
      return `item:${view.entityId}`;
    case 'query':
      return `query:${view.query}`;
    case 'selection':
      return `selection:${view.text}`;
  }
}

/** What a back button returning to `view` says. */
function backLabel(view: Shown, onStory: boolean): string {
  switch (view.kind) {
    case 'page':
      return onStory ? strings.briefing.backToStory : strings.sidebar.backToPage;
    case 'items':
      return strings.sidebar.backToPage;
    case 'stories':
      return strings.briefing.allStories;
    default:
      return strings.briefing.storyHeading;
  }
}

/** The page's items, in order of first mention, with their line about the sources. */
function pageEntries(
  items: PageItemsResponse,
  coverage: CoverageResponse | null,
  briefing: StoryBriefing | null,
) {
  const rows = new Map(coverage?.rows.map((row) => [row.item.id, row]) ?? []);
  const sources = briefing?.sources ?? coverage?.sources ?? [];
  const differing = new Map(briefing?.itemDifferences.map((note) => [note.itemId, note.count]) ?? []);
  return items.items.flatMap((item) => {
    const row = rows.get(item.id);
    if (!row) return [];
    return [
      {
        ...row.item,
        count: item.count,
        summary: itemSummary(row.counts, sources, differing.get(item.id) ?? 0),
      },
    ];
  });
}

/**
 * The sidebar. On a page of a known story it opens on that story's briefing;
 * one click away are the page's items (each with a line on who mentions it),
 * the corpus' stories (each opening its sources side by side and its
 * coverage matrix), and any item's comparison (with export). Off-story, it
 * says so in one line and offers the stories and a search. It follows the
 * tab it is given and the view it is asked for; "back" retraces the reader's
 * steps.
 */
export function SidebarApp({
  deps,
  tabId,
  requested,
  hoveredItemId,
  revision,
}: SidebarAppProps): JSX.Element {
  const [trail, setTrail] = useState<Shown[]>([requested]);
  const view = trail.at(-1) ?? requested;
  const [exportStatus, setExportStatus] = useState<ExportStatus>(null);
  useEffect(() => setTrail([requested]), [viewKey(requested)]);
  useEffect(() => setExportStatus(null), [viewKey(view)]);
  const go = (next: Shown) => setTrail((steps) => [...steps, next]);
  const back = () => setTrail((steps) => (steps.length > 1 ? steps.slice(0, -1) : [{ kind: 'page' }]));

  // Read whatever the view: an item's comparison marks the page's own source too.
  const page = useLoad<PageData>(
    tabId !== null
      ? async () => {
          const items = await deps.pageItems(tabId);
          if (!items?.active) return { items, coverage: null, briefing: null };
          const ids = items.items.map((item) => item.id);
          const storyId = items.story?.story.id ?? null;
          const [coverage, briefing] = await Promise.all([
            deps.coverage(ids),
            storyId !== null || items.pageSourceId !== null
              ? deps.storyBriefing(storyId, items.pageSourceId, ids)
              : Promise.resolve(null),
          ]);
          return { items, coverage, briefing };
        }
      : null,
    `${tabId}:${revision}`,
  );
  const comparison = useLoad<ComparisonData>(
    view.kind === 'item' || view.kind === 'query' || view.kind === 'selection'
      ? async () => {
          const [compared, sources] = await Promise.all([
            view.kind === 'selection'
              ? deps.compare(view.text, 'selection')
              : deps.compare(view.kind === 'item' ? view.entityId : view.query, 'query'),
            deps.sources(),
          ]);
          return { ...compared, sources };
        }
      : null,
    viewKey(view),
  );
  const stories = useLoad<StorySummary[]>(
    view.kind === 'stories' ? () => deps.stories() : null,
    viewKey(view),
  );
  const story = useLoad<StoryBriefing | null>(
    view.kind === 'story' ? () => deps.storyBriefing(view.storyId, null) : null,
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

  const pageValue = page?.status === 'ready' ? page.value : null;
  const pageBriefing = pageValue?.briefing ?? null;
  const previous = trail.at(-2) ?? (view.kind === 'page' ? null : ({ kind: 'page' } as const));
  const compareItem = (entityId: string) => go({ kind: 'item', entityId });
  const itemCount = pageValue?.items?.active ? pageValue.items.items.length : 0;

  /** Back, and the ways out of the view: the page's items and the stories. */
  const nav = (
    <nav class="sidebar-nav">
      {previous !== null && (
        <button type="button" class="sidebar-back" onClick={back}>
          {backLabel(previous, pageBriefing !== null)}
        </button>
      )}
      {view.kind !== 'items' && previous?.kind !== 'items' && itemCount > 0 && (
        <button type="button" class="sidebar-button sidebar-to-items" onClick={() => go({ kind: 'items' })}>
          {strings.briefing.itemsOnPage} ({itemCount})
        </button>
      )}
      {/* Off-story, the notice itself offers the stories. */}
      {view.kind !== 'stories' &&
        previous?.kind !== 'stories' &&
        !(view.kind === 'page' && !pageBriefing) && (
          <button
            type="button"
            class="sidebar-button sidebar-to-stories"
            onClick={() => go({ kind: 'stories' })}
          >
            {strings.briefing.allStories}
          </button>
        )}
    </nav>
  );

  const frame = (content: JSX.Element) => (
    <main class="sidebar">
      {nav}
      {content}
    </main>
  );
  const waiting = (loaded: { status: 'loading' } | { status: 'error'; message: string } | null) => (
    <SidebarStatus
      status={loaded?.status === 'error' ? 'error' : 'loading'}
      message={loaded?.status === 'error' ? loaded.message : undefined}
    />
  );

  if (view.kind === 'item' || view.kind === 'query' || view.kind === 'selection') {
    return frame(
      comparison?.status === 'ready' ? (
        <ComparisonView
          comparison={comparison.value.comparison}
          sources={comparison.value.sources}
          claims={comparison.value.claims}
          exportStatus={exportStatus}
          pageSourceId={pageValue?.items?.pageSourceId ?? null}
          pageStoryId={pageValue?.items?.story?.story.id ?? null}
          onExport={(format, action) => exportComparison(comparison.value, format, action)}
          onFocusOnPage={
            tabId !== null && view.kind === 'item'
              ? (entityId) => deps.focusOnPage(tabId, entityId)
              : undefined
          }
        />
      ) : (
        waiting(comparison)
      ),
    );
  }
  if (view.kind === 'stories') {
    return frame(
      stories?.status === 'ready' ? (
        <StoriesView
          stories={stories.value}
          currentStoryId={pageBriefing?.story.id ?? null}
          onOpenStory={(storyId) => go({ kind: 'story', storyId })}
        />
      ) : (
        waiting(stories)
      ),
    );
  }
  if (view.kind === 'story') {
    if (story?.status !== 'ready') return frame(waiting(story));
    return frame(
      story.value ? (
        <StoryBriefingView briefing={story.value} onCompareItem={compareItem} />
      ) : (
        <SidebarStatus status="error" message={view.storyId} />
      ),
    );
  }

  if (tabId === null || !page || page.status === 'loading') return frame(<SidebarStatus status="loading" />);
  if (page.status === 'error') return frame(<SidebarStatus status="error" message={page.message} />);
  const { items, coverage, briefing } = page.value;
  if (!items) return frame(<SidebarStatus status="unsupported" />);
  if (!items.active) return frame(<SidebarStatus status="off" />);

  if (view.kind === 'items') {
    const sources: SourceMeta[] = coverage?.sources ?? [];
    return frame(
      <PageItemsView
        items={pageEntries(items, coverage, briefing)}
        coverage={coverage}
        pageSource={sources.find((source) => source.id === items.pageSourceId) ?? null}
        markedItemId={hoveredItemId}
        onSelectItem={compareItem}
        onFocusOnPage={(entityId) => deps.focusOnPage(tabId, entityId)}
      />,
    );
  }
  if (briefing) return frame(<StoryBriefingView briefing={briefing} onCompareItem={compareItem} />);
  return frame(
    <OffStoryNotice
      message={items.items.length === 0 ? strings.sidebar.noItemsTitle : strings.briefing.offStory}
      onShowStories={() => go({ kind: 'stories' })}
      onSearch={(query) => go({ kind: 'query', query })}
    />,
  );
}
