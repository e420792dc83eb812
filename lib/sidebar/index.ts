export { openSidebar, parseSidebarRequest, SIDEBAR_VIEW_KEY, writeSidebarRequest } from './open-sidebar';
export type { SidebarRequest } from './open-sidebar';
export { SidebarApp } from './SidebarApp';
export type { SidebarAppProps, SidebarDeps } from './SidebarApp';
