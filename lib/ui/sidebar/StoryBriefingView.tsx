import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import type { BriefingFinding, BriefingItemLine, StoryBriefing } from '../../compare/story-briefing-schema';
import type { SourceMeta } from '../../corpus/source-meta';
import { FactStatus } from '../components/FactStatus';
import { SourceMetaHeading } from '../components/SourceHeading';
import { sourceName } from '../source-name';
import { strings } from '../strings';
import { CoverageMatrix } from './CoverageMatrix';
import { CoverageStrip } from './CoverageStrip';
import { SourceTimeline } from './SourceTimeline';
import { StoryDates } from './StoryDates';
import { storyStripSources } from './story-strip-sources';

interface Props {
  briefing: StoryBriefing;
  /** Opens an item's comparison (the item view). */
  onCompareItem: (entityId: string) => void;
}

/**
 * A story at a glance: its sources, then what they state differently (who
 * says what), what the other sources report and the page does not, what only
 * the page reports, and where they agree. Every line opens onto its passages
 * and, where it names an item, that item's comparison. Seen from a story in
 * the list rather than from a page, the sources stand side by side with the
 * story's coverage matrix and the page's sections are left out.
 */
export function StoryBriefingView({ briefing, onCompareItem }: Props): JSX.Element {
  const names = new Map(briefing.sources.map((source) => [source.id, sourceName(source)]));
  const nameOf = (sourceId: string) => names.get(sourceId) ?? sourceId;
  const root = useRef<HTMLElement>(null);
  const strip = storyStripSources(briefing);
  // Focusing scrolls the source into view: no scrolling of our own.
  const goToSource = (sourceId: string) => {
    const target = [...(root.current?.querySelectorAll<HTMLElement>('.briefing-source-target') ?? [])].find(
      (candidate) => candidate.dataset['sourceId'] === sourceId,
    );
    target?.focus();
  };
  return (
    <article class="briefing" data-story-id={briefing.story.id} ref={root}>
      <header class="briefing-header">
        <p class="briefing-kicker">
          {briefing.fromPage ? strings.briefing.pageStoryHeading : strings.briefing.storyHeading}
        </p>
        <h2 class="sidebar-heading briefing-title">{briefing.story.label}</h2>
        <p class="sidebar-summary">
          <StoryDates from={briefing.story.from} to={briefing.story.to} />
          {' · '}
          {strings.briefing.sourcesCount(briefing.sources.length)}
        </p>
        {strip.items > 0 && briefing.sources.length > 1 && (
          <>
            <p class="briefing-strip-caption" aria-hidden="true">
              {strings.panel.storyStripCaption(strip.items)}
            </p>
            <CoverageStrip
              sources={strip.sources}
              onSelect={goToSource}
              wording={{
                group: strings.panel.storyStripLabel(strip.items),
                cell: (source) => strings.panel.storyStripCell(source.name, source.passages, strip.items),
              }}
            />
          </>
        )}
        <SourceTimeline
          entries={briefing.sources.flatMap((source) =>
            source.published === null
              ? []
              : [
                  {
                    id: source.id,
                    date: source.published,
                    kind: 'published' as const,
                    source: sourceName(source),
                    isPage: source.id === briefing.pageSourceId,
                  },
                ],
          )}
        />
      </header>

      <section class="briefing-section" aria-labelledby="briefing-sources">
        <h3 class="comparison-section-heading" id="briefing-sources">
          {strings.briefing.sourcesHeading}
        </h3>
        {briefing.fromPage ? (
          <SourceList sources={briefing.sources} pageSourceId={briefing.pageSourceId} />
        ) : (
          <ol class="comparison-sources briefing-side-by-side" aria-label={strings.briefing.sourcesLabel}>
            {briefing.sources.map((source) => (
              // A target of the strip, not a control: focusable, out of the tab order.
              <li
                class="comparison-source briefing-source-target"
                key={source.id}
                data-source-id={source.id}
                tabIndex={-1}
              >
                <SourceMetaHeading source={source} />
              </li>
            ))}
          </ol>
        )}
        {briefing.sources.length === 1 && <p class="briefing-empty">{strings.briefing.onlySource}</p>}
      </section>

      <FindingsSection
        id="briefing-differ"
        heading={strings.briefing.differHeading}
        empty={strings.briefing.noDifferences}
        section={briefing.differences}
        nameOf={nameOf}
        onCompareItem={onCompareItem}
      />
      {briefing.fromPage && (
        <>
          <ItemsSection
            id="briefing-missing"
            heading={strings.briefing.missingHeading}
            empty={strings.briefing.noMissing}
            section={briefing.missingHere}
            nameOf={nameOf}
            onCompareItem={onCompareItem}
          />
          <ItemsSection
            id="briefing-only"
            heading={strings.briefing.onlyHeading}
            empty={strings.briefing.noOnly}
            section={briefing.onlyHere}
            nameOf={nameOf}
            onCompareItem={onCompareItem}
          />
        </>
      )}
      <FindingsSection
        id="briefing-agree"
        heading={strings.briefing.agreeHeading}
        empty={strings.briefing.noAgreements}
        section={briefing.agreements}
        nameOf={nameOf}
        onCompareItem={onCompareItem}
      />

      {!briefing.fromPage && briefing.coverage.length > 0 && (
        <section class="briefing-section">
          <h3 class="comparison-section-heading">{strings.briefing.matrixHeading}</h3>
          <CoverageMatrix
            coverage={{ sources: briefing.sources, rows: briefing.coverage }}
            markedItemId={null}
            onSelectItem={onCompareItem}
          />
        </section>
      )}
    </article>
  );
}

