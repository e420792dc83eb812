import { blockOf, watchMutations, type PageHighlighter } from '../highlight';

/**
 * Keeps the highlights current while the page changes: drops ranges whose
 * text left the document, tells `onPruned` (the card's mention may have
 * gone), and scans again the blocks that changed (lib/highlight's
 * watchMutations debounces and rate-limits). Ends when `signal` aborts.
 */
export function rescanOnChange(
  doc: Document,
  win: Pick<Window, 'setTimeout' | 'clearTimeout' | 'performance'> & {
    MutationObserver: typeof MutationObserver;
  },
  highlighter: Pick<PageHighlighter, 'prune' | 'scan'>,
  onPruned: () => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const root = doc.documentElement;
  const stop = watchMutations(
    root,
    (roots) => {
      highlighter.prune();
      onPruned();
      for (const changed of roots)
        void highlighter.scan(changed === root ? changed : (blockOf(changed) ?? changed));
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
