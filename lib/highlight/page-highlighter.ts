import type { EntityKind, Matcher } from '../entities';
import { PageTextWalker, type TextChunk } from './extract-page-text';
import { createHighlightPainter, type HighlightPainter, type HighlightWindow } from './highlight-painter';
import { MentionIndex } from './mention-index';
import { scanUnit, ScanUnitCutter, type PageMention, type ScanUnit } from './scan-chunks';
import { viewportStart } from './viewport-start';
import { yieldToPage } from './yield-to-page';

/**
 * Live ranges on one page at most: WebKit reports repaint slowdowns past a
 * few hundred, and a reader cannot use more.
 */
export const MAX_LIVE_RANGES = 400;
/**
 * Work between two yields to the page. Far below the 50 ms long-task line, so
 * input stays responsive even on slow machines where a step runs long.
 */
export const SLICE_BUDGET_MS = 8;
/**
 * Nodes walked between two looks at the clock: a few hundred microseconds of
 * work in a content script's isolated world on a slow, busy machine, so a
 * slice overshoots its budget by well under its own length.
 */
export const NODES_PER_CHECK = 256;

/** Mentions whose items a scan reports (`foundItems`): far more than any article has. */
export const MAX_FOUND_MENTIONS = 5000;

export type Density = 'first' | 'all';

export interface ScanStats {
  extractMs: number;
  matchMs: number;
  paintMs: number;
  /** Longest stretch of Parallax work without yielding. */
  longestSliceMs: number;
  slices: number;
  characters: number;
  found: number;
  painted: number;
}

export interface PageHighlighterOptions {
  doc: Document;
  matcher: Matcher;
  kindOf: (entityId: string) => EntityKind | undefined;
  density: Density;
  kinds: ReadonlySet<EntityKind>;
  /** Which items to paint (default: all); the others are held until `setFilter` lets them through. */
  shows?: (entityId: string) => boolean;
  /**
   * Whether the viewport is known to be at the page's top (default: never): the scan then reads
   * the page in order rather than waiting a frame to find the viewport.
   */
  atTop?: () => boolean;
  /** Characters of the scanned text to keep for `text()` (default: none). */
  keepText?: number;
  maxRanges?: number;
  now?: () => number;
}

export interface PageHighlighter {
  /** (Re)scans a subtree, or the whole document: its old mentions are replaced. */
  scan(root: Node): Promise<ScanStats>;
  /** The mention at a caret position (node, offset), if any. */
  mentionAt(node: Node, offset: number): PageMention | undefined;
  /** The live range of a mention. */
  rangeOf(mention: PageMention): Range | undefined;
  /** Shown mentions in document order. */
  mentions(): PageMention[];
  /** The open shadow roots that scans went into and that are still in the document (for hit-testing). */
  shadowRoots(): ShadowRoot[];
  /** Paints only the items `shows` accepts from now on: held mentions it accepts are painted, shown ones it refuses are held. */
  setFilter(shows: (entityId: string) => boolean): void;
  /** The item of each mention the last scan of the whole page found, shown or not (repeats count), up to MAX_FOUND_MENTIONS. */
  foundItems(): string[];
  /** The first `keepText` characters of the last whole-page scan's text (blocks separated by BLOCK_SEPARATOR). */
  text(): string;
  /** Marks a mention as focused (or none). */
  focus(mention: PageMention | null): void;
  /** Forgets mentions whose text left the document. */
  prune(): void;
  /** Removes every highlight; the page is as it was. */
  dispose(): void;
}

type PageWindow = HighlightWindow & Window & typeof globalThis;

/**
 * Finds the catalogue's items in a page and paints them, in slices that yield
 * to the page, the visible part first. DOM code: everything it touches comes
 * from `doc`.
 */
