import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Comparison, StoryBriefing, StorySummary } from '@/lib/compare';
import type { CoverageResponse, PageItemsResponse } from '@/lib/messaging';
import { itemSummary } from '@/lib/ui/sidebar/item-summary';
import { SidebarApp, type SidebarDeps } from '@/lib/ui/sidebar/SidebarApp';
import { StoriesView } from '@/lib/ui/sidebar/StoriesView';
import { StoryBriefingView } from '@/lib/ui/sidebar/StoryBriefingView';
import { blankPage, HOSTILE, sourceMeta } from './card-fixtures';

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();

async function renderInto(node: ComponentChild) {
  const { document, window } = blankPage('');
  await act(async () => {
    render(node, document.body);
    await Promise.resolve();
  });
  const all = (selector: string): string[] =>
    [...document.querySelectorAll(selector)].map((element) => squash(element.textContent));
  const button = (label: string): Element | null =>
    [...document.querySelectorAll('button')].find((candidate) => squash(candidate.textContent) === label) ??
    null;
  const click = async (element: Element | null): Promise<void> => {
    if (!element) throw new Error('nothing to click');
    await act(async () => {
      element.dispatchEvent(new window.Event('click', { bubbles: true }));
      await Promise.resolve();
    });
  };
  /** Lets pending loads settle (each answer is a resolved promise, then a render). */
  const settle = async (): Promise<void> => {
    for (let round = 0; round < 5; round++)
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
  };
  return { document, window, all, button, click, settle };
}

const SOURCES = [
  sourceMeta('h1', { outlet: 'Elm Herald', title: 'Dockers walk out', published: '2031-04-14' }),
  sourceMeta('h2', {
    outlet: null,
    title: null,
    lead: 'About 3,000 dock workers joined the strike',
    published: '2031-04-15',
  }),
  sourceMeta('h3', { outlet: 'Wire Service', title: 'Port Elm strike', published: '2031-04-15' }),
];

function briefing(overrides: Partial<StoryBriefing> = {}): StoryBriefing {
  return {
    story: { id: 's-h1', label: 'Port Elm · Harbour Board', from: '2031-04-14', to: '2031-04-15' },
    sources: SOURCES,
    pageSourceId: 'h3',
    fromPage: true,
    differences: {
      lines: [
        {
          status: 'differ',
          label: 'dock, strike, union',
          item: { id: 'port-elm', label: 'Port Elm', kind: 'place' },
          values: [
            {
              sourceId: 'h3',
              passageId: 'h3#1',
              text: '1,200',
              speaker: null,
              sentence: 'The union said 1,200 joined.',
            },
            {
              sourceId: 'h2',
              passageId: 'h2#0',
              text: '3,000',
              speaker: null,
              sentence: 'About 3,000 joined.',
            },
          ],
        },
      ],
      total: 1,
    },
    agreements: {
      lines: [
        {
          status: 'agree',
          label: '“a step towards a fair deal”',
          item: null,
          values: [
            {
              sourceId: 'h1',
              passageId: 'h1#2',
              text: '',
              speaker: 'Mara Quist',
              sentence: 'Mara Quist said …',
            },
            { sourceId: 'h2', passageId: 'h2#1', text: '', speaker: null, sentence: 'Mara Quist called …' },
          ],
        },
      ],
      total: 1,
    },
    missingHere: {
      lines: [
        {
          item: { id: 'harbour-board', label: 'Harbour Board', kind: 'organisation' },
          sourceIds: ['h1', 'h2'],
          passages: [{ id: 'h1#3', sourceId: 'h1', text: 'The Harbour Board said it would meet the union.' }],
        },
      ],
      total: 3,
    },
    onlyHere: {
      lines: [
        { item: { id: 'leo-brandt', label: 'Leo Brandt', kind: 'person' }, sourceIds: ['h3'], passages: [] },
      ],
      total: 1,
    },
    coverage: [
      { item: { id: 'port-elm', label: 'Port Elm', kind: 'place' }, counts: { h1: 2, h2: 1, h3: 1 } },
    ],
    itemDifferences: [{ itemId: 'port-elm', count: 1 }],
    ...overrides,
  };
}

