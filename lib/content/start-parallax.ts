import { identifyPage } from '../corpus/identify-page';
import { shingleHashes } from '../corpus/text-fingerprint';
import type { EntityKind } from '../entities/catalogue-schema';
import { compileMatcher } from '../entities/compile-matcher';
import {
  blockOf,
  caretAtPoint,
  createPageHighlighter,
  extractPageText,
  rangeContainsPoint,
  watchMutations,
  yieldToPage,
  type PageHighlighter,
  type PageMention,
  type ScanStats,
} from '../highlight';
import type { FocusMentionMessage, PageItemsResponse } from '../messaging/page-messages';
import { MAX_PAGE_CONTEXT, type ItemCardResponse, type PageSetupResponse } from '../messaging/protocol';
import type { Settings } from '../settings/settings-schema';
import { createCardIntent, type CardIntent } from '../ui/card/card-intent';
import type { CardState } from '../ui/card/ItemCard';
import { mountCard, type CardHandle } from '../ui/card/mount-card';
import { CARD_MARKS, PHASE_MARKS } from './phase-marks';
import { CARD_ATTEMPT_MS, withDeadline } from './with-deadline';

/** The pointer must stop this long before we ask which text is under it (one caret lookup per rest, not per move). */
export const HIT_TEST_DELAY_MS = 50;
/** A card answer slower than this shows "Loading…" rather than nothing. */
export const LOADING_AFTER_MS = 100;
/** Page text hashed to recognise a corpus article: articles are far shorter. */
const FINGERPRINT_MAX_CHARS = 300_000;

/** What the content script gets from its surroundings; the entrypoint supplies the browser-backed ones. */
export interface ParallaxDeps {
  doc: Document;
  settings: Settings;
  pageSetup: () => Promise<PageSetupResponse>;
  /** `pageContext`: the page's words around the mention, for its own figures (never leaves the browser). */
  itemCard: (entityId: string, pageSourceId: string | null, pageContext: string) => Promise<ItemCardResponse>;
  openSearch: (query: string) => void;
  /** Opens the sidebar on an item's comparison (the card's "Compare in sidebar"). */
  openSidebar: (entityId: string) => void;
  /** Called once the first scan is done (tests and the benchmark read it as a performance mark too). */
  onScanned?: (stats: ScanStats) => void;
  /** A card opens for an item (the sidebar marks it). */
  onItemShown?: (entityId: string) => void;
}

export interface ParallaxPage {
  /** Keyboard command: focus the next or previous highlighted item and open its card. */
  focusMention(direction: FocusMentionMessage['direction']): void;
  /** From the sidebar: scroll to the item's next highlighted mention and flash it. */
  focusItem(entityId: string): void;
  /** The highlighted items in order of first mention, with their counts; and the corpus article the page is. */
  pageItems(): PageItemsResponse;
  /** Removes every highlight, listener and card: the page is as it was. */
  stop(): void;
}

/** How long a mention shown from the sidebar stays marked. */
const FLASH_MS = 1500;

/** Characters of the page on each side of a mention sent with a card request (the protocol caps the total). */
const CONTEXT_CHARS = 800;

/** The words around a mention in its block: where the page states its own figures about the item. */
function contextOf(mention: PageMention): string {
  const text = (mention.block ?? mention.from.node.parentNode)?.textContent ?? mention.text;
  const at = Math.max(0, text.indexOf(mention.text));
  return text
    .slice(Math.max(0, at - CONTEXT_CHARS), at + mention.text.length + CONTEXT_CHARS)
    .replace(/\s+/gu, ' ')
    .slice(0, MAX_PAGE_CONTEXT);
}

/** Runs an async step; on failure tries once more (the MV3 service worker may have been stopped). */
async function withRetry<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch {
    return step();
  }
}

/**
 * Parallax on one page: highlights the catalogue's items, keeps them current
 * as the page changes, and shows the item card on hover or keyboard focus.
 * Resolves to null where there is nothing to do (no highlight API, no body).
 */
