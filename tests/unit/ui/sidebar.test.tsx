import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THIS_PAGE_ID, type ClaimFinding, type Comparison } from '@/lib/compare';
import type { CoverageResponse } from '@/lib/messaging/protocol';
import { ComparisonView, type ExportAction, type ExportFormat } from '@/lib/ui/sidebar/ComparisonView';
import { CoverageMatrix } from '@/lib/ui/sidebar/CoverageMatrix';
import { copyText, downloadText } from '@/lib/ui/sidebar/download-text';
import { PageItemsView, type PageItemEntry } from '@/lib/ui/sidebar/PageItemsView';
import { SidebarStatus, type SidebarStatusProps } from '@/lib/ui/sidebar/SidebarStatus';
import { blankPage, HOSTILE, sourceMeta } from './card-fixtures';
import { sourcedFact } from '../../helpers/sourced-fact';

/** Renders into a linkedom page (preact-render-to-string is not installed), with helpers to read and click. */
function renderInto(node: ComponentChild) {
  const { document, window } = blankPage('');
  render(node, document.body);
  const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();
  /** Text of the first element matching `selector`, spaces collapsed. */
  const text = (selector: string): string | undefined => {
    const element = document.querySelector(selector);
    return element ? squash(element.textContent) : undefined;
  };
  /** Texts of every element matching `selector`, within `root` when given (which must exist). */
  const all = (selector: string, root?: Element | null): string[] => {
    if (root === null) throw new Error(`no root to look for ${selector} in`);
    return [...(root ?? document).querySelectorAll(selector)].map((element) => squash(element.textContent));
  };
  const click = (element: Element | null): void => {
    if (!element) throw new Error('nothing to click');
    element.dispatchEvent(new window.Event('click', { bubbles: true }));
  };
  /** The first button whose visible text is `label`. */
  const button = (label: string): HTMLButtonElement | null =>
    [...document.querySelectorAll('button')].find((candidate) => squash(candidate.textContent) === label) ??
    null;
  return { document, text, all, click, button };
}

const SOURCES = [
  sourceMeta('s1', { outlet: 'Reuters', title: 'Envoy meets Putin', published: '2031-04-15' }),
  sourceMeta('s2', { outlet: 'BBC News', title: 'Talks in Riyadh', published: '2031-04-14' }),
  sourceMeta('s3', { outlet: 'AP', published: '2031-03-02', publishedApproximate: true }),
];

const COVERAGE: Pick<CoverageResponse, 'sources' | 'rows'> = {
  sources: SOURCES,
  rows: [
    {
      item: { id: 'steve-witkoff', label: 'Steve Witkoff', kind: 'person' },
      counts: { s1: 4, s2: 1, s3: 0 },
    },
    { item: { id: 'pokrovsk', label: 'Pokrovsk', kind: 'place' }, counts: { s1: 0, s2: 2 } },
  ],
};

const ITEMS: PageItemEntry[] = [
  { id: 'steve-witkoff', label: 'Steve Witkoff', kind: 'person', count: 3 },
  { id: 'pokrovsk', label: 'Pokrovsk', kind: 'place', count: 1 },
];

/** Reuters and BBC speak of Witkoff, AP is silent; an agreement is listed before a difference on purpose. */
function witkoff(overrides: Partial<Comparison> = {}): Comparison {
  return {
    query: 'Steve Witkoff',
    item: { id: 'steve-witkoff', label: 'Steve Witkoff', kind: 'person' },
    sources: [
      {
        sourceId: 's1',
        outlet: 'Reuters',
        title: 'Envoy meets Putin',
        published: '2031-04-15',
        differentTime: false,
        passages: [
          { id: 's1#0', text: 'US envoy Steve Witkoff met Putin.' },
          { id: 's1#2', text: 'The talks lasted five hours.' },
        ],
      },
      {
        sourceId: 's2',
        outlet: 'BBC News',
        title: 'Talks in Riyadh',
        published: '2031-04-14',
        differentTime: true,
        passages: [{ id: 's2#1', text: 'Witkoff flew to Riyadh.' }],
      },
    ],
    silent: ['s3'],
    facts: [],
    agreements: [
      {
        status: 'agree',
        kind: 'quote',
        unit: null,
        label: '“useful and constructive”',
        values: [
          sourcedFact('s1', 'useful and constructive', 'He called the talks “useful and constructive”.', {
            kind: 'quote',
            speaker: 'Witkoff',
          }),
        ],
      },
    ],
    discrepancies: [
      {
        status: 'differ',
        kind: 'duration',
        unit: 'hour',
        label: 'talks lasted',
        values: [
          sourcedFact('s1', 'five hours', 'The talks lasted five hours.'),
          sourcedFact(THIS_PAGE_ID, 'three hours', 'The talks lasted three hours.'),
        ],
      },
    ],
    facets: [],
    ...overrides,
  };
}