describe('StoryBriefingView', () => {
  it('seen from a page: its story, its sources with the page marked, then who says what', async () => {
    const onCompareItem = vi.fn<(id: string) => void>();
    const { document, all, button, click } = await renderInto(
      <StoryBriefingView briefing={briefing()} onCompareItem={onCompareItem} />,
    );
    expect(all('.briefing-kicker')).toEqual(['This page’s story']);
    expect(all('.briefing-title')).toEqual(['Port Elm · Harbour Board']);
    expect(all('.story-dates')).toEqual(['14 Apr 2031 to 15 Apr 2031']);
    expect(
      [...document.querySelectorAll('.briefing-source')].map((li) => li.getAttribute('data-source-id')),
    ).toEqual(['h1', 'h2', 'h3']);
    expect(all('.briefing-source.is-page .briefing-this-page')).toEqual(['this page']);
    // Who says what, the untitled source named by its lead, never its id.
    expect(all('.briefing-finding-differ summary')).toEqual([
      'Wire Service: 1,200',
      'From the text: “About 3,000 dock workers joined the strike”: 3,000',
    ]);
    expect(all('.briefing-finding-differ blockquote')).toEqual([
      'The union said 1,200 joined.',
      'About 3,000 joined.',
    ]);
    expect(all('.briefing-finding-agree summary')).toEqual([
      'Elm Herald: said by Mara Quist',
      'From the text: “About 3,000 dock workers joined the strike”: not attributed',
    ]);
    expect(all('.briefing-missing .briefing-line-sources')[0]).toMatch(
      /^Reported by Elm Herald, From the text/u,
    );
    expect(all('.briefing-missing .briefing-more')).toEqual(['… and 2 more']);
    expect(all('.briefing-only .briefing-line-label')).toEqual(['Leo Brandt']);
    expect(document.querySelector('table.matrix')).toBeNull();

    await click(button('Compare Port Elm'));
    await click(document.querySelector('.briefing-missing .briefing-compare'));
    expect(onCompareItem.mock.calls).toEqual([['port-elm'], ['harbour-board']]);
    expect(document.querySelector('.briefing-missing .briefing-compare')?.getAttribute('aria-label')).toBe(
      'Compare Harbour Board',
    );
  });

  it('seen from the stories list: the sources side by side and the coverage matrix, no page sections', async () => {
    const { document, all } = await renderInto(
      <StoryBriefingView
        briefing={briefing({ fromPage: false, pageSourceId: null })}
        onCompareItem={vi.fn()}
      />,
    );
    expect(all('.briefing-kicker')).toEqual(['Story']);
    expect(document.querySelectorAll('.briefing-side-by-side li')).toHaveLength(3);
    expect(document.querySelector('.briefing-missing')).toBeNull();
    expect(document.querySelector('.briefing-only')).toBeNull();
    expect(all('table.matrix tbody th')).toEqual(['Port Elm']);
  });

  it.each([
    ['seen from a page', true, '.briefing-sources li'],
    ['seen from the stories list', false, '.briefing-side-by-side li'],
  ])(
    '%s: draws who reports the story’s main items as a strip whose cells go to their source',
    async (_case, fromPage, targets) => {
      const coverage = [
        {
          item: { id: 'port-elm', label: 'Port Elm', kind: 'place' as const },
          counts: { h1: 2, h2: 1, h3: 0 },
        },
        { item: { id: 'strike', label: 'strike', kind: 'topic' as const }, counts: { h1: 1, h2: 0, h3: 0 } },
      ];
      const { document, all, click } = await renderInto(
        <StoryBriefingView briefing={briefing({ fromPage, coverage })} onCompareItem={vi.fn()} />,
      );
      expect(all('.briefing-strip-caption')).toEqual(['Who reports its 2 main items']);
      expect(document.querySelector('svg.coverage-strip')?.getAttribute('aria-label')).toBe(
        'Who reports the story’s 2 main items. Choose a source to go to it.',
      );
      const cells = [...document.querySelectorAll('.strip-cell')];
      expect(cells.map((cell) => cell.getAttribute('aria-label'))).toEqual([
        'Elm Herald: reports 2 of the 2 main items. Go to this source.',
        'From the text: “About 3,000 dock workers joined the strike”: reports 1 of the 2 main items. Go to this source.',
        'Wire Service: reports 0 of the 2 main items. Go to this source.',
      ]);
      // linkedom has no focus: each source's block records being focused.
      const focused: string[] = [];
      for (const target of document.querySelectorAll<HTMLElement>(targets)) {
        expect(target.getAttribute('tabindex') ?? target.getAttribute('tabIndex')).toBe('-1');
        target.focus = () => focused.push(target.dataset['sourceId'] ?? '');
      }
      await click(cells[2] ?? null);
      await click(cells[0] ?? null);
      expect(focused).toEqual(['h3', 'h1']);
    },
  );

  it('draws no strip for a story of one source, or one with no item', async () => {
    const one = await renderInto(
      <StoryBriefingView briefing={briefing({ sources: SOURCES.slice(0, 1) })} onCompareItem={vi.fn()} />,
    );
    expect(one.document.querySelector('svg.coverage-strip')).toBeNull();
    const none = await renderInto(
      <StoryBriefingView briefing={briefing({ coverage: [] })} onCompareItem={vi.fn()} />,
    );
    expect(none.document.querySelector('svg.coverage-strip')).toBeNull();
    expect(none.all('.briefing-strip-caption')).toEqual([]);
  });

  it('says so where a section is empty', async () => {
    const none = { lines: [], total: 0 };
    const { all } = await renderInto(
      <StoryBriefingView
        briefing={briefing({ differences: none, agreements: none, missingHere: none, onlyHere: none })}
        onCompareItem={vi.fn()}
      />,
    );
    expect(all('.briefing-empty')).toHaveLength(4);
  });

  it('renders markup in every field as text', async () => {
    const hostile = briefing({
      story: { id: 's-x', label: HOSTILE, from: null, to: null },
      sources: [sourceMeta('h1', { outlet: HOSTILE })],
    });
    const [differ] = hostile.differences.lines;
    if (!differ) throw new Error('fixture has no difference');
    differ.label = HOSTILE;
    differ.values = differ.values.map((value) => ({ ...value, text: HOSTILE, sentence: HOSTILE }));
    const { document, all } = await renderInto(
      <StoryBriefingView briefing={hostile} onCompareItem={vi.fn()} />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(all('.briefing-title')).toEqual([HOSTILE]);
    expect(all('.briefing-finding-differ .briefing-line-label')).toEqual([HOSTILE]);
  });
});

const STORIES: StorySummary[] = [
  {
    id: 's-f1',
    label: 'flood barrier',
    from: '2031-05-20',
    to: '2031-05-20',
    sources: [sourceMeta('f1', { outlet: 'Elm Herald' })],
    moreSources: 0,
    items: [{ id: 'flood-barrier', label: 'flood barrier', kind: 'topic' }],
  },
  {
    id: 's-h1',
    label: 'Port Elm · Harbour Board',
    from: '2031-04-14',
    to: '2031-04-15',
    sources: SOURCES,
    moreSources: 0,
    items: [{ id: 'harbour-board', label: 'Harbour Board', kind: 'organisation' }],
  },
];

describe('StoriesView', () => {
  it('lists each story with its dates, sources and items, marks the page’s and opens one', async () => {
    const onOpenStory = vi.fn<(id: string) => void>();
    const { document, all, click } = await renderInto(
      <StoriesView stories={STORIES} currentStoryId="s-h1" onOpenStory={onOpenStory} />,
    );
    expect(all('.stories-view .sidebar-summary')).toEqual(['2 stories']);
    expect(all('.story-meta')).toEqual(['20 May 2031 · 1 source', '14 Apr 2031 to 15 Apr 2031 · 3 sources']);
    expect(all('.story-items li')).toEqual(['flood barrier', 'Harbour Board']);
    expect(document.querySelector('li.story[aria-current="true"]')?.getAttribute('data-story-id')).toBe(
      's-h1',
    );
    await click(document.querySelector('li.story .story-open'));
    expect(onOpenStory).toHaveBeenCalledExactlyOnceWith('s-f1');
  });
});

describe('itemSummary', () => {
  it('says how many sources mention an item, names the silent ones and counts differing facts', () => {
    expect(itemSummary({ h1: 2, h3: 1 }, SOURCES, 1)).toBe(
      '2 of 3 sources · silent: From the text: “About 3,000 dock workers joined the strike” · 1 differing fact',
    );
    expect(itemSummary({ h1: 1, h2: 1, h3: 4 }, SOURCES, 0)).toBe('3 of 3 sources');
    expect(itemSummary({}, SOURCES, 2)).toBe(
      '0 of 3 sources · silent: Elm Herald, From the text: “About 3,000 dock workers joined the strike”, … and 1 more · 2 differing facts',
    );
  });
});

function pageItems(fields: Partial<PageItemsResponse> = {}): PageItemsResponse {
  return {
    type: 'page-items',
    hostname: 'news.example',
    active: true,
    pageSourceId: null,
    story: null,
    items: [
      { id: 'port-elm', count: 2 },
      { id: 'leo-brandt', count: 1 },
    ],
    ...fields,
  };
}

const COVERAGE: CoverageResponse = {
  type: 'coverage',
  sources: [...SOURCES, sourceMeta('f1', { outlet: 'Elm Herald' })],
  rows: [
    { item: { id: 'port-elm', label: 'Port Elm', kind: 'place' }, counts: { h1: 2, h2: 1, h3: 1, f1: 1 } },
    { item: { id: 'leo-brandt', label: 'Leo Brandt', kind: 'person' }, counts: { h3: 1, f1: 1 } },
  ],
};

function fakeDeps(items: PageItemsResponse | null, found: StoryBriefing | null = briefing()) {
  const storyBriefing = vi.fn<SidebarDeps['storyBriefing']>(() => Promise.resolve(found));
  const compare = vi.fn<SidebarDeps['compare']>((query) =>
    Promise.resolve({
      comparison: {
        query,
        item: null,
        sources: [],
        silent: [],
        facts: [],
        discrepancies: [],
        agreements: [],
        facets: [],
      } satisfies Comparison,
    }),
  );
  const deps: SidebarDeps = {
    pageItems: vi.fn(() => Promise.resolve(items)),
    coverage: vi.fn(() => Promise.resolve(COVERAGE)),
    sources: vi.fn(() => Promise.resolve(COVERAGE.sources)),
    compare,
    storyBriefing,
    stories: vi.fn(() => Promise.resolve(STORIES)),
    focusOnPage: vi.fn(),
    download: vi.fn(),
    copy: vi.fn(() => Promise.resolve(true)),
  };
  return { deps, storyBriefing, compare };
}

async function renderApp({ deps }: { deps: SidebarDeps }) {
  const rendered = await renderInto(
    <SidebarApp deps={deps} tabId={7} requested={{ kind: 'page' }} hoveredItemId={null} revision={0} />,
  );
  await rendered.settle();
  return rendered;
}

describe('SidebarApp', () => {
  it('opens a corpus article’s page on its story, asked for by the article, with the page’s items', async () => {
    const fake = fakeDeps(pageItems({ pageSourceId: 'h3' }));
    const { document, all } = await renderApp(fake);
    expect(fake.storyBriefing).toHaveBeenCalledExactlyOnceWith(null, 'h3', ['port-elm', 'leo-brandt']);
    expect(document.querySelector('article.briefing')).not.toBeNull();
    expect(all('.sidebar-nav button')).toEqual(['Items on this page (2)', 'All stories']);
  });

  it('opens a page the content script placed in a story on that story', async () => {
    const story = { id: 's-h1', label: 'Port Elm', sourceIds: ['h1', 'h2', 'h3'], from: null, to: null };
    const fake = fakeDeps(pageItems({ story: { story, score: 0.4 } }));
    await renderApp(fake);
    expect(fake.storyBriefing).toHaveBeenCalledExactlyOnceWith('s-h1', null, ['port-elm', 'leo-brandt']);
  });

  it('keeps the page’s items one click away, each with its line, the story’s sources counted', async () => {
    const fake = fakeDeps(pageItems({ pageSourceId: 'h3' }));
    const { all, button, click, settle } = await renderApp(fake);
    await click(button('Items on this page (2)'));
    await settle();
    expect(all('.page-item-summary')).toEqual([
      '3 of 3 sources · 1 differing fact',
      '1 of 3 sources · silent: Elm Herald, From the text: “About 3,000 dock workers joined the strike”',
    ]);
    await click(button('This page’s story'));
    expect(all('.briefing-title')).toEqual(['Port Elm · Harbour Board']);
  });

  it('off-story: one line, then the stories and a search', async () => {
    const fake = fakeDeps(pageItems());
    const { document, window, all, button, click, settle } = await renderApp(fake);
    expect(fake.storyBriefing).not.toHaveBeenCalled();
    expect(all('.off-story-line')).toEqual(['This page belongs to none of the corpus’ stories.']);
    expect(document.querySelector('article.briefing')).toBeNull();

    const input = document.querySelector('input[type="search"]') as HTMLInputElement;
    await act(async () => {
      input.value = 'harbour strike';
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
      await Promise.resolve();
    });
    await act(async () => {
      document
        .querySelector('form')
        ?.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
      await Promise.resolve();
    });
    await settle();
    expect(fake.compare).toHaveBeenCalledExactlyOnceWith('harbour strike', 'query');

    await click(document.querySelector('.sidebar-back'));
    await click(button('All stories'));
    await settle();
    expect(all('.story-open')).toEqual(['flood barrier', 'Port Elm · Harbour Board']);
  });

  it('a page that the background places in no story is off-story too', async () => {
    const fake = fakeDeps(pageItems({ pageSourceId: 'h3' }), null);
    const { all } = await renderApp(fake);
    expect(all('.off-story-line')).toEqual(['This page belongs to none of the corpus’ stories.']);
  });

  it('a page with no items says so in one line', async () => {
    const { all } = await renderApp(fakeDeps(pageItems({ items: [] })));
    expect(all('.off-story-line')).toEqual(['Nothing to compare on this page.']);
  });
});
