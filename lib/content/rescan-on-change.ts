import { blockOf, watchMutations, type PageHighlighter } from '../highlight';

/** The items shown, as one comparable key: a rescan that changed none says nothing. */
function shownItems(highlighter: Pick<PageHighlighter, 'mentions'>): string {
  return [...new Set(highlighter.mentions().map((mention) => mention.entityId))].sort().join('\n');
}

/**
 * Keeps the highlights current while the page changes: drops ranges whose
 * text left the document, tells `onPruned` (the card's mention may have
 * gone), and scans again the blocks that changed (lib/highlight's
 * watchMutations debounces and rate-limits). When the rescans change which
 * items are shown, `onItemsChanged` hears it once they are done (the content
 * script tells an open sidebar). Ends when `signal` aborts.
 */
export function rescanOnChange(
  doc: Document,
  win: Pick<Window, 'setTimeout' | 'clearTimeout' | 'performance'> & {
    MutationObserver: typeof MutationObserver;
  },
  highlighter: Pick<PageHighlighter, 'prune' | 'scan' | 'mentions'>,
  onPruned: () => void,
  signal: AbortSignal,
  onItemsChanged: () => void = () => {},
): void {
  if (signal.aborted) return;
  const root = doc.documentElement;
  const stop = watchMutations(
    root,
    (roots) => {
      const before = shownItems(highlighter);
      highlighter.prune();
      onPruned();
      const scans = roots.map((changed) =>
        highlighter.scan(changed === root ? changed : (blockOf(changed) ?? changed)),
      );
      void Promise.allSettled(scans).then(() => {
        if (!signal.aborted && shownItems(highlighter) !== before) onItemsChanged();
      });
    },
    {
      setTimeout: (callback, ms) => win.setTimeout(callback, ms),
      clearTimeout: (id) => win.clearTimeout(id),
      now: () => win.performance.now(),
    },
    win.MutationObserver,
  );
  signal.addEventListener('abort', stop, { once: true });
}
