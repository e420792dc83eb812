import { describe, expect, it } from 'vitest';
import { compileMatcher, type EntityKind } from '@/lib/entities';
import { createPageHighlighter } from '@/lib/highlight';
import { highlighterPage } from '../../helpers/highlighter-page';

const matcher = compileMatcher([
  { text: 'Steve Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
  { text: 'Canada', entityId: 'canada', caseSensitive: false, properNoun: true },
]);
const kindOf = (id: string): EntityKind | undefined =>
  id === 'witkoff' ? 'person' : id === 'canada' ? 'place' : undefined;

/**
 * A linkedom page whose clock runs 100 ms a reading, so every slice of a scan ends
 * at its first check and yields through `setTimeout`: `duringYields` sees each yield.
 */
function slicedPage(body: string) {
  const seenAtYields: number[] = [];
  let clock = 0;
  const { document, highlights } = highlighterPage(body, {
    now: () => (clock += 100),
    beforeYield: () => seenAtYields.push(painted()),
  });
  const painted = (): number => [...highlights.values()].reduce((sum, set) => sum + set.size, 0);
  const highlighter = createPageHighlighter({
    doc: document,
    matcher,
    kindOf,
    density: 'all',
    kinds: new Set<EntityKind>(['person', 'place']),
    atTop: () => true,
  })!;
  return { document, highlighter, painted, seenAtYields };
}

const BODY = '<p>Steve Witkoff flew from Canada.</p><p>Canada said no. Steve Witkoff left Canada.</p>';

describe('a rescan of a page already highlighted', () => {
  it('keeps every highlight it finds again painted throughout, never re-adding or removing one', async () => {
    const page = slicedPage(BODY);
    await page.highlighter.scan(page.document.body);
    const before = page.highlighter.mentions();
    expect(before).toHaveLength(5);
    page.seenAtYields.length = 0;

    await page.highlighter.scan(page.document.body);
    expect(page.seenAtYields.length).toBeGreaterThan(0);
    expect(page.seenAtYields.every((count) => count === 5)).toBe(true);
    // The same mention objects: nothing was taken down and put back.
    expect(page.highlighter.mentions()).toEqual(before);
    expect(page.painted()).toBe(5);
  });

  it('drops, when it ends, the mentions whose text the page changed, and paints the new ones', async () => {
    const page = slicedPage(BODY);
    await page.highlighter.scan(page.document.body);
    const second = page.document.querySelectorAll('p')[1]!;
    second.firstChild!.nodeValue = 'Ottawa said no. Steve Witkoff left Canada.';
    page.seenAtYields.length = 0;

    await page.highlighter.scan(page.document.body);
    expect(page.seenAtYields.every((count) => count >= 4)).toBe(true);
    expect(page.highlighter.mentions().map((mention) => mention.entityId)).toEqual([
      'witkoff',
      'canada',
      'witkoff',
      'canada',
    ]);
    expect(page.painted()).toBe(4);
  });
});
