import type { JSX } from 'preact';
import type { CardSource, ItemCardResponse } from '../../messaging';
import type { StoryRef } from '../../compare/source-stories';
import type { SourceMeta } from '../../corpus/source-meta';
import { ClaimRows } from '../components/ClaimRows';
import { EmphasizedText } from '../components/EmphasizedText';
import { FactStatus } from '../components/FactStatus';
import { SourceMetaHeading } from '../components/SourceHeading';
import { StoryHeading } from '../components/StoryHeading';
import { formatDateSpan } from '../format-date-span';
import { sourceName } from '../source-name';
import { strings } from '../strings';

/** Past this many names the "not mentioned by" line stops being read; the rest are counted. */
const MAX_SILENT_NAMES = 12;

export type CardState =
  | { status: 'loading'; label: string }
  | { status: 'error'; label: string }
  | { status: 'ready'; card: ItemCardResponse };

interface Props {
  state: CardState;
  /** "Search" was chosen: search the sources for the item's label. */
  onSearch: (query: string) => void;
  /** "Compare in sidebar" was chosen: the item's comparison, side by side, in the sidebar. */
  onCompare: () => void;
  onClose: () => void;
}

/**
 * What the other sources say about one item, shown beside its mention on a page.
 * A non-modal dialog: focusable itself (so the content script can move focus to it)
 * with its buttons in the tab order. Every field is rendered as text.
 */
export function ItemCard({ state, onSearch, onCompare, onClose }: Props): JSX.Element {
  const label = state.status === 'ready' ? state.card.item.label : state.label;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={strings.cardLabel(label)}
      aria-busy={state.status === 'loading'}
      tabIndex={-1}
    >
      <header class="card-header">
        <div class="card-item">
          <h2 class="card-label">{label}</h2>
          {state.status === 'ready' && (
            <span class="card-kind">{strings.itemKind[state.card.item.kind]}</span>
          )}
        </div>
        <button
          type="button"
          class="card-close"
          aria-label={strings.cardClose}
          title={strings.cardClose}
          onClick={onClose}
        >
          <span aria-hidden="true">{strings.cardCloseSymbol}</span>
        </button>
      </header>
      {/* It may scroll: focusable, so the keyboard can scroll it too. */}
      <div class="card-body" role="region" aria-label={strings.cardBodyLabel(label)} tabIndex={0}>
        {state.status === 'loading' && (
          <p class="card-status" role="status">
            {strings.cardLoading}
          </p>
        )}
        {state.status === 'error' && (
          <p class="card-status card-error" role="alert">
            {strings.cardError}
          </p>
        )}
        {state.status === 'ready' && <CardContent card={state.card} />}
      </div>
      <footer class="card-actions">
        <button type="button" class="card-compare" onClick={onCompare}>
          {strings.cardCompare}
        </button>
        <button type="button" class="card-search" onClick={() => onSearch(label)}>
          {strings.cardSearch}
        </button>
      </footer>
    </div>
  );
}

function CardContent({ card }: { card: ItemCardResponse }): JSX.Element {
  const silent = silentNames(card.silent);
  return (
    <>
      <p class="card-summary">
        {strings.cardMentionedBy(
          card.mentionedByCount,
          card.sourceCount,
          card.pageSource && pageSourceName(card.pageSource),
        )}
      </p>
      {card.extent && card.extent.message !== 'noFacts' && (
        <p class="card-extent">{strings.comparisonExtent(card.extent)}</p>
      )}
      {card.findings.length > 0 && (
        <ul class="card-findings">
          {card.findings.map((finding) => (
            <li key={finding.label} class={`card-finding card-finding-${finding.status}`}>
              <FactStatus status={finding.status} /> {finding.label}:{' '}
              {finding.values
                .map((value) => {
                  const name = nameOf(card, value.sourceId);
                  const said = value.text === '' ? name : `${name}: ${value.text}`;
                  return value.speaker ? `${said} (${value.speaker})` : said;
                })
                .join(' · ')}
            </li>
          ))}
        </ul>
      )}
      <ClaimRows claims={card.claims ?? []} nameOf={(sourceId) => nameOf(card, sourceId)} />
      <CardSources card={card} />
      {silent.names.length > 0 && (
        <p class="card-silent">
          <span class="card-silent-label">{strings.cardSilentLabel}</span>{' '}
          {strings.cardSilentList(silent.names, silent.more)}
        </p>
      )}
    </>
  );
}

/**
 * The other sources: on a page of a known story, that story's first and the
 * other stories folded away, each under its label and dates; on a page of no
 * story, one line that says so and the closest sources, each with its story.
 */
