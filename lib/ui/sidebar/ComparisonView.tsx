import type { JSX } from 'preact';
import type { ClaimFinding } from '../../compare/claims/claim-schema';
import type { AlignedFacts, Comparison, SourcedFact } from '../../compare/comparison-schema';
import { findingLabel } from '../../compare/day-label';
import { describeComparisonExtent } from '../../compare/describe-comparison-extent';
import { oneFindingPerDay } from '../../compare/one-finding-per-day';
import { THIS_PAGE_ID } from '../../compare/page-facts';
import type { StoryRef } from '../../compare/source-stories';
import type { SourceMeta } from '../../corpus/source-meta';
import { useRef } from 'preact/hooks';
import { ClaimRows } from '../components/ClaimRows';
import { EmphasizedText } from '../components/EmphasizedText';
import { FactStatus } from '../components/FactStatus';
import { SourceHeading } from '../components/SourceHeading';
import { StoryHeading } from '../components/StoryHeading';
import { sourceName } from '../source-name';
import { strings } from '../strings';
import { CoverageStrip, type StripSource } from './CoverageStrip';
import { mentionRanges } from './mention-ranges';
import { rankSources } from './rank-sources';
import { SourceTimeline, type TimelineEntry } from './SourceTimeline';

/**
 * Sources shown open in the first group; the rest are one line each until
 * opened. Two set against each other is the comparison; a third open source
 * of nine passages makes the stack three screens long.
 */
const OPEN_SOURCES = 2;

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
  /** What the sources assert about the item, set side by side (an item's comparison; none for a query). */
  claims?: readonly ClaimFinding[];
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

/** Who states a fact: the page, a source that speaks of the subject, or one quoted elsewhere. */
interface Speaker {
  id: string;
  name: string;
  differentTime: boolean;
}

/**
 * How the sources report one item or passage: who mentions it and when they
 * were published (two small pictures), the figures and quotations set against
 * each other (differences first) and who is silent, each source's passages
 * stacked (side by side on a wide panel), and the export buttons. Every field
 * is rendered as text.
 */
