import { MAX_SELECTION_LENGTH, type SidebarView } from '../messaging';

/** The page's context-menu entries, created on install (entrypoints/background). */
export const COMPARE_SELECTION_MENU = 'parallax-compare-selection';
export const ADD_PAGE_MENU = 'parallax-add-page';

/** The parts of a menu click this decides on (Menus.OnClickData and Tabs.Tab narrowed). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export type MenuAction =
  | { kind: 'open-sidebar'; tabId: number | null; view: SidebarView }
  /** The popup's document in a tab, pinned to the clicked page (`?tab=`), where "Add this page" reads it. */
  | { kind: 'open-add-page'; tabId: number };

/**
 * What a click on one of Parallax's context-menu entries does: compare the
 * selection in the sidebar, or open the add flow about the page. Null for a
 * click that needs nothing (another menu, an empty selection, no tab).
 */
export function contextMenuAction(click: MenuClick, tabId: number | undefined): MenuAction | null {
  if (click.menuItemId === COMPARE_SELECTION_MENU) {
    const text = click.selectionText?.trim().slice(0, MAX_SELECTION_LENGTH);
    return text ? { kind: 'open-sidebar', tabId: tabId ?? null, view: { kind: 'selection', text } } : null;
  }
  if (click.menuItemId === ADD_PAGE_MENU && tabId !== undefined && tabId >= 0)
    return { kind: 'open-add-page', tabId };
  return null;
}
