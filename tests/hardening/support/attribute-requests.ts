import type { RecordedRequest } from './record-network';

/** Where a request came from, as far as the privacy promise is concerned. */
export type RequestContext =
  'service worker' | 'popup' | 'sidebar' | 'options' | 'other extension page' | 'web page (content script)';

/** What the request was allowed as, or why it was not. */
export type Verdict = 'own extension file' | "the page's own" | 'not allowed';

export interface AttributedRequest extends RecordedRequest {
  context: RequestContext;
  verdict: Verdict;
}

const EXTENSION_PAGES: Record<string, RequestContext> = {
  '/popup.html': 'popup',
  '/sidebar.html': 'sidebar',
  '/options.html': 'options',
};

/** A URL without its query and fragment: pages add cache-busting numbers to the same script on every load. */
export function originAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * Which extension context made a request, or null for the browser's own
 * targets (its WebUI, about:blank before a navigation). A web page's target
 * is where the content script's requests appear, mixed with the page's own.
 */
export function contextOf(request: RecordedRequest, extensionOrigin: string): RequestContext | null {
  const ours = (url: string): boolean => url.startsWith(`${extensionOrigin}/`);
  if (request.targetType === 'service_worker' && ours(request.targetUrl)) return 'service worker';
  if (ours(request.documentUrl) || ours(request.targetUrl))
    return (
      EXTENSION_PAGES[new URL(request.documentUrl || request.targetUrl).pathname] ?? 'other extension page'
    );
  if (/^https?:/.test(request.documentUrl)) return 'web page (content script)';
  return null;
}

/**
 * The privacy rule. Anything an extension context asks for must be one of the
 * extension's own files. In a web page's tab the content script's requests
 * mix with the page's, and CDP does not say which world sent a request, so a
 * request there counts as the page's own only when both hold:
 *  - nothing on its initiator is the extension's code (the content script's
 *    frames are chrome-extension://<id>/content-scripts/content.js and the
 *    engine it imports), and
 *  - the same page asks for the same origin and path when the extension is
 *    not installed at all (`pageOwn`, recorded in a plain Chromium).
 * Everything else is not allowed, including a request whose origin the
 * recorder cannot explain.
 */
export function attributeRequests(
  requests: readonly RecordedRequest[],
  extensionOrigin: string,
  pageOwn: ReadonlySet<string>,
  /** Other origins of the extension's files: Chromium serves web-accessible files under a per-session id too. */
  otherOwnOrigins: readonly string[] = [],
): AttributedRequest[] {
  const ownOrigins = [extensionOrigin, ...otherOwnOrigins];
  const attributed: AttributedRequest[] = [];
  for (const request of requests) {
    const context = contextOf(request, extensionOrigin);
    if (!context) continue;
    const ownFile = ownOrigins.some((origin) => request.url.startsWith(`${origin}/`));
    const fromExtensionCode = request.initiatorUrls.some((url) => url.startsWith('chrome-extension:'));
    const verdict: Verdict = ownFile
      ? 'own extension file'
      : context === 'web page (content script)' &&
          !fromExtensionCode &&
          pageOwn.has(originAndPath(request.url))
        ? "the page's own"
        : 'not allowed';
    attributed.push({ ...request, context, verdict });
  }
  return attributed;
}