export function ComparisonView({
  comparison,
  sources,
  onExport,
  onFocusOnPage,
  exportStatus = null,
  pageSourceId = null,
  pageStoryId = null,
  claims = [],
}: Props): JSX.Element {
  const root = useRef<HTMLElement>(null);
  const known = new Map(sources.map((source) => [source.id, source]));
  const { item } = comparison;
  const pageStory =
    pageStoryId ??
    comparison.stories?.find((story) => pageSourceId !== null && story.sourceIds.includes(pageSourceId))
      ?.id ??
    null;
  const { same, others } = storyGroups(comparison, pageStory);
  const first = same ?? others[0] ?? null;
  const stack = (group: StoryGroup) => (
    <SourceStack
      key={group.story?.id ?? ''}
      group={group}
      comparison={comparison}
      known={known}
      pageSourceId={pageSourceId}
      kind={group === same ? strings.cardSameStory : undefined}
      open={group === first ? OPEN_SOURCES : 0}
    />
  );
  const otherCount = others.reduce((sum, group) => sum + group.sources.length, 0);
  // Focusing scrolls the target into view: no scrolling of our own.
  const goToSource = (sourceId: string) => {
    const view = root.current;
    if (!view) return;
    const block = [...view.querySelectorAll<HTMLElement>('.comparison-source')].find(
      (candidate) => candidate.dataset['sourceId'] === sourceId,
    );
    if (!block) {
      const silent = view.querySelector<HTMLElement>('.facts-silent');
      silent?.focus();
      return;
    }
    // The source's own fold, and the "other stories" fold around it when it is in another story.
    const own = block.querySelector('details');
    for (
      let fold = own ?? block.closest('details');
      fold;
      fold = fold.parentElement?.closest('details') ?? null
    )
      fold.open = true;
    block.querySelector<HTMLElement>('summary')?.focus();
  };
  return (
    <article class="comparison" ref={root}>
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
        <CoverageStrip sources={stripSources(comparison, known)} onSelect={goToSource} />
        <SourceTimeline entries={timelineEntries(comparison, known, pageSourceId)} />
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

      <section class="comparison-section">
        <h3 class="comparison-section-heading">{strings.sidebar.factsHeading}</h3>
        <FactRows comparison={comparison} known={known} />
      </section>

      {claims.length > 0 && (
        <div class="comparison-section">
          <ClaimRows claims={claims} nameOf={(sourceId) => nameOfSource(sourceId, comparison, known)} />
        </div>
      )}

      {comparison.sources.length > 0 && (
        <section class="comparison-section">
          <h3 class="comparison-section-heading">{strings.sidebar.sourcesHeading}</h3>
          {same && stack(same)}
          {same && otherCount > 0 && (
            <details class="comparison-other-stories">
              <summary>{strings.cardOtherStories(otherCount)}</summary>
              {others.map(stack)}
            </details>
          )}
          {!same && others.map(stack)}
        </section>
      )}

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

/** A source as the view names it: this page, a compared source, or one of the corpus's. */
function nameOfSource(id: string, comparison: Comparison, known: ReadonlyMap<string, SourceMeta>): string {
  if (id === THIS_PAGE_ID) return strings.sidebar.matrixThisPage;
  const compared = comparison.sources.find((source) => source.sourceId === id);
  if (compared) return sourceName(compared);
  const source = known.get(id);
  return source ? sourceName(source) : strings.cardAnotherSource;
}

/** The strip's cells: the sources that mention the subject (most passages first), then the silent. */
function stripSources(comparison: Comparison, known: ReadonlyMap<string, SourceMeta>): StripSource[] {
  const speaking = comparison.sources
    .map((source) => ({ id: source.sourceId, name: sourceName(source), passages: source.passages.length }))
    .sort((a, b) => b.passages - a.passages);
  const silent = comparison.silent.map((id) => {
    const source = known.get(id);
    return { id, name: source ? sourceName(source) : strings.cardAnotherSource, passages: 0 };
  });
  return [...speaking, ...silent];
}

/** Every compared source's publication date, and the dates its facts refer to. */
function timelineEntries(
  comparison: Comparison,
  known: ReadonlyMap<string, SourceMeta>,
  pageSourceId: string | null,
): TimelineEntry[] {
  const names = new Map(comparison.sources.map((source) => [source.sourceId, sourceName(source)]));
  const nameOf = (id: string) => {
    if (id === THIS_PAGE_ID) return strings.sidebar.matrixThisPage;
    const source = known.get(id);
    return names.get(id) ?? (source ? sourceName(source) : strings.cardAnotherSource);
  };
  const published = comparison.sources.flatMap((source): TimelineEntry[] =>
    source.published === null
      ? []
      : [
          {
            id: source.sourceId,
            date: source.published,
            kind: 'published',
            source: nameOf(source.sourceId),
            isPage: source.sourceId === pageSourceId,
          },
        ],
  );
  const seen = new Set<string>();
  const reported = comparison.facts.flatMap((fact): TimelineEntry[] => {
    if (fact.kind !== 'date' || fact.iso === null) return [];
    // One mark per source and day: a date repeated in an article is one date.
    const key = `${fact.sourceId}:${fact.iso}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        id: fact.sourceId,
        date: fact.iso,
        kind: 'reported',
        source: nameOf(fact.sourceId),
        label: fact.text,
      },
    ];
  });
  return [...published, ...reported];
}

/** One story's sources, stacked (side by side on a wide panel), each folding to its heading line. */
function SourceStack({
  group,
  comparison,
  known,
  pageSourceId,
  kind,
  open,
}: {
  group: StoryGroup;
  comparison: Comparison;
  known: ReadonlyMap<string, SourceMeta>;
  pageSourceId: string | null;
  /** "Same story" for the page's own. */
  kind: string | undefined;
  /** How many of the group's sources start open. */
  open: number;
}): JSX.Element {
  const { story } = group;
  const label = comparison.item?.label ?? null;
  return (
    <div class="comparison-story">
      {story && <StoryHeading story={story} kind={kind} level={4} />}
      {group.sources.length === 0 ? (
        <p class="comparison-no-passage">{strings.sidebar.noPassages}</p>
      ) : (
        <ol
          class="comparison-sources"
          aria-label={story ? strings.sidebar.sourcesOfStoryLabel(story.label) : strings.sidebar.sourcesLabel}
        >
          {rankSources(group.sources, comparison).map((source, index) => (
            <li
              class={source.sourceId === pageSourceId ? 'comparison-source is-page' : 'comparison-source'}
              key={source.sourceId}
              data-source-id={source.sourceId}
            >
              <details class="comparison-source-fold" open={index < open}>
                <summary>
                  <SourceHeading
                    as="span"
                    sourceId={source.sourceId}
                    outlet={source.outlet}
                    title={source.title}
                    lead={source.lead}
                    published={source.published}
                    publishedApproximate={known.get(source.sourceId)?.publishedApproximate ?? false}
                  />
                  <span class="comparison-passage-count">
                    {strings.panel.sourcePassages(source.passages.length)}
                  </span>
                </summary>
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
                        <blockquote class="comparison-passage">
                          <EmphasizedText
                            text={passage.text}
                            ranges={label === null ? [] : mentionRanges(passage.text, label)}
                          />
                        </blockquote>
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * The figures and quotations, one row each, differences first: the fact,
 * then each source that states it with its value (one click from the
 * sentence); then, on a line of its own, who does not mention the subject.
 */
function FactRows({
  comparison,
  known,
}: {
  comparison: Comparison;
  known: ReadonlyMap<string, SourceMeta>;
}): JSX.Element {
  const speakers = factSpeakers(comparison, known);
  const agreements = oneFindingPerDay(comparison.agreements);
  const rows = [...comparison.discrepancies, ...agreements];
  // How much could be compared, so that few rows, or none, are not read as "the sources agree".
  const extent = strings.comparisonExtent(describeComparisonExtent({ ...comparison, agreements }));
  const silent = comparison.silent.map((id) => {
    const source = known.get(id);
    return source ? sourceName(source) : strings.cardAnotherSource;
  });
  return (
    <>
      {rows.length === 0 ? (
        <p class="facts-extent facts-none">{extent}</p>
      ) : (
        <>
          <p class="facts-extent">{extent}</p>
          <ul class="facts" aria-label={strings.sidebar.factsCaption}>
            {rows.map((aligned, index) => (
              <FactRow key={`${aligned.status}:${index}`} aligned={aligned} speakers={speakers} />
            ))}
          </ul>
        </>
      )}
      {/* Focused by the coverage strip's silent cells: a target, not a control, so out of the tab order. */}
      <p class="facts-silent" tabIndex={-1}>
        <span class="facts-silent-label">{strings.sidebar.notMentionedBy}:</span>{' '}
        {silent.length === 0 ? strings.sidebar.nobodySilent : silent.join(', ')}
      </p>
    </>
  );
}

/** One figure or quotation: who states it and what, each value opening onto its sentence. */
function FactRow({
  aligned,
  speakers,
}: {
  aligned: AlignedFacts;
  speakers: ReadonlyMap<string, Speaker>;
}): JSX.Element {
  // In the sources' order (this page first), so rows read alike.
  const order = [...speakers.keys()];
  const values = [...aligned.values].sort((a, b) => order.indexOf(a.sourceId) - order.indexOf(b.sourceId));
  return (
    <li class={`fact-row fact-row-${aligned.status}`}>
      <p class="fact-label">
        <FactStatus status={aligned.status} /> {findingLabel(aligned)}
      </p>
      <ul class="fact-values">
        {values.map((value, index) => {
          const speaker = speakers.get(value.sourceId);
          return (
            <li key={`${value.passageId}:${index}`} class="fact-value" data-source-id={value.sourceId}>
              <span class="fact-source">
                {strings.panel.factSource(
                  speaker?.name ?? strings.cardAnotherSource,
                  speaker?.differentTime ?? false,
                )}
              </span>{' '}
              <details class="fact-sentence">
                <summary>{said(value)}</summary>
                <blockquote>{value.sentence}</blockquote>
              </details>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** What a value says: the figure as written, or for a quotation (its label already) who said it. */
function said(value: SourcedFact): string {
  if (value.kind === 'quote')
    return value.speaker === null ? strings.sidebar.noSpeakerNamed : strings.sidebar.saidBy(value.speaker);
  return value.speaker === null ? value.text : `${value.text} (${strings.sidebar.saidBy(value.speaker)})`;
}

/**
 * Who states the facts, in the order their values are listed: this page
 * first when it states one, then the sources that speak of the subject, then
 * any source whose quotation of the same words was found elsewhere.
 */
function factSpeakers(comparison: Comparison, known: ReadonlyMap<string, SourceMeta>): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  const valueIds = [...comparison.discrepancies, ...comparison.agreements].flatMap((aligned) =>
    aligned.values.map((value) => value.sourceId),
  );
  if (valueIds.includes(THIS_PAGE_ID))
    speakers.set(THIS_PAGE_ID, {
      id: THIS_PAGE_ID,
      name: strings.sidebar.matrixThisPage,
      differentTime: false,
    });
  for (const source of comparison.sources) {
    speakers.set(source.sourceId, {
      id: source.sourceId,
      name: sourceName(source),
      differentTime: source.differentTime,
    });
  }
  for (const id of valueIds) {
    if (speakers.has(id)) continue;
    const source = known.get(id);
    speakers.set(id, {
      id,
      name: source ? sourceName(source) : strings.cardAnotherSource,
      differentTime: false,
    });
  }
  return speakers;
}
