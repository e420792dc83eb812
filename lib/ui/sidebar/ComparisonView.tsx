import type { JSX } from 'preact';
import type { AlignedFacts, Comparison, SourcedFact } from '../../compare/comparison-schema';
import { THIS_PAGE_ID } from '../../compare/page-facts';
import type { StoryRef } from '../../compare/source-stories';
import type { SourceMeta } from '../../corpus/source-meta';
import { FactStatus } from '../components/FactStatus';
import { SourceHeading } from '../components/SourceHeading';
import { StoryHeading } from '../components/StoryHeading';
import { sourceName } from '../source-name';
import { strings } from '../strings';

export type ExportFormat = 'markdown' | 'json';
export type ExportAction = 'download' | 'copy';
/** What came of the last export, for the status line beside the buttons. */
export type ExportStatus = 'copied' | 'copy-failed' | null;

interface Props {
  comparison: Comparison;
  /** The corpus's sources: names the silent ones, and knows which dates are estimates. */
  sources: readonly SourceMeta[];
  onExport: (format: ExportFormat, action: ExportAction) => void;
  /** When given, an item comparison offers "Show on page". */
  onFocusOnPage?: (entityId: string) => void;
  exportStatus?: ExportStatus;
  /** The corpus article the page being read is, if it is one: its column says so. */
  pageSourceId?: string | null;
  /** The story the page was matched to, if any; else the story of `pageSourceId`. */
  pageStoryId?: string | null;
}

type ComparedSource = Comparison['sources'][number];

/** Sources of one story, side by side; `story` null when the comparison was made without stories. */
interface StoryGroup {
  story: StoryRef | null;
  sources: ComparedSource[];
}

/**
 * The compared sources by story, as the card shows them: the page's story
 * first (`same`), then the other stories in the order their first source
 * comes; sources no story holds last. Without stories, one group of all.
 */
function storyGroups(
  comparison: Comparison,
  pageStoryId: string | null,
): { same: StoryGroup | null; others: StoryGroup[] } {
  const { stories } = comparison;
  if (!stories) return { same: null, others: [{ story: null, sources: comparison.sources }] };
  const byId = new Map(stories.map((story) => [story.id, story]));
  const groups = new Map<string | null, StoryGroup>();
  const pageStory = pageStoryId === null ? undefined : byId.get(pageStoryId);
  if (pageStory) groups.set(pageStory.id, { story: pageStory, sources: [] });
  for (const source of comparison.sources) {
    const id = source.storyId ?? null;
    const group = groups.get(id) ?? { story: id === null ? null : (byId.get(id) ?? null), sources: [] };
    group.sources.push(source);
    groups.set(id, group);
  }
  const unstoried = groups.get(null);
  groups.delete(null);
  const list = [...groups.values()];
  if (unstoried) list.push(unstoried);
  return pageStory ? { same: list[0] ?? null, others: list.slice(1) } : { same: null, others: list };
}

/** A source of the facts table: the page, a source that speaks of the subject, or one quoted elsewhere. */
interface Column {
  id: string;
  name: string;
  differentTime: boolean;
}

/**
 * How the sources report one item or passage: each source's passages side by
 * side, then the figures and quotations set against each other (differences
 * first), who is silent, and the export buttons. Every field is rendered as text.
 */
