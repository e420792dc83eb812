export { SidebarApp } from './SidebarApp';
export type { SidebarAppProps, SidebarDeps } from './SidebarApp';
export { copyText, downloadText } from './download-text';
