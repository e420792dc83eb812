import { describe, expect, it } from 'vitest';
import { compileMatcher, type EntityKind } from '@/lib/entities';
import { createPageHighlighter, extractPageText } from '@/lib/highlight';
import { highlighterPage } from '../../helpers/highlighter-page';

const matcher = compileMatcher([
  { text: 'Steve Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
]);
const kindOf = (id: string): EntityKind | undefined => (id === 'witkoff' ? 'person' : undefined);

function pageOf(body: string): Document {
  return highlighterPage(body).document;
}

/** 2,000 paragraphs, every tenth naming the envoy: far more mentions than live ranges. */
const ROWS = Array.from(
  { length: 2_000 },
  (_, i) => `<p id="p${i}">Row ${i}${i % 10 === 0 ? ': Steve Witkoff spoke' : ''}.</p>`,
).join('');

async function scanWith(options: { atTop: boolean; maxRanges: number; keepText?: number }) {
  const doc = pageOf(ROWS);
  const highlighter = createPageHighlighter({
    doc,
    matcher,
    kindOf,
    density: 'all',
    kinds: new Set<EntityKind>(['person']),
    atTop: () => options.atTop,
    maxRanges: options.maxRanges,
    keepText: options.keepText,
  });
  if (!highlighter) throw new Error('test: no highlighter');
  const stats = await highlighter.scan(doc.body);
  return { stats, highlighter, total: extractPageText(doc.body).text.length };
}

describe('createPageHighlighter reading in order', () => {
  it('stops walking the page once every live range is used', async () => {
    const { stats, highlighter, total } = await scanWith({ atTop: true, maxRanges: 5 });
    expect(stats.painted).toBe(5);
    expect(highlighter.mentions().map((mention) => (mention.block as Element).id)).toEqual([
      'p0',
      'p10',
      'p20',
      'p30',
      'p40',
    ]);
    expect(stats.characters).toBeGreaterThan(0);
    expect(stats.characters).toBeLessThan(total / 4);
  });

  it('paints the same mentions as a scan that walks the whole page first', async () => {
    const inOrder = await scanWith({ atTop: true, maxRanges: 5 });
    const whole = await scanWith({ atTop: false, maxRanges: 5 });
    expect(whole.stats.characters).toBe(whole.total);
    const ids = (scan: typeof inOrder) => scan.highlighter.mentions().map((m) => (m.block as Element).id);
    expect(ids(inOrder)).toEqual(ids(whole));
  });

  it('walks on past a full set of live ranges until it has the text the page keeps', async () => {
    const { stats, highlighter, total } = await scanWith({ atTop: true, maxRanges: 5, keepText: 20_000 });
    expect(stats.painted).toBe(5);
    expect(stats.characters).toBeGreaterThanOrEqual(20_000);
    expect(stats.characters).toBeLessThan(total);
    expect(highlighter.text()).toHaveLength(20_000);
  });

  it('walks the whole page when the live ranges are never all used', async () => {
    const { stats, total } = await scanWith({ atTop: true, maxRanges: 1_000 });
    expect(stats.painted).toBe(200);
    expect(stats.characters).toBe(total);
  });
});

describe('createPageHighlighter rescanning a page at its cap', () => {
  it.each([true, false])(
    'keeps every live range after the whole body is rescanned (at the top: %s)',
    async (atTop) => {
      const doc = pageOf(ROWS);
      const highlighter = createPageHighlighter({
        doc,
        matcher,
        kindOf,
        density: 'all',
        kinds: new Set<EntityKind>(['person']),
        atTop: () => atTop,
        maxRanges: 5,
      });
      if (!highlighter) throw new Error('test: no highlighter');
      await highlighter.scan(doc.body);
      const before = highlighter.mentions().map((mention) => (mention.block as Element).id);
      expect(before).toHaveLength(5);
      await highlighter.scan(doc.body);
      expect(highlighter.mentions().map((mention) => (mention.block as Element).id)).toEqual(before);
    },
  );
});
