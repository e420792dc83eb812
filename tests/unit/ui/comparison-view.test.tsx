import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/compare';
import { ComparisonView } from '@/lib/ui/sidebar/ComparisonView';
import { AUGUST_TALKS, blankPage, MARCH_PAUSE, sourceMeta } from './card-fixtures';

const SOURCES = [
  sourceMeta('t1', { outlet: 'Reuters', published: '2025-08-06' }),
  sourceMeta('t2', { outlet: null, title: null, lead: 'The talks began at noon', published: '2025-08-06' }),
  sourceMeta('p1', { outlet: 'Kyiv Independent', published: '2025-03-19' }),
  sourceMeta('q1', { outlet: 'Quiet Times', published: '2025-08-05' }),
];

/** "Vladimir Putin" across two stories: Reuters and an untitled article on the talks, one source on the pause. */
function putin(overrides: Partial<Comparison> = {}): Comparison {
  const column = (id: string, storyId: string | null) => {
    const meta = SOURCES.find((source) => source.id === id)!;
    return {
      sourceId: id,
      outlet: meta.outlet,
      title: meta.title,
      lead: meta.lead ?? null,
      published: meta.published,
      differentTime: false,
      storyId,
      passages: [{ id: `${id}#0`, text: `Putin (${id}).` }],
    };
  };
  return {
    query: 'Vladimir Putin',
    item: { id: 'vladimir-putin', label: 'Vladimir Putin', kind: 'person' },
    sources: [column('p1', MARCH_PAUSE.id), column('t1', AUGUST_TALKS.id), column('t2', AUGUST_TALKS.id)],
    silent: ['q1'],
    facts: [],
    discrepancies: [],
    agreements: [],
    facets: [],
    stories: [
      { ...MARCH_PAUSE, sourceIds: ['p1'] },
      { ...AUGUST_TALKS, sourceIds: ['t1', 't2', 'q1'] },
    ],
    ...overrides,
  };
}

function renderView(
  comparison: Comparison,
  props: { pageSourceId?: string | null; pageStoryId?: string | null },
) {
  const { document } = blankPage('');
  render(
    <ComparisonView comparison={comparison} sources={SOURCES} onExport={() => undefined} {...props} />,
    document.body,
  );
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();
  const all = (selector: string) =>
    [...document.querySelectorAll(selector)].map((e) => squash(e.textContent));
  return { document, all };
}

const columnIds = (root: ParentNode | null | undefined) =>
  [...(root?.querySelectorAll('.comparison-source') ?? [])].map((column) =>
    column.getAttribute('data-source-id'),
  );

describe('ComparisonView by story', () => {
  it('puts the page’s story first under “Same story” and folds the others, as the card does', () => {
    const { document, all } = renderView(putin(), { pageStoryId: AUGUST_TALKS.id });
    const [same, ...rest] = [...document.querySelectorAll('.comparison-story')];
    expect(same?.querySelector('.story-heading')?.textContent).toBe(
      'Same story Steve Witkoff · sanctions 5 Aug 2025 – 6 Aug 2025',
    );
    expect(columnIds(same)).toEqual(['t1', 't2']);
    const folded = document.querySelector('details.comparison-other-stories');
    expect(folded?.hasAttribute('open')).toBe(false);
    expect(all('.comparison-other-stories > summary')).toEqual(['Other stories: 1 source']);
    expect(rest).toHaveLength(1);
    expect(all('.comparison-other-stories .story-heading')).toEqual(['energy infrastructure 19 Mar 2025']);
    expect(columnIds(folded)).toEqual(['p1']);
  });

  it('finds the page’s story from the corpus article the page is, even one silent on the item', () => {
    const { document } = renderView(putin(), { pageSourceId: 'q1' });
    expect(columnIds(document.querySelector('.comparison-story'))).toEqual(['t1', 't2']);
  });

  it('names each story’s list of sources for a screen reader', () => {
    const { document } = renderView(putin(), { pageStoryId: AUGUST_TALKS.id });
    expect(
      [...document.querySelectorAll('ol.comparison-sources')].map((list) => list.getAttribute('aria-label')),
    ).toEqual([`The sources: ${AUGUST_TALKS.label}`, `The sources: ${MARCH_PAUSE.label}`]);
  });

  it('opens the first sources of the first story and folds the rest to one line each', () => {
    const { document } = renderView(putin(), { pageStoryId: AUGUST_TALKS.id });
    const open = [...document.querySelectorAll('.comparison-source')].map((source) =>
      source.querySelector('details')?.hasAttribute('open'),
    );
    expect(open).toEqual([true, true, false]);
  });

  it('without a page story, shows every story labelled and open, in the order their sources come', () => {
    const { document, all } = renderView(putin(), {});
    expect(document.querySelector('.comparison-other-stories')).toBeNull();
    expect(all('.story-label')).toEqual([MARCH_PAUSE.label, AUGUST_TALKS.label]);
    expect(all('.story-kind')).toEqual([]);
  });

  it('made without stories, shows one row of columns as before', () => {
    const comparison = putin({ stories: undefined });
    const { document } = renderView(comparison, { pageStoryId: AUGUST_TALKS.id });
    expect(document.querySelector('.story-heading')).toBeNull();
    expect(columnIds(document)).toEqual(['p1', 't1', 't2']);
  });

  it('names a source without outlet or headline by its lead, never by its id', () => {
    const { all, document } = renderView(putin({ silent: ['q1', 'gone'] }), { pageStoryId: AUGUST_TALKS.id });
    expect(all('[data-source-id="t2"] .source-outlet')).toEqual(['From the text: “The talks began at noon”']);
    expect(all('.facts-silent')).toEqual(['Not mentioned by: Quiet Times, another source']);
    const named = [...document.querySelectorAll('.strip-cell')].map((cell) =>
      cell.getAttribute('aria-label'),
    );
    expect(named).toContain('From the text: “The talks began at noon”: 1 passage. Go to this source.');
    const names = all('.source-heading, .facts-silent, .timeline li, .strip-labels text, .strip-cell title');
    expect(names.join(' ')).not.toMatch(/\bt2\b|\bgone\b/u);
    expect(named.join(' ')).not.toMatch(/\bt2\b|\bgone\b/u);
  });
});
