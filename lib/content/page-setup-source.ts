import type { PageSetupResponse } from '../messaging/protocol';

/**
 * The page set-up for each start of Parallax on the page. The first start
 * gets the answer the injected script asked for while the engine loaded
 * (lib/content/early-start.ts), checked as a fresh answer is; without one, the
 * first request is sent at once, so that it overlaps the settings read. Later
 * starts (settings changed, an SPA navigation) ask afresh: the set-up says
 * nothing about the page, but the catalogue may have changed since.
 */
export function pageSetupSource(
  early: Promise<unknown> | null,
  request: () => Promise<PageSetupResponse>,
  check: (answer: unknown) => PageSetupResponse,
): () => Promise<PageSetupResponse> {
  let first: Promise<PageSetupResponse> | null = early ? early.then(check) : request();
  // Read by the first start only, which may never come (Parallax is off here): not an unhandled rejection.
  first.catch(() => undefined);
  return () => {
    const answer = first ?? request();
    first = null;
    return answer;
  };
}
