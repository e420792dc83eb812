import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { SidebarView } from '@/lib/messaging/protocol';
import type { OnPageItem } from '@/lib/ui/popup/describe-page';
import { OnThisPage } from '@/lib/ui/popup/OnThisPage';
import { blankPage } from './card-fixtures';

/** Eight items in the page's order; "Quiet Ridge" is named most often, "Black Sea" is where sources differ. */
const ITEMS: OnPageItem[] = [
  'Quiet Ridge',
  'Port Town',
  'Black Sea',
  'River Vale',
  'Hill Fort',
  'Old Mill',
  'New Dock',
  'Far Bay',
].map((label, index) => ({
  id: label.toLowerCase().replace(' ', '-'),
  label,
  kind: 'place',
  count: index === 0 ? 12 : 1,
}));

function renderList(notes: Parameters<typeof OnThisPage>[0]['notes']) {
  const { document } = blankPage('');
  const onOpenSidebar = vi.fn<(view: SidebarView) => void>();
  render(
    <OnThisPage
      page={{ status: 'ready', items: ITEMS, pageSource: null }}
      notes={notes}
      onOpenSidebar={onOpenSidebar}
    />,
    document.body,
  );
  const labels = () => [...document.querySelectorAll('.page-item-label')].map((label) => label.textContent);
  const more = () => document.querySelector<HTMLButtonElement>('.page-items-all');
  return { document, labels, more, onOpenSidebar };
}

describe('OnThisPage', () => {
  it('shows the five most informative items first: differing facts, then most sources, then most mentions', () => {
    const { labels } = renderList({
      'black-sea': { sources: 2, differing: 3 },
      'far-bay': { sources: 5, differing: 0 },
      'old-mill': { sources: 4, differing: 0 },
    });
    expect(labels()).toEqual(['Black Sea', 'Far Bay', 'Old Mill', 'Quiet Ridge', 'Port Town']);
  });

  it('offers every item behind “Show all”, and folds them again', () => {
    const { labels, more } = renderList(null);
    expect(labels()).toHaveLength(5);
    expect(more()?.textContent).toBe('Show all 8 items');
    expect(more()?.getAttribute('aria-expanded')).toBe('false');
    void act(() => more()?.click());
    expect(labels()).toHaveLength(8);
    expect(more()?.textContent).toBe('Show fewer items');
    expect(more()?.getAttribute('aria-expanded')).toBe('true');
    void act(() => more()?.click());
    expect(labels()).toHaveLength(5);
  });

  it('opens an item’s comparison in the sidebar', () => {
    const { document, onOpenSidebar } = renderList({ 'black-sea': { sources: 2, differing: 3 } });
    void act(() => document.querySelector<HTMLButtonElement>('.page-item')?.click());
    expect(onOpenSidebar).toHaveBeenCalledExactlyOnceWith({ kind: 'item', entityId: 'black-sea' });
  });
});
