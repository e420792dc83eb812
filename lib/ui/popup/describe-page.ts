import type { SourceMeta } from '../../corpus/source-meta';
import type { EntityKind } from '../../entities/catalogue-schema';
import type { PageItemsResponse } from '../../messaging/page-messages';
import type { Settings } from '../../settings/settings-schema';
import { sourceName } from '../source-name';

/** The tab the popup was opened over, as far as the popup could learn it. */
export interface ActivePage {
  /** Its host when it shows an http(s) page; null for browser pages, the PDF viewer, extension pages. */
  hostname: string | null;
  /** Its content script's answer to 'page-items'; null when none answered (a store page, a tab opened before Parallax). */
  items: PageItemsResponse | null;
}

/** One item highlighted on the page. */
export interface OnPageItem {
  id: string;
  label: string;
  kind: EntityKind;
  /** Highlighted mentions on the page. */
  count: number;
}

export type PageStatus =
  | { status: 'loading' }
  | { status: 'error' }
  /** `browser-page`: not an http(s) page at all; `no-answer`: a web page no content script answers on. */
  | { status: 'unsupported'; reason: 'browser-page' | 'no-answer' }
  | { status: 'paused' }
  | { status: 'site-off'; hostname: string }
  | {
      status: 'ready';
      items: OnPageItem[];
      /** When the page is one of the corpus articles: its name (outlet), null while the sources are unknown. */
      pageSource: { id: string; name: string | null } | null;
    };

export interface PageFacts {
  /** Null while the popup is still asking the tab. */
  page: ActivePage | null;
  settings: Settings | null;
  /** The catalogue's items, null while loading. */
  catalogue: readonly { id: string; label: string; kind: EntityKind }[] | null;
  /** The corpus's sources, to name the page's own (empty while unknown). */
  sources: readonly SourceMeta[];
  /** The catalogue or the tab could not be read. */
  failed: boolean;
  /** Settings just changed and the page is being marked again: its old answer is out of date. */
  rescanning: boolean;
}

/**
 * What "On this page" shows. Settings speak before the page's answer: a page
 * switched off has no content script work to report, and a paused Parallax
 * must say so rather than "nothing here".
 */
export function describePage({
  page,
  settings,
  catalogue,
  sources,
  failed,
  rescanning,
}: PageFacts): PageStatus {
  if (failed) return { status: 'error' };
  if (page === null) return { status: 'loading' };
  if (page.hostname === null) return { status: 'unsupported', reason: 'browser-page' };
  if (settings === null) return { status: 'loading' };
  if (!settings.enabled) return { status: 'paused' };
  if (settings.disabledSites.includes(page.hostname)) return { status: 'site-off', hostname: page.hostname };
  if (rescanning) return { status: 'loading' };
  if (page.items === null) return { status: 'unsupported', reason: 'no-answer' };
  if (catalogue === null) return { status: 'loading' };

  const known = new Map(catalogue.map((item) => [item.id, item]));
  const items = page.items.items.flatMap(({ id, count }): OnPageItem[] => {
    const item = known.get(id);
    return item ? [{ id, label: item.label, kind: item.kind, count }] : [];
  });
  const sourceId = page.items.pageSourceId;
  const source = sourceId === null ? undefined : sources.find((candidate) => candidate.id === sourceId);
  return {
    status: 'ready',
    items,
    pageSource: sourceId === null ? null : { id: sourceId, name: source ? sourceName(source) : null },
  };
}
