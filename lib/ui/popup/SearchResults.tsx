import type { JSX, Ref, TargetedKeyboardEvent } from 'preact';
import { groupHitsByStory, type HitStory, type SearchHit } from '../../search';
import { EmphasizedText } from '../components/EmphasizedText';
import { SourceHeading } from '../components/SourceHeading';
import { formatDate } from '../format-date';
import { strings } from '../strings';

export interface SearchResultsProps {
  hits: readonly SearchHit[];
  /** The stories the hits name by `storyId`: they head the groups. */
  stories?: readonly HitStory[];
  /** "Compare in sidebar" on any group: how every source reports the query. */
  onCompare: () => void;
  /** Arrow keys between the groups' buttons (SearchPanel moves the focus). */
  onButtonKeyDown?: (event: TargetedKeyboardEvent<HTMLButtonElement>) => void;
  listRef?: Ref<HTMLOListElement>;
}

const NO_STORIES: readonly HitStory[] = [];

function StoryHeading({ story }: { story: HitStory | null }): JSX.Element {
  if (story === null)
    return (
      <h2 class="story-heading">
        <span class="story-label">{strings.popup.noStory}</span>
      </h2>
    );
  return (
    <h2 class="story-heading">
      <span class="story-label">{story.label}</span>
      {story.from !== null && story.to !== null && (
        <>
          {' '}
          <span class="story-dates">
            {strings.popup.storyDates(formatDate(story.from), formatDate(story.to))}
          </span>
        </>
      )}
    </h2>
  );
}

/**
 * Search hits grouped by story, then by source: the story with the best hit
 * first, each source's best passage first, a few passages a source; each
 * source group with its way to the sidebar.
 */
export function SearchResults({
  hits,
  stories = NO_STORIES,
  onCompare,
  onButtonKeyDown,
  listRef,
}: SearchResultsProps): JSX.Element {
  const byId = new Map(stories.map((story) => [story.id, story]));
  return (
    <ol class="story-groups" ref={listRef}>
      {groupHitsByStory(hits, byId).map(({ story, sources }) => (
        <li class="story-group" key={story?.id ?? ''} data-story-id={story?.id}>
          <StoryHeading story={story} />
          <ol class="result-groups">
            {sources.map((group) => {
              const first = group.hits[0];
              if (!first) return null;
              return (
                <li class="result-group" key={group.sourceId} data-source-id={group.sourceId}>
                  <SourceHeading {...first} />
                  <ul class="passages">
                    {group.hits.map((hit) => (
                      <li class="passage" key={hit.id}>
                        <EmphasizedText text={hit.text} ranges={hit.emphasis} />
                      </li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    class="result-compare"
                    onClick={onCompare}
                    onKeyDown={onButtonKeyDown}
                  >
                    {strings.popup.compareInSidebar}
                  </button>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
