import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { SidebarView } from '../../messaging/protocol';
import { strings } from '../strings';
import type { OnPageItem, PageStatus } from './describe-page';
import { TOP_ITEMS, topPageItems, type ItemNote } from './top-page-items';

export interface OnThisPageProps {
  page: PageStatus;
  /** Per item, its sources and differing findings, to show the most informative first; null while unknown. */
  notes?: Readonly<Record<string, ItemNote>> | null;
  /** Opens the sidebar on a view; called inside the click handler, as the browsers require. */
  onOpenSidebar: (view: SidebarView) => void;
}

function Message({ title, hint }: { title: string; hint?: string }): JSX.Element {
  return (
    <div class="page-message">
      <p class="page-message-title">{title}</p>
      {hint !== undefined && <p class="hint">{hint}</p>}
    </div>
  );
}

/** The most informative items, and the rest one click away. */
function ItemList({
  items,
  notes,
  onOpenSidebar,
}: {
  items: readonly OnPageItem[];
  notes: Readonly<Record<string, ItemNote>> | null;
  onOpenSidebar: (view: SidebarView) => void;
}): JSX.Element {
  const [all, setAll] = useState(false);
  const ranked = topPageItems(items, notes);
  const shown = all ? ranked : ranked.slice(0, TOP_ITEMS);
  const text = strings.popup;
  return (
    <>
      <ul class="page-items" id="px-page-items">
        {shown.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              class="page-item"
              data-item-id={item.id}
              onClick={() => onOpenSidebar({ kind: 'item', entityId: item.id })}
            >
              <span class="page-item-label">{item.label}</span>{' '}
              <span class="page-item-kind">{strings.itemKind[item.kind]}</span>{' '}
              <span class="page-item-count">{text.mentions(item.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > TOP_ITEMS && (
        <button
          type="button"
          class="link-button page-items-all"
          aria-expanded={all}
          aria-controls="px-page-items"
          onClick={() => setAll((value) => !value)}
        >
          {all ? strings.panel.showFewerItems : strings.panel.showAllItems(items.length)}
        </button>
      )}
    </>
  );
}

function Body({ page, notes = null, onOpenSidebar }: OnThisPageProps): JSX.Element {
  const text = strings.popup;
  switch (page.status) {
    case 'loading':
      return <p class="hint">{text.pageLoading}</p>;
    case 'error':
      return <Message title={text.pageError} />;
    case 'unsupported':
      return (
        <Message
          title={text.unsupportedTitle}
          hint={page.reason === 'browser-page' ? text.unsupportedBrowserPage : text.unsupportedNoAnswer}
        />
      );
    case 'paused':
      return <Message title={text.pausedTitle} hint={text.pausedHint} />;
    case 'site-off':
      return <Message title={text.siteOffTitle(page.hostname)} hint={text.siteOffHint(page.hostname)} />;
    case 'ready':
      return (
        <>
          {page.pageSource && <p class="page-source-notice">{text.pageIsSource(page.pageSource.name)}</p>}
          {page.items.length === 0 ? (
            <Message title={text.noItemsTitle} hint={text.noItemsHint} />
          ) : (
            <ItemList items={page.items} notes={notes} onOpenSidebar={onOpenSidebar} />
          )}
        </>
      );
  }
}

/**
 * "On this page": the items highlighted in the active tab, each a way into
 * its comparison in the sidebar, or why there are none (an unsupported page,
 * Parallax off or paused).
 */
export function OnThisPage({ page, notes = null, onOpenSidebar }: OnThisPageProps): JSX.Element {
  return (
    <section class="on-this-page" aria-labelledby="px-on-this-page" aria-busy={page.status === 'loading'}>
      <div class="on-this-page-heading">
        <h2 id="px-on-this-page">{strings.popup.onThisPage}</h2>
        {page.status === 'ready' && (
          <button type="button" class="open-sidebar" onClick={() => onOpenSidebar({ kind: 'page' })}>
            {strings.popup.openSidebar}
          </button>
        )}
      </div>
      <Body page={page} notes={notes} onOpenSidebar={onOpenSidebar} />
    </section>
  );
}
