import { describe, expect, it } from 'vitest';
import { createHighlightPainter, FOCUS_HIGHLIGHT } from '@/lib/highlight';

class FakeHighlight extends Set<AbstractRange> {}

function fakeWindow() {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    win: {
      CSS: { highlights: registry as unknown as HighlightRegistry },
      Highlight: FakeHighlight as unknown as typeof Highlight,
    },
  };
}

const range = (name: string) => ({ name }) as unknown as AbstractRange;

describe('createHighlightPainter', () => {
  it('registers one highlight per kind under names starting with "parallax"', () => {
    const { registry, win } = fakeWindow();
    const painter = createHighlightPainter(win);
    painter?.add(range('a'), 'person');
    painter?.add(range('b'), 'person');
    painter?.add(range('c'), 'topic');
    expect([...registry.keys()]).toEqual(['parallax-person', 'parallax-topic']);
    expect(registry.get('parallax-person')?.size).toBe(2);
  });

  it('keeps one focused range at a time, and dispose removes every highlight', () => {
    const { registry, win } = fakeWindow();
    const painter = createHighlightPainter(win);
    painter?.add(range('a'), 'place');
    painter?.focus(range('a'));
    painter?.focus(range('b'));
    expect(registry.get(FOCUS_HIGHLIGHT)?.size).toBe(1);
    painter?.dispose();
    expect(registry.size).toBe(0);
  });

  it('is null where the Custom Highlight API is missing, so nothing is painted', () => {
    expect(createHighlightPainter({ CSS: {} })).toBeNull();
  });
});
