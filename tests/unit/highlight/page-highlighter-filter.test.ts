import { describe, expect, it } from 'vitest';
import { compileMatcher, type EntityKind } from '@/lib/entities';
import { BLOCK_SEPARATOR, createPageHighlighter } from '@/lib/highlight';
import { highlighterPage } from '../../helpers/highlighter-page';

const matcher = compileMatcher([
  { text: 'Steve Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
  { text: 'Canada', entityId: 'canada', caseSensitive: false, properNoun: true },
]);
const kindOf = (id: string): EntityKind | undefined =>
  id === 'witkoff' ? 'person' : id === 'canada' ? 'place' : undefined;

function pageOf(body: string) {
  const { document, highlights } = highlighterPage(body);
  return { document, painted: (kind: EntityKind) => highlights.get(`parallax-${kind}`)?.size ?? 0 };
}

const BODY = '<p>Steve Witkoff flew from Canada.</p><p>Canada said no. Steve Witkoff left Canada.</p>';

describe('createPageHighlighter filter', () => {
  async function scanned(shows?: (id: string) => boolean) {
    const page = pageOf(BODY);
    const highlighter = createPageHighlighter({
      doc: page.document,
      matcher,
      kindOf,
      density: 'first',
      kinds: new Set<EntityKind>(['person', 'place']),
      shows,
      keepText: 40,
    })!;
    await highlighter.scan(page.document.body);
    return { highlighter, ...page };
  }

  it('paints only the items the filter lets through, and reports every mention found', async () => {
    const { highlighter, painted } = await scanned((id) => id === 'witkoff');
    expect(highlighter.mentions().map((m) => m.entityId)).toEqual(['witkoff', 'witkoff']);
    expect(painted('place')).toBe(0);
    expect(highlighter.foundItems().sort()).toEqual(['canada', 'canada', 'canada', 'witkoff', 'witkoff']);
  });

  it('paints the held mentions once the filter lets them through, keeping the density rule', async () => {
    const { highlighter, painted } = await scanned((id) => id === 'witkoff');
    highlighter.setFilter(() => true);
    // The first Canada of each paragraph: two, not three.
    expect(
      highlighter
        .mentions()
        .map((m) => m.entityId)
        .sort(),
    ).toEqual(['canada', 'canada', 'witkoff', 'witkoff']);
    expect(painted('place')).toBe(2);
    highlighter.setFilter((id) => id === 'canada');
    expect(highlighter.mentions().map((m) => m.entityId)).toEqual(['canada', 'canada']);
    expect(painted('person')).toBe(0);
  });

  it('keeps the start of the scanned text, blocks apart', async () => {
    const { highlighter } = await scanned();
    expect(highlighter.text()).toHaveLength(40);
    expect(highlighter.text()).toMatch(/^Steve Witkoff flew from Canada\./u);
    expect(highlighter.text()).toContain(BLOCK_SEPARATOR);
  });

  it('keeps the whole page’s text and items when a part of it is rescanned', async () => {
    const { highlighter, document } = await scanned();
    await highlighter.scan(document.querySelector('p')!);
    expect(highlighter.text()).toMatch(/^Steve Witkoff flew from Canada\./u);
    expect(highlighter.foundItems()).toHaveLength(5);
  });

  it('counts held mentions against the cap, so a page of held items is not matched to its end', async () => {
    const page = pageOf('<p>Canada.</p>'.repeat(50));
    const highlighter = createPageHighlighter({
      doc: page.document,
      matcher,
      kindOf,
      density: 'first',
      kinds: new Set<EntityKind>(['person', 'place']),
      shows: () => false,
      maxRanges: 3,
    })!;
    await highlighter.scan(page.document.body);
    highlighter.setFilter(() => true);
    expect(highlighter.mentions()).toHaveLength(3);
    expect(highlighter.foundItems().length).toBeLessThan(50);
  });

  it('keeps no text unless asked, and forgets what it held once disposed', async () => {
    const page = pageOf(BODY);
    const highlighter = createPageHighlighter({
      doc: page.document,
      matcher,
      kindOf,
      density: 'first',
      kinds: new Set<EntityKind>(['person', 'place']),
      shows: () => false,
    })!;
    await highlighter.scan(page.document.body);
    expect(highlighter.text()).toBe('');
    highlighter.dispose();
    highlighter.setFilter(() => true);
    expect(highlighter.mentions()).toEqual([]);
  });
});