export async function startParallax(deps: ParallaxDeps): Promise<ParallaxPage | null> {
  const { doc, settings } = deps;
  const win = doc.defaultView;
  if (!win) return null;
  const timers: Pick<Window, 'setTimeout' | 'clearTimeout'> = win;
  const setup = await withRetry(deps.pageSetup);
  win.performance.mark(PHASE_MARKS.pageSetup);
  // Checking the answer (every alias) took one task; the compile below is another: with a yield between
  // them the page gets a turn instead of one task of both (about 12 + 25 ms measured on the stress pages).
  await yieldToPage(win);
  const kinds = new Map<string, EntityKind>(setup.items.map((item) => [item.id, item.kind]));
  const labels = new Map<string, string>(setup.items.map((item) => [item.id, item.label]));
  const matcher = compileMatcher(
    setup.items.flatMap((item) =>
      item.aliases.map((alias) => ({
        text: alias.text,
        caseSensitive: alias.caseSensitive,
        entityId: item.id,
        properNoun: item.kind === 'person' || item.kind === 'organisation' || item.kind === 'place',
      })),
    ),
  );
  win.performance.mark(PHASE_MARKS.matcherCompiled);
  const highlighter: PageHighlighter | null = createPageHighlighter({
    doc,
    matcher,
    kindOf: (id) => kinds.get(id),
    density: settings.density,
    kinds: new Set(settings.kinds),
  });
  if (!highlighter) return null;

  const abort = new AbortController();
  const listen = { signal: abort.signal, passive: true } as const;
  let pageSourceId: string | null | undefined;
  const pageSource = (): string | null => {
    if (pageSourceId === undefined) {
      const text = extractPageText(doc.body ?? doc.documentElement, { maxChars: FINGERPRINT_MAX_CHARS }).text;
      pageSourceId = identifyPage(win.location.href, shingleHashes(text), setup.sources);
    }
    return pageSourceId;
  };

  let card: CardHandle | null = null;
  let shownFor: PageMention | null = null;
  let shownState: CardState | null = null;
  let focusOnOpen = false;
  let request = 0;
  const closeCard = (): void => {
    request++;
    card?.remove();
    card = null;
    shownFor = null;
    shownState = null;
    highlighter.focus(null);
  };
  const intent: CardIntent<PageMention> = createCardIntent<PageMention>({
    open: (mention) => {
      const focus = focusOnOpen;
      focusOnOpen = false;
      deps.onItemShown?.(mention.entityId);
      void openCard(mention, focus);
    },
    close: closeCard,
  });

  /** The mention's first line box: a mention wrapped over two lines would otherwise anchor to both. */
  const anchorOf = (mention: PageMention): DOMRect | null => {
    const range = highlighter.rangeOf(mention);
    return range ? (range.getClientRects()[0] ?? range.getBoundingClientRect()) : null;
  };

  async function openCard(mention: PageMention, focus = false): Promise<void> {
    const anchor = anchorOf(mention);
    if (!anchor) return;
    win?.performance.mark(CARD_MARKS.open, { detail: mention.entityId });
    const ticket = ++request;
    card ??= mountCard(doc, {
      onSearch: (query) => deps.openSearch(query),
      onCompare: () => {
        if (shownFor) deps.openSidebar(shownFor.entityId);
      },
      onClose: () => intent.closeNow(),
      onPointerEnter: () => intent.enterCard(),
      onPointerLeave: () => intent.leaveCard(),
    });
    shownFor = mention;
    const label = labels.get(mention.entityId) ?? mention.text;
    const show = (state: CardState): void => {
      if (ticket !== request || !card) return;
      shownState = state;
      card.show(state, anchorOf(mention) ?? anchor);
      if (focus) card.focus();
    };
    const loading = win?.setTimeout(() => show({ status: 'loading', label }), LOADING_AFTER_MS);
    try {
      // Each attempt has its deadline: a silent background would otherwise keep the card loading for good.
      const answer = await withRetry(() =>
        withDeadline(
          deps.itemCard(mention.entityId, pageSource(), contextOf(mention)),
          CARD_ATTEMPT_MS,
          timers,
          `item card ${mention.entityId}`,
        ),
      );
      show({ status: 'ready', card: answer });
      if (ticket === request) {
        win?.requestAnimationFrame(() =>
          win.performance.mark(CARD_MARKS.ready, { detail: mention.entityId }),
        );
      }
    } catch {
      show({ status: 'error', label });
    } finally {
      win?.clearTimeout(loading);
    }
  }

  let hitTimer: number | undefined;
  /** The sidebar's "show on page": the mention shown last, and the timer that ends its flash. */
  let lastFocused: PageMention | null = null;
  let flashTimer: number | undefined;
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (card?.contains(event.target as Node | null)) return;
      win.clearTimeout(hitTimer);
      const { clientX: x, clientY: y } = event;
      hitTimer = win.setTimeout(() => {
        const caret = caretAtPoint(doc, x, y, highlighter.shadowRoots());
        const mention = caret ? highlighter.mentionAt(caret.node, caret.offset) : undefined;
        const range = mention ? highlighter.rangeOf(mention) : undefined;
        if (mention && range && rangeContainsPoint(range, x, y)) intent.restOn(mention);
        else intent.leaveMention();
      }, HIT_TEST_DELAY_MS);
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card) intent.closeNow();
    },
    listen,
  );
  // The card is fixed-position beside its mention: it follows the mention when the page scrolls.
  let repositionFrame: number | undefined;
  win.addEventListener(
    'scroll',
    () => {
      if (repositionFrame !== undefined) return;
      repositionFrame = win.requestAnimationFrame(() => {
        repositionFrame = undefined;
        const anchor = shownFor ? anchorOf(shownFor) : null;
        if (card && shownState && anchor) card.show(shownState, anchor);
      });
    },
    { ...listen, capture: true },
  );

  const stopWatching = watchMutations(
    doc.documentElement,
    (roots) => {
      highlighter.prune();
      if (shownFor && !shownFor.from.node.isConnected) intent.closeNow();
      for (const root of roots)
        void highlighter.scan(root === doc.documentElement ? root : (blockOf(root) ?? root));
    },
    {
      setTimeout: (callback, ms) => win.setTimeout(callback, ms),
      clearTimeout: (id) => win.clearTimeout(id),
      now: () => win.performance.now(),
    },
    win.MutationObserver,
  );

  // Compiling the matcher took a slice of its own: let the page have a turn before the scan's first.
  await yieldToPage(win);
  const stats = await highlighter.scan(doc.body ?? doc.documentElement);
  deps.onScanned?.(stats);

  return {
    focusMention(direction) {
      const mentions = highlighter.mentions();
      if (mentions.length === 0) return;
      const at = shownFor ? mentions.indexOf(shownFor) : -1;
      const next =
        direction === 'next'
          ? mentions[(at + 1) % mentions.length]
          : mentions[(at - 1 + mentions.length) % mentions.length];
      if (!next) return;
      next.from.node.parentElement?.scrollIntoView({ block: 'center' });
      highlighter.focus(next);
      focusOnOpen = true;
      intent.openNow(next);
    },
    focusItem(entityId) {
      const mentions = highlighter.mentions().filter((mention) => mention.entityId === entityId);
      if (mentions.length === 0) return;
      const at = lastFocused ? mentions.indexOf(lastFocused) : -1;
      const next = mentions[(at + 1) % mentions.length] as PageMention;
      lastFocused = next;
      next.from.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      highlighter.focus(next);
      win.clearTimeout(flashTimer);
      flashTimer = win.setTimeout(() => {
        if (!shownFor) highlighter.focus(null);
      }, FLASH_MS);
    },
    pageItems() {
      const counts = new Map<string, number>();
      for (const mention of highlighter.mentions())
        counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
      return {
        type: 'page-items',
        hostname: win.location.hostname,
        active: true,
        pageSourceId: pageSource(),
        items: [...counts].map(([id, count]) => ({ id, count })),
      };
    },
    stop() {
      abort.abort();
      win.clearTimeout(hitTimer);
      win.clearTimeout(flashTimer);
      stopWatching();
      intent.dispose();
      closeCard();
      highlighter.dispose();
    },
  };
}