function renderComparison(comparison: Comparison, withFocus = true, pageSourceId: string | null = null) {
  const onExport = vi.fn<(format: ExportFormat, action: ExportAction) => void>();
  const onFocusOnPage = vi.fn<(id: string) => void>();
  const rendered = renderInto(
    <ComparisonView
      comparison={comparison}
      sources={SOURCES}
      onExport={onExport}
      onFocusOnPage={withFocus ? onFocusOnPage : undefined}
      pageSourceId={pageSourceId}
    />,
  );
  return { ...rendered, onExport, onFocusOnPage };
}

describe('CoverageMatrix', () => {
  function renderMatrix(pageCounts: Record<string, number> | null = { 'steve-witkoff': 3 }) {
    const onSelectItem = vi.fn<(id: string) => void>();
    const rendered = renderInto(
      <CoverageMatrix
        coverage={COVERAGE}
        pageCounts={pageCounts}
        pageSourceId="s2"
        markedItemId="pokrovsk"
        onSelectItem={onSelectItem}
      />,
    );
    return { ...rendered, onSelectItem };
  }

  it('is a captioned table in a keyboard-scrollable region, with scoped headers', () => {
    const { document, text } = renderMatrix();
    const region = document.querySelector('.matrix-scroll');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex') ?? region?.getAttribute('tabIndex')).toBe('0');
    expect(text('table caption')).toBe('Who mentions what: passages per source');
    expect(document.querySelectorAll('thead th[scope="col"]')).toHaveLength(5);
    expect(document.querySelectorAll('tbody th[scope="row"]')).toHaveLength(2);
  });

  it('puts this page first, then each source by outlet and date, marking the page’s own article', () => {
    const { all, document } = renderMatrix();
    expect(all('thead th')).toEqual([
      'Item',
      'This page',
      'Reuters 15 Apr 2031',
      'BBC News 14 Apr 2031 this article',
      'AP about 2 Mar 2031',
    ]);
    expect(document.querySelector('.matrix-page-source')?.getAttribute('data-source-id')).toBe('s2');
  });

  it('shows counts, and a dash that reads “not mentioned” where a source is silent', () => {
    const { all, document } = renderMatrix();
    expect(all('tr[data-item-id="steve-witkoff"] td')).toEqual(['3', '4', '1', '– not mentioned']);
    expect(all('tr[data-item-id="pokrovsk"] td')).toEqual([
      '– not mentioned',
      '– not mentioned',
      '2',
      '– not mentioned',
    ]);
    const zero = document.querySelector('.matrix-zero');
    expect(zero?.querySelector('[aria-hidden="true"]')?.textContent).toBe('–');
    expect(zero?.querySelector('.visually-hidden')?.textContent).toBe('not mentioned');
  });

  it('leaves the page column out without page counts', () => {
    const { all } = renderMatrix(null);
    expect(all('thead th')[1]).toBe('Reuters 15 Apr 2031');
    expect(all('tr[data-item-id="steve-witkoff"] td')).toEqual(['4', '1', '– not mentioned']);
  });

  it('selects an item from its name and marks the row the reader rests on', () => {
    const { document, click, onSelectItem } = renderMatrix();
    click(document.querySelector('tr[data-item-id="steve-witkoff"] th button'));
    expect(onSelectItem).toHaveBeenCalledExactlyOnceWith('steve-witkoff');
    expect(document.querySelector('tr[data-item-id="pokrovsk"]')?.getAttribute('aria-current')).toBe('true');
    expect(document.querySelector('tr[data-item-id="steve-witkoff"]')?.hasAttribute('aria-current')).toBe(
      false,
    );
  });
});

