import {
  checkResponse,
  itemCardResponseSchema,
  openSearchResponseSchema,
  pageSetupResponseSchema,
  sendRequest,
  type PageSetupResponse,
} from '../messaging';
import type { ParallaxDeps } from './start-parallax';

/** What the content script asks of the background, each answer checked against its schema. */
export interface BackgroundRequests extends Pick<ParallaxDeps, 'itemCard' | 'openSearch' | 'openSidebar'> {
  /** The catalogue's aliases and the articles' signatures. */
  pageSetup: () => Promise<PageSetupResponse>;
  /** An answer to a page-setup request sent by someone else (the injected script), checked as pageSetup checks it. */
  checkPageSetup: (answer: unknown) => PageSetupResponse;
}

export const backgroundRequests: BackgroundRequests = {
  pageSetup: () => sendRequest({ type: 'page-setup' }, pageSetupResponseSchema),
  checkPageSetup: (answer) => checkResponse('page-setup', answer, pageSetupResponseSchema),
  itemCard: (entityId, pageSourceId, pageContext) =>
    sendRequest({ type: 'item-card', entityId, pageSourceId, pageContext }, itemCardResponseSchema),
  openSearch: (query) =>
    void sendRequest({ type: 'open-search', query }, openSearchResponseSchema).catch(() => undefined),
  // Called in the click handler: the browser opens a sidebar only in answer to a user action.
  openSidebar: (entityId) =>
    void sendRequest(
      { type: 'open-sidebar', view: { kind: 'item', entityId } },
      openSearchResponseSchema,
    ).catch(() => undefined),
};
