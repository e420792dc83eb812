import type { JSX } from 'preact';
import { strings } from '../strings';

/** Why the sidebar has nothing else to show. */
export type SidebarStatusKind = 'loading' | 'error' | 'unsupported' | 'off' | 'empty';

export interface SidebarStatusProps {
  status: SidebarStatusKind;
  /** An error's technical reason, shown small under the hint (ignored for other states). */
  message?: string | undefined;
}

const TEXT = {
  loading: { title: strings.sidebar.loadingTitle, hint: strings.sidebar.loadingHint },
  error: { title: strings.sidebar.errorTitle, hint: strings.sidebar.errorHint },
  unsupported: { title: strings.sidebar.unsupportedTitle, hint: strings.sidebar.unsupportedHint },
  off: { title: strings.sidebar.offTitle, hint: strings.sidebar.offHint },
  empty: { title: strings.sidebar.noItemsTitle, hint: strings.sidebar.noItemsHint },
} as const satisfies Record<SidebarStatusKind, { title: string; hint: string }>;

/**
 * A state of the sidebar in a short title and a hint: loading, an error, a
 * page extensions may not read (browser pages, the PDF viewer, stores),
 * Parallax turned off for the site, or a page with no item to compare.
 * Announced politely, an error assertively.
 */
export function SidebarStatus({ status, message }: SidebarStatusProps): JSX.Element {
  const { title, hint } = TEXT[status];
  return (
    <div
      class={`sidebar-status sidebar-status-${status}`}
      role={status === 'error' ? 'alert' : 'status'}
      aria-busy={status === 'loading' ? true : undefined}
    >
      <p class="sidebar-status-title">{title}</p>
      <p class="sidebar-status-hint">{hint}</p>
      {status === 'error' && message !== undefined && message !== '' && (
        <p class="sidebar-status-detail">{strings.sidebar.errorDetail(message)}</p>
      )}
    </div>
  );
}
