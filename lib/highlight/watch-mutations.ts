import { OWN_UI_SELECTOR } from './extract-page-text';

/**
 * Changes are gathered for this long before a rescan, and rescans are at
 * least this far apart: a page that mutates without end costs Parallax one
 * bounded rescan a second, not one per mutation.
 */
export const MUTATION_DEBOUNCE_MS = 300;
export const MIN_RESCAN_INTERVAL_MS = 1000;
/** More changed subtrees than this in one batch: rescan the whole document instead. */
const MAX_ROOTS = 50;

export interface MutationTimers {
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now: () => number;
}

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(OWN_UI_SELECTOR) != null;
}

/** Drops roots inside other roots, and roots no longer in the document. */
function outermost(roots: Iterable<Node>): Node[] {
  const list = [...roots].filter((node) => node.isConnected);
  return list.filter((node) => !list.some((other) => other !== node && other.contains(node)));
}

/**
 * Watches `root` for added, removed and changed text and reports the
 * subtrees to rescan, debounced and rate-limited. Returns the stop function.
 */
export function watchMutations(
  root: Node,
  onChange: (roots: Node[]) => void,
  timers: MutationTimers,
  MutationObserverClass: typeof MutationObserver,
): () => void {
  const pending = new Set<Node>();
  let removed = false;
  let timer: number | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;

  const flush = (): void => {
    timer = undefined;
    lastRun = timers.now();
    const roots = outermost(pending);
    const hadRemovals = removed;
    pending.clear();
    removed = false;
    if (roots.length > MAX_ROOTS) onChange([root]);
    else if (roots.length > 0 || hadRemovals) onChange(roots);
  };

  const observer = new MutationObserverClass((records) => {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        if (record.target.parentNode) pending.add(record.target.parentNode);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (isOwnUi(node)) continue;
        pending.add(node.nodeType === 3 && node.parentNode ? node.parentNode : node);
      }
    }
    if ((pending.size > 0 || removed) && timer === undefined) {
      const wait = Math.max(MUTATION_DEBOUNCE_MS, lastRun + MIN_RESCAN_INTERVAL_MS - timers.now());
      timer = timers.setTimeout(flush, wait);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) timers.clearTimeout(timer);
    pending.clear();
  };
}
