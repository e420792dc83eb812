import { checkResponse, sendRequest, sendToPages, type PageSetupResponse } from '../messaging';
import type { ParallaxDeps } from './start-parallax';

/** What the content script asks of the background (and tells the sidebar), each answer checked by the message table. */
export interface BackgroundRequests extends Pick<
  ParallaxDeps,
  'itemCard' | 'pageStory' | 'openSearch' | 'openSidebar' | 'onItemShown'
> {
  /** The catalogue's aliases and the articles' signatures. */
  pageSetup: () => Promise<PageSetupResponse>;
  /** An answer to a page-setup request sent by someone else (the injected script), checked as pageSetup checks it. */
  checkPageSetup: (answer: unknown) => PageSetupResponse;
}

export const backgroundRequests: BackgroundRequests = {
  pageSetup: () => sendRequest({ type: 'page-setup' }),
  checkPageSetup: (answer) => checkResponse('page-setup', answer),
  itemCard: (entityId, pageSourceId, pageContext, pageStoryId) =>
    sendRequest({ type: 'item-card', entityId, pageSourceId, pageContext, pageStoryId }),
  pageStory: (question) => sendRequest({ type: 'page-story', ...question }),
  openSearch: (query) => void sendRequest({ type: 'open-search', query }).catch(() => undefined),
  // Called in the click handler: the browser opens a sidebar only in answer to a user action.
  openSidebar: (entityId) =>
    void sendRequest({ type: 'open-sidebar', view: { kind: 'item', entityId } }).catch(() => undefined),
  // Only an open sidebar listens; with none, nobody answers and that is fine.
  onItemShown: (entityId) => void sendToPages({ type: 'mention-hovered', entityId }).catch(() => undefined),
};