describe('PageItemsView', () => {
  function renderPage(props: {
    pageSource?: ReturnType<typeof sourceMeta> | null;
    coverage?: typeof COVERAGE | null;
  }) {
    const onSelectItem = vi.fn<(id: string) => void>();
    const onFocusOnPage = vi.fn<(id: string) => void>();
    const rendered = renderInto(
      <PageItemsView
        items={ITEMS}
        coverage={props.coverage === undefined ? COVERAGE : props.coverage}
        pageSource={props.pageSource ?? null}
        markedItemId="steve-witkoff"
        onSelectItem={onSelectItem}
        onFocusOnPage={onFocusOnPage}
      />,
    );
    return { ...rendered, onSelectItem, onFocusOnPage };
  }

  it('lists the page’s items with their kind and count on the page', () => {
    const { all, text } = renderPage({});
    expect(text('.sidebar-heading')).toBe('On this page');
    expect(all('.page-item-name')).toEqual([
      'Steve Witkoff Person · 3 on this page',
      'Pokrovsk Place · 1 on this page',
    ]);
  });

  it('compares an item and shows it on the page from its buttons, named for the item', () => {
    const { document, click, onSelectItem, onFocusOnPage } = renderPage({});
    const compare = document.querySelector('[data-item-id="pokrovsk"] .page-item-compare');
    const show = document.querySelector('[data-item-id="pokrovsk"] .page-item-show');
    expect(compare?.textContent).toBe('Compare');
    expect(compare?.getAttribute('aria-label')).toBe('Compare Pokrovsk');
    expect(show?.textContent).toBe('Show on page');
    expect(show?.getAttribute('aria-label')).toBe('Show on page: Pokrovsk');
    click(compare);
    click(show);
    expect(onSelectItem).toHaveBeenCalledExactlyOnceWith('pokrovsk');
    expect(onFocusOnPage).toHaveBeenCalledExactlyOnceWith('pokrovsk');
  });

  it('marks the item the reader rests on', () => {
    const { document } = renderPage({});
    expect(document.querySelector('li.page-item[aria-current="true"]')?.getAttribute('data-item-id')).toBe(
      'steve-witkoff',
    );
    expect(document.querySelector('tr.is-marked')?.getAttribute('data-item-id')).toBe('steve-witkoff');
  });

  it('says when the page is itself one of the sources, and only then', () => {
    expect(renderPage({ pageSource: SOURCES[1] }).text('.sidebar-notice')).toBe(
      'This page is one of the sources (BBC News); its column shows what the corpus holds of it.',
    );
    expect(renderPage({}).document.querySelector('.sidebar-notice')).toBeNull();
  });

  it('shows the matrix with the page’s counts once coverage has loaded', () => {
    expect(renderPage({ coverage: null }).document.querySelector('table')).toBeNull();
    const { all } = renderPage({});
    expect(all('tr[data-item-id="pokrovsk"] td')[0]).toBe('1');
  });
});

