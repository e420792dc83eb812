import type { JSX } from 'preact';
import type { StoryRef } from '../../compare/source-stories';
import { formatDateSpan } from '../format-date-span';

interface Props {
  story: StoryRef;
  /** What the group is to the page ("Same story"), before the story's own label. */
  kind?: string | undefined;
  /** h3 in the card's top level, h4 inside "Other stories". */
  level?: 3 | 4;
}

/** A story named by its label and dates, the same in the card and the sidebar. */
export function StoryHeading({ story, kind, level = 3 }: Props): JSX.Element {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <Heading class="story-heading" data-story-id={story.id}>
      {/* The spaces keep the parts apart for a screen reader; the flex layout spaces them on screen. */}
      {kind && <span class="story-kind">{kind}</span>} <span class="story-label">{story.label}</span>{' '}
      <span class="story-dates">{formatDateSpan(story.from, story.to)}</span>
    </Heading>
  );
}