export function createPageHighlighter(options: PageHighlighterOptions): PageHighlighter | null {
  const { doc, matcher, kindOf, density, kinds } = options;
  const view = doc.defaultView;
  if (!view) return null;
  const win: PageWindow = view;
  const painter: HighlightPainter | null = createHighlightPainter(win);
  if (!painter) return null;
  const maxRanges = options.maxRanges ?? MAX_LIVE_RANGES;
  const now = options.now ?? (() => win.performance.now());
  const index = new MentionIndex();
  const ranges = new Map<PageMention, Range>();
  const shown = new Map<Node | null, Set<string>>();
  const shadowRoots = new Set<ShadowRoot>();
  let shows = options.shows ?? (() => true);
  let held: PageMention[] = [];
  let found: string[] = [];
  let scannedText = '';
  let disposed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const unpaint = (mention: PageMention): void => {
    const range = ranges.get(mention);
    const kind = kindOf(mention.entityId);
    if (range && kind) painter.remove(range, kind);
    ranges.delete(mention);
    shown.get(mention.block)?.delete(mention.entityId);
  };

  /** Takes a mention off the page and out of the index, leaving the density record to the caller. */
  const drop = (mention: PageMention): void => {
    const range = ranges.get(mention);
    const kind = kindOf(mention.entityId);
    if (range && kind) painter.remove(range, kind);
    ranges.delete(mention);
  };

  /**
   * The mentions a running rescan found painted under its root, by first text node. They stay
   * painted while it runs (a pointer resting on one still finds it); each one the rescan finds
   * again is kept as it is, the rest are dropped when it ends.
   */
  let carried = new Map<Node, PageMention[]>();
  let carriedCount = 0;

  const takeCarried = (mention: PageMention): boolean => {
    const list = carried.get(mention.from.node);
    const at =
      list?.findIndex(
        (old) =>
          old.entityId === mention.entityId &&
          old.from.offset === mention.from.offset &&
          old.to.node === mention.to.node &&
          old.to.offset === mention.to.offset,
      ) ?? -1;
    if (!list || at < 0) return false;
    list.splice(at, 1);
    carriedCount--;
    return true;
  };

  const forgetCarried = (mention: PageMention): void => {
    const list = carried.get(mention.from.node);
    const at = list?.indexOf(mention) ?? -1;
    if (!list || at < 0) return;
    list.splice(at, 1);
    carriedCount--;
  };

  const show = (mention: PageMention): boolean => {
    const kind = kindOf(mention.entityId);
    if (!kind || !kinds.has(kind)) return false;
    // Held mentions count against the cap too: the scan stops as early as it did without a filter.
    if (index.size - carriedCount + held.length >= maxRanges) return false;
    if (!shows(mention.entityId)) {
      held.push(mention);
      return false;
    }
    let seen = shown.get(mention.block);
    if (!seen) {
      seen = new Set();
      shown.set(mention.block, seen);
    }
    if (density === 'first' && seen.has(mention.entityId)) return false;
    if (takeCarried(mention)) {
      seen.add(mention.entityId);
      return true;
    }
    const range = doc.createRange();
    try {
      range.setStart(mention.from.node, mention.from.offset);
      range.setEnd(mention.to.node, mention.to.offset);
    } catch {
      return false; // the text changed between extraction and painting
    }
    seen.add(mention.entityId);
    index.add(mention);
    ranges.set(mention, range);
    painter.add(range, kind);
    return true;
  };

  /** Scans run one after another: a rescan queued during a scan starts when it ends. */
  function scan(root: Node): Promise<ScanStats> {
    const next = queue.then(() => run(root));
    queue = next.catch(() => undefined);
    return next;
  }

  async function run(root: Node): Promise<ScanStats> {
    for (const mention of index.removeWhere((m) => !m.from.node.isConnected)) unpaint(mention);
    carried = new Map();
    carriedCount = 0;
    for (const mention of index.all()) {
      if (!root.contains(mention.from.node)) continue;
      const list = carried.get(mention.from.node) ?? [];
      list.push(mention);
      carried.set(mention.from.node, list);
      carriedCount++;
      // The rescan decides afresh which mention of an item is a block's first.
      shown.get(mention.block)?.delete(mention.entityId);
    }
    try {
      return await rescan(root);
    } finally {
      const stale = new Set([...carried.values()].flat());
      carried = new Map();
      carriedCount = 0;
      for (const mention of index.removeWhere((m) => stale.has(m))) drop(mention);
    }
  }

  async function rescan(root: Node): Promise<ScanStats> {
    const stats: ScanStats = {
      extractMs: 0,
      matchMs: 0,
      paintMs: 0,
      longestSliceMs: 0,
      slices: 1,
      characters: 0,
      found: 0,
      painted: 0,
    };
    let sliceStart = now();
    /** Ends the slice if it has used its budget: the page gets the main thread back. */
    const pause = async (): Promise<void> => {
      const elapsed = now() - sliceStart;
      if (elapsed <= SLICE_BUDGET_MS) return;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, elapsed);
      await yieldToPage(win);
      stats.slices++;
      sliceStart = now();
    };
    held = held.filter((mention) => mention.from.node.isConnected && !root.contains(mention.from.node));
    // What the page's story is decided from: the whole page's, which a rescan of a subtree must not replace.
    const whole = root === doc || root === doc.documentElement || root === doc.body;
    if (whole) found = [];
    const walker = new PageTextWalker(root);
    // Blocks are cut into units as the walk finds them, in the same steps.
    const cutter = new ScanUnitCutter();
    // Carried mentions are still in the index until the rescan finds them again: they are not counted, as in `show`.
    const full = (): boolean => index.size - carriedCount + held.length >= maxRanges;
    /** Matches and paints `units` in this order, a slice at a time, until the live ranges are all used. */
    const matchUnits = async (units: readonly ScanUnit[]): Promise<void> => {
      for (const unit of units) {
        if (disposed || full()) return;
        await pause();
        const matchStart = now();
        const mentions = scanUnit(unit, matcher);
        const paintStart = now();
        stats.matchMs += paintStart - matchStart;
        stats.found += mentions.length;
        for (const mention of mentions) {
          if (whole && found.length < MAX_FOUND_MENTIONS) found.push(mention.entityId);
          if (show(mention)) stats.painted++;
        }
        stats.paintMs += now() - paintStart;
      }
    };
    // Known without asking (hidden: nothing is seen; at the top: the page reads in order), the scan
    // matches each block as the walk cuts it, so the first screen is painted while the walk goes on.
    const inOrder = doc.visibilityState === 'hidden' || options.atTop?.() === true;
    // Once every live range is used, the rest of the page could not be painted: an in-order walk stops
    // there, as soon as it has the text the page's identity is read from.
    const textWanted = whole ? (options.keepText ?? 0) : 0;
    let matched = 0;
    let extractStart = sliceStart;
    const extracting = async (step: () => void): Promise<void> => {
      step();
      stats.extractMs += now() - extractStart;
      await pause();
      extractStart = now();
    };
    let done = false;
    while (!done) {
      await extracting(() => {
        done = walker.step(NODES_PER_CHECK);
        cutter.feed(walker.chunks);
        if (done) cutter.finish();
      });
      if (disposed) return stats;
      if (!inOrder) continue;
      const units = cutter.units;
      if (matched < units.length) {
        await matchUnits(units.slice(matched));
        matched = units.length;
        if (disposed) return stats;
        extractStart = now();
      }
      if (full() && walker.characters >= textWanted) break;
    }
    stats.characters = walker.characters;
    if (whole && options.keepText) scannedText = boundedText(walker.chunks, options.keepText);
    for (const shadow of walker.shadowRoots) shadowRoots.add(shadow);
    // Nodes the page removed while the walk yielded hid their later siblings from it: read those parents again.
    for (const parent of walker.lost) if (parent.isConnected) scan(parent).catch(() => undefined);
    if (!inOrder) {
      const units = cutter.units;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
      const first = await viewportStart(units, win);
      if (disposed) return stats;
      stats.slices++;
      sliceStart = now();
      await matchUnits([...units.slice(first), ...units.slice(0, first)]);
    }
    stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
    return stats;
  }

  return {
    scan,
    mentionAt: (node, offset) => index.at(node, offset),
    rangeOf: (mention) => ranges.get(mention),
    mentions() {
      return [...index.all()].sort((a, b) => {
        if (a.from.node === b.from.node) return a.from.offset - b.from.offset;
        // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a.
        return a.from.node.compareDocumentPosition(b.from.node) & 4 ? -1 : 1;
      });
    },
    shadowRoots() {
      for (const shadow of shadowRoots) if (!shadow.host.isConnected) shadowRoots.delete(shadow);
      return [...shadowRoots];
    },
    setFilter(next) {
      shows = next;
      const refused = index.removeWhere((mention) => !shows(mention.entityId));
      for (const mention of refused) {
        unpaint(mention);
        forgetCarried(mention);
      }
      const waiting = held;
      held = [];
      for (const mention of waiting) if (mention.nodes.every((node) => node.isConnected)) show(mention);
      held.push(...refused.slice(0, Math.max(0, maxRanges - index.size - held.length)));
    },
    foundItems: () => [...found],
    text: () => scannedText,
    focus(mention) {
      painter.focus(mention ? (ranges.get(mention) ?? null) : null);
    },
    prune() {
      for (const mention of index.removeWhere((m) => m.nodes.some((node) => !node.isConnected)))
        unpaint(mention);
    },
    dispose() {
      disposed = true;
      painter.dispose();
      index.clear();
      held = [];
      ranges.clear();
      shown.clear();
      shadowRoots.clear();
    },
  };
}

/** The chunks' text joined, cut at `max` characters. */
function boundedText(chunks: readonly TextChunk[], max: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    if (length >= max) break;
    const part = chunk.text.slice(0, max - length);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}
