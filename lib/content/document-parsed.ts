/**
 * Resolves once the parser is done with `doc` and the page's own
 * DOMContentLoaded handlers have run: in a task after the event, where
 * Chromium runs a `document_idle` content script at the earliest. Parallax
 * starts its work on the page there (lib/content/engine-module.ts says why
 * the script is injected at `document_start`); a document parsed already
 * resolves at once.
 */
export function documentParsed(
  doc: Pick<Document, 'readyState' | 'addEventListener'>,
  timers: { setTimeout: (callback: () => void, ms: number) => unknown },
): Promise<void> {
  return new Promise((resolve) => {
    if (doc.readyState !== 'loading') resolve();
    else doc.addEventListener('DOMContentLoaded', () => void timers.setTimeout(resolve, 0), { once: true });
  });
}