describe('ComparisonView', () => {
  it('heads the view with the item and its kind, and says who mentions it', () => {
    const { text } = renderComparison(witkoff());
    expect(text('.comparison-title')).toBe('Steve Witkoff');
    expect(text('.comparison-kind')).toBe('Person');
    expect(text('.comparison-header .sidebar-summary')).toBe('Mentioned by 2 sources; 1 does not.');
  });

  it('heads a passage comparison “Selected text” and quotes the passage', () => {
    const { text, document } = renderComparison(witkoff({ item: null, query: 'talks in Riyadh' }));
    expect(text('.comparison-title')).toBe('Selected text');
    expect(text('.comparison-query')).toBe('talks in Riyadh');
    expect(document.querySelector('.comparison-show')).toBeNull();
  });

  it('stacks the sources, each folding to its heading, the ones stating differing figures first', () => {
    const { document, all } = renderComparison(witkoff());
    const sources = [...document.querySelectorAll('.comparison-source')];
    expect(sources.map((source) => source.getAttribute('data-source-id'))).toEqual(['s1', 's2']);
    const [reuters = null, bbc = null] = sources;
    expect(all('summary .source-heading > span', reuters)).toEqual([
      'Reuters',
      '15 Apr 2031',
      'Envoy meets Putin',
    ]);
    expect(all('.comparison-passage-count', reuters)).toEqual(['2 passages']);
    expect(all('.comparison-passage', reuters)).toEqual([
      'US envoy Steve Witkoff met Putin.',
      'The talks lasted five hours.',
    ]);
    // The item is marked where a passage names it, by its full name or a longer word of it.
    expect(all('.comparison-passage mark', reuters)).toEqual(['Steve Witkoff']);
    expect(all('.comparison-passage mark', bbc)).toEqual(['Witkoff']);
    expect(all('.comparison-different-time', reuters)).toEqual([]);
    expect(all('.comparison-different-time', bbc)).toEqual([
      'Reports another time than most sources; its figures are not set against theirs.',
    ]);
    // Nothing scrolls sideways: no scrolling region around the sources.
    expect(document.querySelector('.comparison-sources-scroll')).toBeNull();
  });

  it('puts a source stating a differing figure before one that only has more passages', () => {
    const comparison = witkoff();
    const [reuters, bbc] = comparison.sources;
    if (!reuters || !bbc) throw new Error('fixture has two sources');
    comparison.sources = [
      { ...bbc, differentTime: false, passages: [...bbc.passages, { id: 's2#5', text: 'More.' }] },
      { ...reuters, passages: [reuters.passages[0]!] },
    ];
    const { document } = renderComparison(comparison);
    expect(
      [...document.querySelectorAll('.comparison-source')].map((source) =>
        source.getAttribute('data-source-id'),
      ),
    ).toEqual(['s1', 's2']);
  });

  it('draws who mentions the item as a strip whose cells go to their source', () => {
    const { document } = renderComparison(witkoff());
    const strip = document.querySelector('svg.coverage-strip');
    expect(strip?.getAttribute('role')).toBe('group');
    expect(strip?.getAttribute('aria-label')).toBe(
      'Who mentions it: 2 of 3 sources. Choose a source to go to it.',
    );
    const cells = [...document.querySelectorAll('.strip-cell')];
    expect(cells.map((cell) => cell.getAttribute('aria-label'))).toEqual([
      'Reuters: 2 passages. Go to this source.',
      'BBC News: 1 passage. Go to this source.',
      'AP: does not mention it. Go to the sources that do not.',
    ]);
    for (const cell of cells) {
      expect(cell.getAttribute('role')).toBe('button');
      // Lower case: an SVG element keeps an attribute's case, and `tabIndex` makes nothing focusable.
      expect(cell.outerHTML).toMatch(/ tabindex="0"/u);
    }
  });

  it('draws the publication dates and the dates the facts report on a timeline with a text alternative', () => {
    const comparison = witkoff({
      facts: [sourcedFact('s1', '12 April', 'The call on 12 April.', { kind: 'date', iso: '2031-04-12' })],
    });
    const { document, all } = renderComparison(comparison, true, 's1');
    const svg = document.querySelector('svg.timeline-svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'When the sources were published, from 12 Apr 2031 to 15 Apr 2031, and the dates they report',
    );
    expect(document.querySelectorAll('circle.timeline-published')).toHaveLength(2);
    expect(document.querySelectorAll('circle.timeline-published.is-page')).toHaveLength(1);
    expect(document.querySelectorAll('path.timeline-reported')).toHaveLength(1);
    expect(all('.timeline ul li')).toEqual([
      'Reuters reports 12 Apr 2031: 12 April',
      'BBC News: published 14 Apr 2031',
      'Reuters (the page you are reading): published 15 Apr 2031',
    ]);
  });

  it('marks the column of the source that is the page being read, and no other', () => {
    const { document, all } = renderComparison(witkoff(), true, 's2');
    const [reuters = null, bbc = null] = [...document.querySelectorAll('.comparison-source')];
    expect(all('.comparison-this-page', reuters)).toEqual([]);
    expect(all('.comparison-this-page', bbc)).toEqual(['The page you are reading']);
    expect(all('.comparison-this-page', renderComparison(witkoff()).document.body)).toEqual([]);
  });

  it('sets the facts out as rows, differences first, each naming who states which value', () => {
    const { document, all } = renderComparison(witkoff());
    expect(document.querySelector('ul.facts')?.getAttribute('aria-label')).toBe(
      'Figures and quotes, differences first',
    );
    expect(document.querySelector('table.facts')).toBeNull();
    const rows = [...document.querySelectorAll('.fact-row')];
    expect(rows.map((row) => row.className)).toEqual(['fact-row fact-row-differ', 'fact-row fact-row-agree']);
    const [differ = null, agree = null] = rows;
    expect(all('.fact-label', differ)).toEqual(['Differ talks lasted']);
    // This page first, then the sources in their order; each value one click from its sentence.
    expect(all('.fact-source', differ)).toEqual(['This page:', 'Reuters:']);
    expect(all('summary', differ)).toEqual(['three hours', 'five hours']);
    expect(all('blockquote', differ)).toEqual([
      'The talks lasted three hours.',
      'The talks lasted five hours.',
    ]);
    expect(all('.fact-label', agree)).toEqual(['Agree “useful and constructive”']);
    const details = agree?.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('said by Witkoff');
    expect(details?.querySelector('blockquote')?.textContent).toBe(
      'He called the talks “useful and constructive”.',
    );
    expect(details?.hasAttribute('open')).toBe(false);
  });

  it('says which source reports another time beside its value', () => {
    const comparison = witkoff();
    comparison.discrepancies[0]!.values.push(sourcedFact('s2', 'two hours', 'It lasted two hours.'));
    const { document, all } = renderComparison(comparison);
    expect(all('.fact-source', document.querySelector('.fact-row-differ'))).toEqual([
      'This page:',
      'Reuters:',
      'BBC News (another time):',
    ]);
  });

  it('names the sources that do not mention the item on a line of their own', () => {
    const { all } = renderComparison(witkoff({ silent: ['s3', 'unknown-source'] }));
    expect(all('p.facts-silent')).toEqual(['Not mentioned by: AP, another source']);
  });

  it('says how much could be compared: no row is read as "the sources agree"', () => {
    const unmatched = sourcedFact('s2', '12 April', 'The call on 12 April.', {
      kind: 'date',
      iso: '2031-04-12',
    });
    const { all, document } = renderComparison(
      witkoff({ discrepancies: [], agreements: [], silent: [], facts: [unmatched, unmatched] }),
    );
    expect(document.querySelectorAll('.fact-row')).toHaveLength(0);
    expect(all('.facts-none')).toEqual([
      '2 facts, none matched with another source’s: nothing to compare yet.',
    ]);
    expect(all('.facts-silent')).toEqual(['Not mentioned by: Every source mentions it.']);
    const none = renderComparison(witkoff({ discrepancies: [], agreements: [], facts: [] }));
    expect(none.all('.facts-none')).toEqual(['No figure, date or quotation to compare.']);
  });

  it('says above the rows how many of the facts were set beside another source’s', () => {
    const comparison = witkoff();
    const aligned = [...comparison.discrepancies, ...comparison.agreements].flatMap((group) => group.values);
    const unmatched = sourcedFact('s2', '12 April', 'The call on 12 April.', {
      kind: 'date',
      iso: '2031-04-12',
    });
    comparison.facts = [...aligned, unmatched];
    const { all } = renderComparison(comparison);
    expect(all('.facts-extent')).toEqual([
      '3 of 4 facts could be set beside another source’s: 1 difference, 1 agreement.',
    ]);
    expect(all('.facts-none')).toEqual([]);
  });

  it('names no speaker rather than an "unknown" one for a quotation its source does not attribute', () => {
    const comparison = witkoff();
    comparison.agreements[0]!.values.push(
      sourcedFact('s2', 'useful and constructive', 'The talks were “useful and constructive”.', {
        kind: 'quote',
      }),
    );
    const { all, document } = renderComparison(comparison);
    expect(all('summary', document.querySelector('.fact-row-agree'))).toEqual([
      'said by Witkoff',
      'not attributed',
    ]);
    expect(document.body.textContent).not.toMatch(/unknown/u);
  });

  it('sets the claims side by side under "What they assert", each source named as the view names it', () => {
    const claims: ClaimFinding[] = [
      {
        status: 'agree',
        reason: 'two-scales',
        label: 'Russia attacked gas facility',
        values: [
          {
            sourceId: 's1',
            passageId: 's1#0',
            text: 'Russia attacked a gas facility in Odesa',
            negated: false,
            hedged: false,
            place: 'Odesa',
          },
          {
            sourceId: 's3',
            passageId: 's3#4',
            text: 'Russia attacked a gas station in southern Ukraine',
            negated: false,
            hedged: true,
            place: 'southern Ukraine',
          },
        ],
      },
    ];
    const { all } = renderInto(
      <ComparisonView comparison={witkoff()} sources={SOURCES} onExport={vi.fn()} claims={claims} />,
    );
    expect(all('.claim-rows-heading')).toEqual(['What they assert']);
    expect(all('.claim-row-reason')).toEqual(['one place named at two scales']);
    expect(all('.claim-row-values li')).toEqual([
      'Reuters: “Russia attacked a gas facility in Odesa”',
      'AP: “Russia attacked a gas station in southern Ukraine” (as a possibility)',
    ]);
    expect(renderComparison(witkoff()).all('.claim-rows')).toEqual([]);
  });

  it('exports Markdown (download, copy) and JSON (download) from labelled buttons', () => {
    const { button, click, onExport } = renderComparison(witkoff());
    click(button('Download Markdown'));
    click(button('Copy Markdown'));
    click(button('Download JSON'));
    expect(onExport.mock.calls).toEqual([
      ['markdown', 'download'],
      ['markdown', 'copy'],
      ['json', 'download'],
    ]);
  });

  it('announces a copy in a status line', () => {
    const copied = renderInto(
      <ComparisonView comparison={witkoff()} sources={SOURCES} onExport={vi.fn()} exportStatus="copied" />,
    );
    expect(copied.text('.export-status')).toBe('Markdown copied.');
    expect(copied.document.querySelector('.export-status')?.getAttribute('role')).toBe('status');
  });

  it('shows the item on the page when it can, and offers nothing otherwise', () => {
    const { button, click, onFocusOnPage } = renderComparison(witkoff());
    click(button('Show on page'));
    expect(onFocusOnPage).toHaveBeenCalledExactlyOnceWith('steve-witkoff');
    expect(renderComparison(witkoff(), false).button('Show on page')).toBeNull();
  });

  it('has only real buttons, strip cells and summaries to tab to, none taken out of the tab order', () => {
    const { document } = renderComparison(witkoff());
    for (const button of document.querySelectorAll('button'))
      expect(button.getAttribute('type')).toBe('button');
    // The line of silent sources is a target the strip focuses, not a control.
    const untabbable = [...document.querySelectorAll('*')].filter(
      (element) => (element.getAttribute('tabindex') ?? element.getAttribute('tabIndex')) === '-1',
    );
    expect(untabbable.map((element) => element.className)).toEqual(['facts-silent']);
    // Two sources and three values.
    expect(document.querySelectorAll('summary')).toHaveLength(5);
  });

  it('renders markup in every field as text', () => {
    const comparison = witkoff({
      query: HOSTILE,
      item: { id: 'x', label: HOSTILE, kind: 'topic' },
      silent: ['s3'],
    });
    const [first] = comparison.sources;
    if (!first) throw new Error('fixture has no source');
    first.outlet = HOSTILE;
    first.title = HOSTILE;
    first.passages = [{ id: 's1#0', text: `A ${HOSTILE} B` }];
    const [differ] = comparison.discrepancies;
    if (!differ) throw new Error('fixture has no difference');
    differ.label = HOSTILE;
    differ.values = [sourcedFact('s1', HOSTILE, HOSTILE)];
    const { document, text, all } = renderInto(
      <ComparisonView
        comparison={comparison}
        sources={[sourceMeta('s3', { outlet: HOSTILE })]}
        onExport={vi.fn()}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(text('.comparison-title')).toBe(HOSTILE);
    expect(text('.comparison-passage')).toBe(`A ${HOSTILE} B`);
    expect(text('.source-outlet')).toBe(HOSTILE);
    expect(all('.fact-row-differ .fact-label')).toEqual([`Differ ${HOSTILE}`]);
    expect(text('.fact-row-differ summary')).toBe(HOSTILE);
    expect(text('.facts-silent')).toBe(`Not mentioned by: ${HOSTILE}`);
  });
});

describe('PageItemsView and CoverageMatrix with hostile labels', () => {
  it('render markup in labels and outlets as text', () => {
    const { document, all } = renderInto(
      <PageItemsView
        items={[{ id: 'x', label: HOSTILE, kind: 'topic', count: 1 }]}
        coverage={{
          sources: [sourceMeta('s1', { outlet: HOSTILE })],
          rows: [{ item: { id: 'x', label: HOSTILE, kind: 'topic' }, counts: { s1: 1 } }],
        }}
        pageSource={sourceMeta('s1', { outlet: HOSTILE })}
        markedItemId={null}
        onSelectItem={vi.fn()}
        onFocusOnPage={vi.fn()}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(all('.page-item-label')).toEqual([HOSTILE]);
    expect(all('.matrix-item-button')).toEqual([HOSTILE]);
  });
});

describe('SidebarStatus', () => {
  it.each([
    [{ status: 'loading' }, 'status', 'Loading…'],
    [{ status: 'unsupported' }, 'status', 'Parallax cannot read this page.'],
    [{ status: 'off' }, 'status', 'Parallax is off on this site.'],
    [{ status: 'empty' }, 'status', 'Nothing to compare on this page.'],
    [{ status: 'error', message: 'messaging: compare failed' }, 'alert', 'Parallax could not load this.'],
  ] satisfies [SidebarStatusProps, string, string][])(
    'shows %o with a title and a hint',
    (props, role, title) => {
      const { document, text } = renderInto(<SidebarStatus {...props} />);
      expect(document.querySelector('.sidebar-status')?.getAttribute('role')).toBe(role);
      expect(text('.sidebar-status-title')).toBe(title);
      expect(text('.sidebar-status-hint')).not.toBe('');
    },
  );

  it('names the PDF viewer and stores among the pages it cannot read', () => {
    expect(renderInto(<SidebarStatus status="unsupported" />).text('.sidebar-status-hint')).toMatch(
      /PDF viewer.*stores/u,
    );
  });

  it('shows an error’s details only for an error', () => {
    expect(
      renderInto(<SidebarStatus status="loading" message="ignored" />).text('.sidebar-status-detail'),
    ).toBe(undefined);
    expect(renderInto(<SidebarStatus status="error" />).text('.sidebar-status-detail')).toBe(undefined);
  });

  it('gives an error’s details as text', () => {
    const { text, document } = renderInto(<SidebarStatus status="error" message={HOSTILE} />);
    expect(text('.sidebar-status-detail')).toBe(`Details: ${HOSTILE}`);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('downloadText', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a temporary download link to a Blob of the text, then revokes the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:parallax/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { document } = blankPage('');
    const clicked: { download: string | null; href: string | null; attached: boolean }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({
        download: link.getAttribute('download'),
        href: link.getAttribute('href'),
        attached: link.isConnected,
      });
    });

    downloadText(document, 'parallax-steve-witkoff.md', '# Steve Witkoff\n', 'text/markdown');

    expect(clicked).toEqual([
      { download: 'parallax-steve-witkoff.md', href: 'blob:parallax/1', attached: true },
    ]);
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]?.type).toBe('text/markdown;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('# Steve Witkoff\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledExactlyOnceWith('blob:parallax/1');
  });
});

describe('copyText', () => {
  it('says whether the clipboard took the text', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    expect(await copyText('notes', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledExactlyOnceWith('notes');
    expect(await copyText('notes', { writeText: () => Promise.reject(new Error('denied')) })).toBe(false);
  });

  it('says no when there is no clipboard', async () => {
    expect(await copyText('notes', undefined)).toBe(false);
  });
});