function CardSources({ card }: { card: ItemCardResponse }): JSX.Element {
  if (card.others.length === 0) return <p class="card-none">{strings.cardNoOthers(card.item.label)}</p>;
  if (card.pageStoryMatch === 'story' && card.pageStory)
    return <StoryGroups card={card} page={card.pageStory} />;
  if (card.pageStoryMatch === 'none') {
    const stories = new Map(card.stories.map((story) => [story.id, story]));
    return (
      <>
        <p class="card-no-story">{strings.cardNoStory}</p>
        <SourceList sources={card.others} storyOf={(id) => stories.get(id)} />
      </>
    );
  }
  return <SourceList sources={card.others} />;
}

function StoryGroups({ card, page }: { card: ItemCardResponse; page: StoryRef }): JSX.Element {
  const same = card.others.filter((other) => other.storyId === page.id);
  const rest = card.others.filter((other) => other.storyId !== page.id);
  const unstoried = rest.filter((other) => other.storyId === null);
  return (
    <>
      <section class="card-story card-story-same">
        <StoryHeading story={page} kind={strings.cardSameStory} />
        {same.length > 0 ? (
          <SourceList sources={same} />
        ) : (
          <p class="card-none">{strings.cardNoSameStory(card.item.label)}</p>
        )}
      </section>
      {rest.length > 0 && (
        <details class="card-other-stories">
          <summary>{strings.cardOtherStories(rest.length)}</summary>
          {card.stories
            .filter((story) => story.id !== page.id)
            .map((story) => (
              <section class="card-story" key={story.id}>
                <StoryHeading story={story} level={4} />
                <SourceList sources={rest.filter((other) => other.storyId === story.id)} />
              </section>
            ))}
          {unstoried.length > 0 && <SourceList sources={unstoried} />}
        </details>
      )}
    </>
  );
}

function SourceList({
  sources,
  storyOf,
}: {
  sources: readonly CardSource[];
  /** When given, each source names its story (the card's sources are not grouped by story). */
  storyOf?: (storyId: string) => StoryRef | undefined;
}): JSX.Element {
  return (
    <ol class="card-sources">
      {sources.map((other) => (
        <OtherSource
          key={other.source.id}
          other={other}
          story={other.storyId === null ? undefined : storyOf?.(other.storyId)}
        />
      ))}
    </ol>
  );
}

function OtherSource({ other, story }: { other: CardSource; story?: StoryRef | undefined }): JSX.Element {
  // The card holds each source's best few passages already (lib/compare's PASSAGES_PER_SOURCE).
  const { source, passages } = other;
  const more = other.mentionCount - passages.length;
  return (
    <li class="card-source" data-source-id={source.id}>
      <SourceMetaHeading source={source} />
      {story && (
        <p class="card-source-story">
          {story.label} · {formatDateSpan(story.from, story.to)}
        </p>
      )}
      <ul class="card-passages">
        {passages.map((passage) => (
          <li class="card-passage" key={passage.id}>
            <EmphasizedText text={passage.text} ranges={passage.emphasis} />
          </li>
        ))}
      </ul>
      {more > 0 && <p class="card-more">{strings.cardMorePassages(more)}</p>}
    </li>
  );
}

/** The id findings use for the page being read (lib/compare's THIS_PAGE_ID). */
const THIS_PAGE_SOURCE = 'this-page';

/** A source named in a finding: this page, or another source's outlet, title or lead; never its id. */
function nameOf(card: ItemCardResponse, sourceId: string): string {
  if (card.pageSource?.id === sourceId || sourceId === THIS_PAGE_SOURCE) return strings.cardThisPage;
  const source =
    card.others.find((other) => other.source.id === sourceId)?.source ??
    card.silent.find((silent) => silent.id === sourceId);
  return source ? sourceName(source) : strings.cardAnotherSource;
}

/** The page's own source in the summary line: an internal id means nothing to a reader there. */
function pageSourceName(source: SourceMeta): string {
  return source.outlet === null && source.title === null && !source.lead
    ? strings.cardPageUntitled
    : sourceName(source);
}

/** Silent sources by name, in order, one entry per outlet with its article count. */
function silentNames(sources: readonly SourceMeta[]): { names: string[]; more: number } {
  const counts = new Map<string, number>();
  for (const source of sources) {
    const name = sourceName(source);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].map(([name, articles]) => strings.cardSilentSource(name, articles));
  return { names: names.slice(0, MAX_SILENT_NAMES), more: Math.max(0, names.length - MAX_SILENT_NAMES) };
}
