export { SidebarApp } from './SidebarApp';
export type { Compared, SidebarAppProps, SidebarDeps } from './SidebarApp';
export { copyText, downloadText } from './download-text';