export function ComparisonView({
  comparison,
  sources,
  onExport,
  onFocusOnPage,
  exportStatus = null,
  pageSourceId = null,
  pageStoryId = null,
}: Props): JSX.Element {
  const known = new Map(sources.map((source) => [source.id, source]));
  const { item } = comparison;
  const pageStory =
    pageStoryId ??
    comparison.stories?.find((story) => pageSourceId !== null && story.sourceIds.includes(pageSourceId))
      ?.id ??
    null;
  const { same, others } = storyGroups(comparison, pageStory);
  const columns = (group: StoryGroup) => (
    <SourceColumns
      key={group.story?.id ?? ''}
      group={group}
      known={known}
      pageSourceId={pageSourceId}
      kind={group === same ? strings.cardSameStory : undefined}
    />
  );
  const otherCount = others.reduce((sum, group) => sum + group.sources.length, 0);
  return (
    <article class="comparison">
      <header class="comparison-header">
        <h2 class="sidebar-heading comparison-title">{item?.label ?? strings.sidebar.selectedText}</h2>
        {item !== null ? (
          <p class="comparison-kind">{strings.itemKind[item.kind]}</p>
        ) : (
          <blockquote class="comparison-query">{comparison.query}</blockquote>
        )}
        <p class="sidebar-summary">
          {strings.sidebar.comparisonSummary(comparison.sources.length, comparison.silent.length)}
        </p>
        {item !== null && onFocusOnPage && (
          <button
            type="button"
            class="sidebar-button comparison-show"
            aria-label={strings.sidebar.showOnPageLabel(item.label)}
            onClick={() => onFocusOnPage(item.id)}
          >
            {strings.sidebar.showOnPage}
          </button>
        )}
      </header>

      {comparison.sources.length > 0 && (
        <section class="comparison-section">
          <h3 class="comparison-section-heading">{strings.sidebar.sourcesHeading}</h3>
          {same && columns(same)}
          {same && otherCount > 0 && (
            <details class="comparison-other-stories">
              <summary>{strings.cardOtherStories(otherCount)}</summary>
              {others.map(columns)}
            </details>
          )}
          {!same && others.map(columns)}
        </section>
      )}

      <section class="comparison-section">
        <h3 class="comparison-section-heading">{strings.sidebar.factsHeading}</h3>
        <FactsTable comparison={comparison} known={known} />
      </section>

      <section class="comparison-section comparison-export">
        <h3 class="comparison-section-heading">{strings.sidebar.exportHeading}</h3>
        <div class="export-buttons">
          <button type="button" class="sidebar-button" onClick={() => onExport('markdown', 'download')}>
            {strings.sidebar.downloadMarkdown}
          </button>
          <button type="button" class="sidebar-button" onClick={() => onExport('markdown', 'copy')}>
            {strings.sidebar.copyMarkdown}
          </button>
          <button type="button" class="sidebar-button" onClick={() => onExport('json', 'download')}>
            {strings.sidebar.downloadJson}
          </button>
        </div>
        <p class="export-status" role="status">
          {exportStatus === 'copied'
            ? strings.sidebar.copied
            : exportStatus === 'copy-failed'
              ? strings.sidebar.copyFailed
              : ''}
        </p>
      </section>
    </article>
  );
}