function SourceList({
  sources,
  pageSourceId,
}: {
  sources: readonly SourceMeta[];
  pageSourceId: string | null;
}): JSX.Element {
  return (
    <ol class="briefing-sources">
      {sources.map((source) => (
        <li
          key={source.id}
          class={`briefing-source briefing-source-target${source.id === pageSourceId ? ' is-page' : ''}`}
          data-source-id={source.id}
          tabIndex={-1}
        >
          <SourceMetaHeading source={source} />
          {source.id === pageSourceId && <span class="briefing-this-page">{strings.briefing.thisPage}</span>}
        </li>
      ))}
    </ol>
  );
}

interface SectionProps<Line> {
  id: string;
  heading: string;
  empty: string;
  section: { lines: Line[]; total: number };
  nameOf: (sourceId: string) => string;
  onCompareItem: (entityId: string) => void;
}

/** A section of the briefing: its heading, its lines (or the line saying there are none), and how many more. */
function BriefingSection<Line>({
  id,
  heading,
  empty,
  section,
  line,
}: Pick<SectionProps<Line>, 'id' | 'heading' | 'empty' | 'section'> & {
  line: (line: Line, index: number) => JSX.Element;
}): JSX.Element {
  return (
    <section class={`briefing-section ${id}`} aria-labelledby={id}>
      <h3 class="comparison-section-heading" id={id}>
        {heading}
      </h3>
      {section.lines.length === 0 ? (
        <p class="briefing-empty">{empty}</p>
      ) : (
        <ul class="briefing-lines">{section.lines.map(line)}</ul>
      )}
      <More shown={section.lines.length} total={section.total} />
    </section>
  );
}

function FindingsSection({ nameOf, onCompareItem, ...section }: SectionProps<BriefingFinding>): JSX.Element {
  return (
    <BriefingSection
      {...section}
      line={(finding, index) => (
        <li key={`${finding.label}:${index}`} class={`briefing-line briefing-finding-${finding.status}`}>
          <p class="briefing-line-head">
            <FactStatus status={finding.status} /> <span class="briefing-line-label">{finding.label}</span>
          </p>
          <ul class="briefing-values">
            {finding.values.map((value, valueIndex) => (
              <li key={`${value.passageId}:${valueIndex}`}>
                <details class="fact-sentence">
                  <summary>
                    {value.text === ''
                      ? strings.briefing.quoteSaid(nameOf(value.sourceId), value.speaker)
                      : strings.briefing.valueSaid(nameOf(value.sourceId), value.text)}
                  </summary>
                  <blockquote>{value.sentence}</blockquote>
                </details>
              </li>
            ))}
          </ul>
          {finding.item && <CompareButton item={finding.item} named onCompareItem={onCompareItem} />}
        </li>
      )}
    />
  );
}

function ItemsSection({ nameOf, onCompareItem, ...section }: SectionProps<BriefingItemLine>): JSX.Element {
  return (
    <BriefingSection
      {...section}
      line={(line) => (
        <li key={line.item.id} class="briefing-line briefing-item-line" data-item-id={line.item.id}>
          <p class="briefing-line-head">
            <span class="briefing-line-label">{line.item.label}</span>{' '}
            <span class="briefing-line-kind">{strings.itemKind[line.item.kind]}</span>
          </p>
          {line.sourceIds.length > 0 && (
            <p class="briefing-line-sources">{strings.briefing.reportedBy(line.sourceIds.map(nameOf))}</p>
          )}
          <div class="briefing-line-actions">
            {line.passages.length > 0 && (
              <details class="fact-sentence briefing-passages">
                <summary>{strings.briefing.passages}</summary>
                {line.passages.map((passage) => (
                  <blockquote key={passage.id} data-source-id={passage.sourceId}>
                    <span class="briefing-passage-source">{nameOf(passage.sourceId)}</span> {passage.text}
                  </blockquote>
                ))}
              </details>
            )}
            <CompareButton item={line.item} named={false} onCompareItem={onCompareItem} />
          </div>
        </li>
      )}
    />
  );
}

/** Opens the item's comparison; `named` when the line does not show the item's name itself. */
function CompareButton({
  item,
  named,
  onCompareItem,
}: {
  item: { id: string; label: string };
  named: boolean;
  onCompareItem: (entityId: string) => void;
}): JSX.Element {
  return (
    <button
      type="button"
      class="sidebar-button briefing-compare"
      aria-label={named ? undefined : strings.briefing.compareItem(item.label)}
      onClick={() => onCompareItem(item.id)}
    >
      {named ? strings.briefing.compareItem(item.label) : strings.sidebar.compare}
    </button>
  );
}

function More({ shown, total }: { shown: number; total: number }): JSX.Element | null {
  return total > shown ? <p class="briefing-more">{strings.briefing.more(total - shown)}</p> : null;
}
