/** The open card's sources by story, as a reader sees them (runs in the page: self-contained). */
export interface ShownStoryGroups {
  /** The "Same story" heading's text, '' when there is none. */
  sameHeading: string;
  /** Source ids listed under "Same story". */
  same: string[];
  /** The folded "Other stories" summary, '' when there is none. */
  otherSummary: string;
  /** Whether "Other stories" is unfolded. */
  otherOpen: boolean;
  /** Each other story: its heading's label and dates, and its source ids. */
  others: { label: string; dates: string; sourceIds: string[] }[];
}

export function readCardStoryGroups(): ShownStoryGroups | null {
  const dialog = document.querySelector('[data-parallax-card]')?.shadowRoot?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  const ids = (root: Element | null) =>
    [...(root?.querySelectorAll('li.card-source') ?? [])].map(
      (item) => item.getAttribute('data-source-id') ?? '',
    );
  const same = dialog.querySelector('.card-story-same');
  const other = dialog.querySelector<HTMLDetailsElement>('details.card-other-stories');
  return {
    sameHeading: text(same?.querySelector('.story-heading')),
    same: ids(same),
    otherSummary: text(other?.querySelector('summary')),
    otherOpen: other?.open ?? false,
    others: [...(other?.querySelectorAll('.card-story') ?? [])].map((story) => ({
      label: text(story.querySelector('.story-label')),
      dates: text(story.querySelector('.story-dates')),
      sourceIds: ids(story),
    })),
  };
}

/** Unfolds "Other stories", as a click on its summary would, and scrolls the card to show it. */
export function openOtherStories(): void {
  const root = document.querySelector('[data-parallax-card]')?.shadowRoot;
  const other = root?.querySelector<HTMLDetailsElement>('details.card-other-stories');
  const body = root?.querySelector<HTMLElement>('.card-body');
  if (!other || !body) return;
  other.open = true;
  body.scrollTop = other.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop - 8;
}
