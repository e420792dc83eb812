export { extension } from './extension';
export { menus } from './menus';
export type { MenuEntry } from './menus';
export { onCommand } from './on-command';
export { openSidebar, readSidebarRequest, watchSidebarRequest, writeSidebarRequest } from './open-sidebar';
// readStoredSettings is imported by its path where zod must not load (the injected content script).
export { readStoredSettings, SETTINGS_STORAGE_KEY } from './read-stored-settings';
export { loadSettings, updateSettings, watchSettings } from './settings-store';
export { parseSidebarRequest, SIDEBAR_VIEW_KEY } from './sidebar-request';
export type { SidebarRequest } from './sidebar-request';
export { currentWindowId, tabs } from './tabs';
export type { Tab } from './tabs';
export {
  canStartWorkers,
  closeOffscreenDocument,
  ITEM_WORKER_PATH,
  OFFSCREEN_PATH,
  openOffscreenDocument,
  startItemWorker,
} from './item-worker';