/** One story's sources, side by side under the story's label and dates. */
function SourceColumns({
  group,
  known,
  pageSourceId,
  kind,
}: {
  group: StoryGroup;
  known: ReadonlyMap<string, SourceMeta>;
  pageSourceId: string | null;
  /** "Same story" for the page's own. */
  kind: string | undefined;
}): JSX.Element {
  const { story } = group;
  return (
    <div class="comparison-story">
      {story && <StoryHeading story={story} kind={kind} level={4} />}
      {/* Side by side, the columns may scroll: a focusable region lets the keyboard scroll them. */}
      <div
        class="comparison-sources-scroll"
        role="region"
        aria-label={story ? strings.sidebar.sourcesOfStoryLabel(story.label) : strings.sidebar.sourcesLabel}
        tabIndex={0}
      >
        {group.sources.length === 0 ? (
          <p class="comparison-no-passage">{strings.sidebar.noPassages}</p>
        ) : (
          <ol class="comparison-sources">
            {group.sources.map((source) => (
              <li class="comparison-source" key={source.sourceId} data-source-id={source.sourceId}>
                <SourceHeading
                  sourceId={source.sourceId}
                  outlet={source.outlet}
                  title={source.title}
                  lead={source.lead}
                  published={source.published}
                  publishedApproximate={known.get(source.sourceId)?.publishedApproximate ?? false}
                />
                {source.sourceId === pageSourceId && (
                  <p class="comparison-this-page">{strings.sidebar.thisPageColumn}</p>
                )}
                {source.differentTime && (
                  <p class="comparison-different-time">{strings.sidebar.differentTime}</p>
                )}
                {source.passages.length === 0 ? (
                  <p class="comparison-no-passage">{strings.sidebar.noPassages}</p>
                ) : (
                  <ul class="comparison-passages">
                    {source.passages.map((passage) => (
                      <li key={passage.id}>
                        <blockquote class="comparison-passage">{passage.text}</blockquote>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

function FactsTable({
  comparison,
  known,
}: {
  comparison: Comparison;
  known: ReadonlyMap<string, SourceMeta>;
}): JSX.Element {
  const columns = factColumns(comparison, known);
  const rows = [...comparison.discrepancies, ...comparison.agreements];
  const silent = comparison.silent.map((id) => {
    const source = known.get(id);
    return source ? sourceName(source) : strings.cardAnotherSource;
  });
  return (
    <div class="facts-scroll" role="region" aria-label={strings.sidebar.factsLabel} tabIndex={0}>
      <table class="facts">
        <caption>{strings.sidebar.factsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.sidebar.factColumn}</th>
            {columns.map((column) => (
              <th scope="col" key={column.id} data-source-id={column.id}>
                {column.name}
                {column.differentTime && (
                  <span class="facts-note"> ({strings.sidebar.differentTimeShort})</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr class="facts-none">
              <td colSpan={columns.length + 1}>{strings.sidebar.noFacts}</td>
            </tr>
          )}
          {rows.map((aligned, index) => (
            <FactRow key={`${aligned.status}:${index}`} aligned={aligned} columns={columns} />
          ))}
          <tr class="facts-silent">
            <th scope="row">{strings.sidebar.notMentionedBy}</th>
            <td colSpan={Math.max(1, columns.length)}>
              {silent.length === 0 ? strings.sidebar.nobodySilent : silent.join(', ')}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** One figure or quotation across the sources; each value opens onto the sentence it came from. */
function FactRow({ aligned, columns }: { aligned: AlignedFacts; columns: readonly Column[] }): JSX.Element {
  return (
    <tr class={`fact-row fact-row-${aligned.status}`}>
      <th scope="row" class="fact-label">
        <FactStatus status={aligned.status} /> {aligned.label}
      </th>
      {columns.map((column) => {
        const values = aligned.values.filter((value) => value.sourceId === column.id);
        if (values.length === 0) {
          return (
            <td key={column.id} class="fact-value fact-none">
              <span aria-hidden="true">{strings.sidebar.matrixEmpty}</span>{' '}
              <span class="visually-hidden">{strings.sidebar.notStated}</span>
            </td>
          );
        }
        return (
          <td key={column.id} class="fact-value">
            {values.map((value, index) => (
              <details key={`${value.passageId}:${index}`} class="fact-sentence">
                <summary>{said(value)}</summary>
                <blockquote>{value.sentence}</blockquote>
              </details>
            ))}
          </td>
        );
      })}
    </tr>
  );
}

/** What a value says: the figure as written, or for a quotation (its label already) who said it. */
function said(value: SourcedFact): string {
  if (value.kind === 'quote') return strings.sidebar.saidBy(value.speaker ?? strings.sidebar.speakerUnknown);
  return value.speaker === null ? value.text : `${value.text} (${strings.sidebar.saidBy(value.speaker)})`;
}

/**
 * The table's sources: this page first when it states a fact, then the
 * sources that speak of the subject (as their columns above), then any source
 * whose quotation of the same words was found elsewhere.
 */
function factColumns(comparison: Comparison, known: ReadonlyMap<string, SourceMeta>): Column[] {
  const columns = new Map<string, Column>();
  const valueIds = [...comparison.discrepancies, ...comparison.agreements].flatMap((aligned) =>
    aligned.values.map((value) => value.sourceId),
  );
  if (valueIds.includes(THIS_PAGE_ID))
    columns.set(THIS_PAGE_ID, {
      id: THIS_PAGE_ID,
      name: strings.sidebar.matrixThisPage,
      differentTime: false,
    });
  for (const source of comparison.sources) {
    columns.set(source.sourceId, {
      id: source.sourceId,
      name: sourceName(source),
      differentTime: source.differentTime,
    });
  }
  for (const id of valueIds) {
    if (columns.has(id)) continue;
    const source = known.get(id);
    columns.set(id, {
      id,
      name: source ? sourceName(source) : strings.cardAnotherSource,
      differentTime: false,
    });
  }
  return [...columns.values()];
}
