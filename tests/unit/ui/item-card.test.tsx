import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ItemCard, type CardState } from '@/lib/ui/card/ItemCard';
import {
  AUGUST_TALKS,
  blankPage,
  HOSTILE,
  MARCH_PAUSE,
  sourceMeta,
  storyCard,
  witkoffCard,
} from './card-fixtures';

/** Renders the card into a linkedom page (preact-render-to-string is not installed). */
function renderCard(state: CardState) {
  const { document, window } = blankPage('');
  const onSearch = vi.fn<(query: string) => void>();
  const onClose = vi.fn<() => void>();
  const onCompare = vi.fn<() => void>();
  render(
    <ItemCard state={state} onSearch={onSearch} onCompare={onCompare} onClose={onClose} />,
    document.body,
  );
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog rendered');
  /** Text of the first element matching `selector`, spaces collapsed. */
  const text = (selector: string): string | undefined =>
    document.querySelector(selector)?.textContent?.replace(/\s+/gu, ' ').trim();
  const all = (selector: string): string[] =>
    [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
  const click = (selector: string): void => {
    document.querySelector(selector)?.dispatchEvent(new window.Event('click', { bubbles: true }));
  };
  return { document, dialog, text, all, click, onSearch, onCompare, onClose };
}

describe('ItemCard', () => {
  it('is a focusable dialog named after the item', () => {
    const { dialog } = renderCard({ status: 'loading', label: 'Steve Witkoff' });
    expect(dialog.getAttribute('aria-label')).toBe('Parallax: Steve Witkoff');
    expect(dialog.getAttribute('tabIndex') ?? dialog.getAttribute('tabindex')).toBe('-1');
  });

  it('shows the label and a loading line while the card loads', () => {
    const { text, document } = renderCard({ status: 'loading', label: 'Steve Witkoff' });
    expect(text('.card-label')).toBe('Steve Witkoff');
    expect(text('.card-status')).toBe('Loading…');
    expect(document.querySelector('[role="dialog"]')?.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelector('.card-summary')).toBeNull();
  });

  it('says plainly when the item could not be loaded', () => {
    const { text } = renderCard({ status: 'error', label: 'Steve Witkoff' });
    expect(text('.card-label')).toBe('Steve Witkoff');
    expect(text('.card-error')).toBe('Parallax could not load this item.');
  });

  it('shows the item, its kind and how many sources mention it, naming the page’s own source', () => {
    const { text, document } = renderCard({ status: 'ready', card: witkoffCard() });
    expect(text('.card-label')).toBe('Steve Witkoff');
    expect(text('.card-kind')).toBe('Person');
    expect(text('.card-summary')).toBe('Mentioned by 3 of 7 sources; this page is BBC News.');
    expect(document.querySelector('[role="dialog"]')?.getAttribute('aria-busy')).toBe('false');
  });

  it('leaves the page out of the summary when the page is not a source', () => {
    const { text } = renderCard({ status: 'ready', card: witkoffCard({ pageSource: null }) });
    expect(text('.card-summary')).toBe('Mentioned by 3 of 7 sources.');
  });

  it('shows each other source with its heading and its passages, the item emphasised', () => {
    const { document, all, text } = renderCard({ status: 'ready', card: witkoffCard() });
    const sources = [...document.querySelectorAll('.card-source')];
    expect(sources).toHaveLength(2);
    expect(all('.card-source:first-child .source-heading span')).toEqual([
      'Reuters',
      '15 Apr 2031',
      'Envoy meets Putin',
    ]);
    expect(all('.card-source:first-child .card-passage')).toEqual([
      'US envoy Steve Witkoff met Putin.',
      'Witkoff said talks were useful.',
    ]);
    expect(all('.card-source:first-child mark')).toEqual(['Steve Witkoff', 'Witkoff']);
    expect(text('.card-source:first-child .card-more')).toBe('2 more passages in this source');
    // Without an outlet, the lead names the source and the missing outlet is said in small.
    expect(all('.card-source:last-child .source-heading span')).toEqual([
      'From the text: “The envoy flew to Moscow for talks”',
      'date unknown',
      'Unknown outlet',
    ]);
    expect(document.querySelector('.card-source:last-child .card-more')).toBeNull();
  });

  // The card holds each source's best few (lib/compare caps them: see build-item-card.test.ts).
  it('shows the passages the card holds for a source and counts the others', () => {
    const passages = [0, 1, 2].map((n) => ({ id: `p${n}`, text: `Witkoff ${n}.`, emphasis: [] }));
    const card = witkoffCard({
      others: [{ source: sourceMeta('s1'), passages, mentionCount: 5, storyId: null }],
    });
    const { all, text } = renderCard({ status: 'ready', card });
    expect(all('.card-passage')).toEqual(['Witkoff 0.', 'Witkoff 1.', 'Witkoff 2.']);
    expect(text('.card-more')).toBe('2 more passages in this source');
  });

  it('lists the sources that do not mention the item, one entry per outlet', () => {
    const { text } = renderCard({ status: 'ready', card: witkoffCard() });
    expect(text('.card-silent')).toBe('Not mentioned by: AP (2), “Sanctions explained”, Untitled article');
  });

  it('counts the silent sources past the first twelve names', () => {
    const silent = Array.from({ length: 15 }, (_, n) => sourceMeta(`s${n}`));
    const { text } = renderCard({ status: 'ready', card: witkoffCard({ silent }) });
    expect(text('.card-silent')).toMatch(/Outlet s11 and 3 more$/u);
  });

  it('says so plainly when no other source mentions the item, and lists no silent line when none is silent', () => {
    const { text, document } = renderCard({
      status: 'ready',
      card: witkoffCard({ mentionedByCount: 1, others: [], silent: [] }),
    });
    expect(text('.card-none')).toBe('No other source mentions Steve Witkoff.');
    expect(document.querySelector('.card-sources')).toBeNull();
    expect(document.querySelector('.card-silent')).toBeNull();
  });

  it('renders markup in every field as text', () => {
    const card = witkoffCard({
      item: { id: 'x', label: HOSTILE, kind: 'topic' },
      pageSource: sourceMeta('s0', { outlet: HOSTILE }),
      others: [
        {
          source: sourceMeta('s1', { outlet: HOSTILE, title: HOSTILE }),
          passages: [{ id: 'p', text: `A ${HOSTILE} B`, emphasis: [[2, 2 + HOSTILE.length]] }],
          mentionCount: 1,
          storyId: null,
        },
      ],
      silent: [sourceMeta('s3', { outlet: HOSTILE })],
    });
    const { document, dialog, text, all } = renderCard({ status: 'ready', card });
    expect(document.querySelector('img')).toBeNull();
    expect(dialog.getAttribute('aria-label')).toBe(`Parallax: ${HOSTILE}`);
    expect(text('.card-label')).toBe(HOSTILE);
    expect(all('mark')).toEqual([HOSTILE]);
    expect(text('.card-silent')).toBe(`Not mentioned by: ${HOSTILE}`);
  });

  it('searches for the label from the Search button, in every state', () => {
    for (const state of [
      { status: 'loading', label: 'Steve Witkoff' },
      { status: 'error', label: 'Steve Witkoff' },
      { status: 'ready', card: witkoffCard() },
    ] satisfies CardState[]) {
      const { click, text, onSearch } = renderCard(state);
      expect(text('.card-search')).toBe('Search');
      click('.card-search');
      expect(onSearch).toHaveBeenCalledExactlyOnceWith('Steve Witkoff');
    }
  });

  it('offers the sidebar comparison from a "Compare in sidebar" button, in every state', () => {
    for (const state of [
      { status: 'loading', label: 'Steve Witkoff' },
      { status: 'error', label: 'Steve Witkoff' },
      { status: 'ready', card: witkoffCard() },
    ] satisfies CardState[]) {
      const { click, text, onCompare, onSearch } = renderCard(state);
      expect(text('.card-compare')).toBe('Compare in sidebar');
      click('.card-compare');
      expect(onCompare).toHaveBeenCalledOnce();
      expect(onSearch).not.toHaveBeenCalled();
    }
  });

  it('closes from a labelled × button', () => {
    const { document, click, onClose } = renderCard({ status: 'ready', card: witkoffCard() });
    const close = document.querySelector('.card-close');
    expect(close?.getAttribute('aria-label')).toBe('Close');
    expect(close?.textContent).toBe('×');
    click('.card-close');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('has real buttons in document order, so Tab reaches close, Compare in sidebar, then Search', () => {
    const { document } = renderCard({ status: 'ready', card: witkoffCard() });
    const buttons = [...document.querySelectorAll('button')];
    expect(buttons.map((button) => button.className)).toEqual(['card-close', 'card-compare', 'card-search']);
    for (const button of buttons) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.hasAttribute('tabindex') || button.hasAttribute('tabIndex')).toBe(false);
    }
  });

  describe('by story', () => {
    it('shows the page’s story first, under “Same story” with its label and dates', () => {
      const { document, all } = renderCard({ status: 'ready', card: storyCard() });
      const same = document.querySelector('.card-story-same');
      expect(same?.querySelector('.story-heading')?.textContent).toBe(
        'Same story Steve Witkoff · sanctions 5 Aug 2025 – 6 Aug 2025',
      );
      expect(all('.card-story-same .card-source .source-outlet')).toEqual(['Reuters']);
    });

    it('folds the other stories away, each under its label and dates, the sources without a story last', () => {
      const { document, all, text } = renderCard({ status: 'ready', card: storyCard() });
      const other = document.querySelector('details.card-other-stories');
      expect(other?.hasAttribute('open')).toBe(false);
      expect(text('.card-other-stories > summary')).toBe('Other stories: 2 sources');
      expect(all('.card-other-stories .story-label')).toEqual([MARCH_PAUSE.label]);
      expect(all('.card-other-stories .story-dates')).toEqual(['19 Mar 2025']);
      expect(all('.card-other-stories .card-source .source-outlet')).toEqual([
        'Kyiv Independent',
        'Your blog',
      ]);
      expect(document.querySelector('.card-story-same .card-other-stories')).toBeNull();
    });

    it('says when no other source of the page’s story mentions the item', () => {
      const card = storyCard();
      const { text, document } = renderCard({
        status: 'ready',
        card: { ...card, others: card.others.filter((other) => other.storyId !== AUGUST_TALKS.id) },
      });
      expect(text('.card-story-same .card-none')).toBe(
        'No other source on this story mentions Vladimir Putin.',
      );
      expect(document.querySelectorAll('.card-other-stories .card-source')).toHaveLength(2);
    });

    it('has no “Other stories” when every other source is on the page’s story', () => {
      const card = storyCard();
      const { document } = renderCard({
        status: 'ready',
        card: { ...card, others: card.others.slice(0, 1), stories: [AUGUST_TALKS] },
      });
      expect(document.querySelector('.card-other-stories')).toBeNull();
    });

    it('on a page of no story, says so in one line and names each listed source’s story', () => {
      const { text, all, document } = renderCard({
        status: 'ready',
        card: storyCard({ pageStoryMatch: 'none', pageStory: null }),
      });
      expect(text('.card-no-story')).toBe('This page matches none of the sources’ stories. Closest sources:');
      expect(document.querySelector('.card-story-same')).toBeNull();
      expect(all('.card-source-story')).toEqual([
        'Steve Witkoff · sanctions · 5 Aug 2025 – 6 Aug 2025',
        'energy infrastructure · 19 Mar 2025',
      ]);
    });

    it('when nobody decided the page’s story, lists the sources without groups or story lines', () => {
      const { document } = renderCard({
        status: 'ready',
        card: storyCard({ pageStoryMatch: 'unknown', pageStory: null }),
      });
      expect(document.querySelector('.card-no-story')).toBeNull();
      expect(document.querySelector('.story-heading')).toBeNull();
      expect(document.querySelectorAll('.card-source')).toHaveLength(3);
    });
  });

  it('names a source without outlet or headline by its lead in findings, never by its id', () => {
    const card = witkoffCard({
      findings: [
        {
          status: 'differ',
          label: 'hours',
          values: [
            { sourceId: 's1', text: '3 hours', speaker: null },
            { sourceId: 's2', text: '5 hours', speaker: null },
            { sourceId: 'hidden-id', text: '4 hours', speaker: null },
          ],
        },
      ],
    });
    const { text } = renderCard({ status: 'ready', card });
    const finding = text('.card-finding') ?? '';
    expect(finding).toContain('From the text: “The envoy flew to Moscow for talks”: 5 hours');
    expect(finding).toContain('another source: 4 hours');
    expect(finding).not.toMatch(/s2|hidden-id/u);
  });

  it('says how much could be compared, never a bare "0 differ", and nothing when there was nothing to compare', () => {
    const extent = { message: 'nothingCompared', facts: 24, compared: 0, differ: 0, agree: 0 } as const;
    expect(renderCard({ status: 'ready', card: witkoffCard({ extent }) }).text('.card-extent')).toBe(
      '24 facts, none matched with another source’s: nothing to compare yet.',
    );
    const compared = { message: 'compared', facts: 24, compared: 3, differ: 0, agree: 1 } as const;
    expect(
      renderCard({ status: 'ready', card: witkoffCard({ extent: compared }) }).text('.card-extent'),
    ).toBe('3 of 24 facts could be set beside another source’s: no difference, 1 agreement.');
    const none = { message: 'noFacts', facts: 0, compared: 0, differ: 0, agree: 0 } as const;
    expect(
      renderCard({ status: 'ready', card: witkoffCard({ extent: none }) }).document.querySelector(
        '.card-extent',
      ),
    ).toBeNull();
  });

  it('names the page’s own untitled source by its lead in the summary', () => {
    const card = witkoffCard({
      pageSource: sourceMeta('s0', { outlet: null, title: null, lead: 'Talks began at noon' }),
    });
    const { text } = renderCard({ status: 'ready', card });
    expect(text('.card-summary')).toBe(
      'Mentioned by 3 of 7 sources; this page is From the text: “Talks began at noon”.',
    );
  });
});
