import { describe, expect, it } from 'vitest';
import { topPageItems } from '@/lib/ui/popup/top-page-items';
import { clipLabel, stripLayout } from '@/lib/ui/sidebar/coverage-strip-layout';
import { storyStripSources } from '@/lib/ui/sidebar/story-strip-sources';
import { mentionRanges } from '@/lib/ui/sidebar/mention-ranges';
import { rankSources } from '@/lib/ui/sidebar/rank-sources';
import { sourceMeta } from './card-fixtures';

describe('mentionRanges', () => {
  it.each([
    // [passage, label, the marked words]
    ['US envoy Steve Witkoff met Putin.', 'Steve Witkoff', ['Steve Witkoff']],
    ['Witkoff arrives in Moscow; Witkoff’s plan', 'Steve Witkoff', ['Witkoff', 'Witkoff']],
    ['the kremlin said; the Kremlin’s view', 'the Kremlin', ['the kremlin', 'the Kremlin']],
    ['Kremlin officials said', 'the Kremlin', ['Kremlin']],
    ['Witkoffs and Witkoffian are other words', 'Steve Witkoff', []],
    ['Nato allies met', 'NATO', ['Nato']],
    ['the EU said, in EUR', 'EU', ['EU']],
  ])('in %j marks %j as %j', (text, label, marked) => {
    expect(mentionRanges(text, label).map(([start, end]) => text.slice(start, end))).toEqual(marked);
  });

  it('returns ranges in order and never overlapping', () => {
    const ranges = mentionRanges('Vladimir Putin, then Putin and Vladimir again', 'Vladimir Putin');
    for (let index = 1; index < ranges.length; index++)
      expect(ranges[index]![0]).toBeGreaterThanOrEqual(ranges[index - 1]![1]);
    expect(ranges).toHaveLength(3);
  });
});

describe('rankSources', () => {
  const source = (sourceId: string, passages: number) => ({
    sourceId,
    outlet: null,
    title: null,
    published: null,
    differentTime: false,
    passages: Array.from({ length: passages }, (_, index) => ({ id: `${sourceId}#${index}`, text: '' })),
  });
  const value = (sourceId: string) => ({ sourceId }) as never;

  it('puts a source stating a differing figure before one with more passages', () => {
    const ranked = rankSources([source('long', 9), source('differs', 1)], {
      discrepancies: [{ values: [value('differs'), value('other')] } as never],
      agreements: [],
    });
    expect(ranked.map((each) => each.sourceId)).toEqual(['differs', 'long']);
  });

  it('otherwise orders by passages, keeping the given order on ties', () => {
    const ranked = rankSources([source('a', 1), source('b', 3), source('c', 1)], {
      discrepancies: [],
      agreements: [],
    });
    expect(ranked.map((each) => each.sourceId)).toEqual(['b', 'a', 'c']);
  });
});

describe('stripLayout', () => {
  it('spreads a few sources across the width, wide enough to name', () => {
    const layout = stripLayout(5, 320);
    expect(layout.rows).toBe(1);
    expect(layout.cells).toHaveLength(5);
    const last = layout.cells.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(320);
    expect(layout.labelChars).toBeGreaterThanOrEqual(8);
  });

  it('wraps many sources onto rows of cells too narrow to name', () => {
    const layout = stripLayout(60, 320);
    expect(layout.rows).toBeGreaterThan(1);
    expect(layout.labelChars).toBe(0);
    for (const cell of layout.cells) expect(cell.x + cell.width).toBeLessThanOrEqual(320 + 1e-9);
  });

  it('is empty for no sources', () => {
    expect(stripLayout(0, 320)).toEqual({ cells: [], rows: 0, labelChars: 0 });
  });

  it('clips a long name with an ellipsis and leaves a short one alone', () => {
    expect(clipLabel('The Straits Times', 8)).toBe('The Str…');
    expect(clipLabel('Reuters', 8)).toBe('Reuters');
  });
});

describe('topPageItems', () => {
  const items = [
    { id: 'often', count: 9 },
    { id: 'widely', count: 1 },
    { id: 'differs', count: 1 },
    { id: 'plain', count: 1 },
  ];

  it('puts items with differing facts first, then those most sources mention, then the most mentioned', () => {
    const notes = {
      often: { sources: 1, differing: 0 },
      widely: { sources: 4, differing: 0 },
      differs: { sources: 2, differing: 2 },
      plain: { sources: 1, differing: 0 },
    };
    expect(topPageItems(items, notes).map((item) => item.id)).toEqual([
      'differs',
      'widely',
      'often',
      'plain',
    ]);
  });

  it('without notes orders by the page’s own mentions, keeping the page’s order on ties', () => {
    expect(topPageItems(items, null).map((item) => item.id)).toEqual(['often', 'widely', 'differs', 'plain']);
  });
});

describe('storyStripSources', () => {
  const sources = [sourceMeta('a', { outlet: 'Reuters' }), sourceMeta('b', { outlet: 'AP' })];
  const row = (id: string, counts: Record<string, number>) => ({
    item: { id, label: id, kind: 'topic' as const },
    counts,
  });

  it('counts, per source, the main items it reports, not its passages, and only the first few rows', () => {
    const coverage = [row('x', { a: 9, b: 1 }), row('y', { a: 0, b: 2 }), row('z', { a: 5, b: 0 })];
    expect(storyStripSources({ sources, coverage }, 2)).toEqual({
      sources: [
        { id: 'a', name: 'Reuters', passages: 1 },
        { id: 'b', name: 'AP', passages: 2 },
      ],
      items: 2,
    });
  });

  it('gives a source missing from a row none of it', () => {
    expect(
      storyStripSources({ sources, coverage: [row('x', { a: 1 })] }).sources.map((s) => s.passages),
    ).toEqual([1, 0]);
  });
});
