import type { JSX } from 'preact';
import type { StorySummary } from '../../compare/story-briefing-schema';
import { sourceName } from '../source-name';
import { strings } from '../strings';
import { StoryDates } from './StoryDates';

interface Props {
  stories: readonly StorySummary[];
  /** The page's story, marked in the list. */
  currentStoryId: string | null;
  onOpenStory: (storyId: string) => void;
}

/** The corpus' stories, latest first: each with its dates, sources and characteristic items. */
export function StoriesView({ stories, currentStoryId, onOpenStory }: Props): JSX.Element {
  return (
    <section class="stories-view">
      <h2 class="sidebar-heading">{strings.briefing.storiesHeading}</h2>
      <p class="sidebar-summary">{strings.briefing.storiesCount(stories.length)}</p>
      {stories.length === 0 && <p class="briefing-empty">{strings.briefing.noStories}</p>}
      <ul class="stories">
        {stories.map((story) => {
          const current = story.id === currentStoryId;
          return (
            <li
              key={story.id}
              class={current ? 'story is-marked' : 'story'}
              aria-current={current ? 'true' : undefined}
              data-story-id={story.id}
            >
              <button type="button" class="story-open" onClick={() => onOpenStory(story.id)}>
                {story.label}
              </button>
              <p class="story-meta">
                <StoryDates from={story.from} to={story.to} />
                {' · '}
                {strings.briefing.sourcesCount(story.sources.length + story.moreSources)}
              </p>
              <p class="story-sources">{story.sources.map(sourceName).join(' · ')}</p>
              {story.items.length > 0 && (
                <ul class="story-items">
                  {story.items.map((item) => (
                    <li key={item.id} class={`story-item story-item-${item.kind}`}>
                      {item.label}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
