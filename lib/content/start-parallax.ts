import { createPageHighlighter, yieldToPage, type PageMention, type ScanStats } from '../highlight';
import {
  MAX_PAGE_TEXT,
  type ItemCardResponse,
  type PageSetupResponse,
  type PageStory,
  type PageStoryResponse,
} from '../messaging/protocol';
import type { Settings } from '../settings/settings-schema';
import { createCardIntent } from '../ui/card/card-intent';
import { mountCard } from '../ui/card/mount-card';
import { createCardController } from './card-controller';
import { closeOnEscape } from './close-on-escape';
import { compilePageSetup } from './compile-page-setup';
import { trackHover } from './hover-tracker';
import { mentionAtPoint } from './mention-at-point';
import { mentionContext } from './mention-context';
import { createPageCommands, type PageCommands } from './page-commands';
import { FINGERPRINT_MAX_CHARS, pageIdentity } from './page-identity';
import { PHASE_MARKS } from './phase-marks';
import { rescanOnChange } from './rescan-on-change';
import { followScroll } from './scroll-follower';
import { CARD_ATTEMPT_MS, withDeadline } from './with-deadline';
import { SETUP_RETRY_PAUSES_MS, withRetry } from './with-retry';

// Read by the benchmark and the fault tests under these names.
export { LOADING_AFTER_MS } from './card-controller';
export { HIT_TEST_DELAY_MS } from './hover-tracker';

/** What the content script gets from its surroundings; the entrypoint supplies the browser-backed ones. */
export interface ParallaxDeps {
  doc: Document;
  settings: Settings;
  pageSetup: () => Promise<PageSetupResponse>;
  /** Resolves once the document is parsed (documentParsed): the set-up runs before, the page's work after. */
  parsed: () => Promise<void>;
  /** Whether the viewport is still at the page's top (watchViewportAtTop; default: not known). */
  atTop?: () => boolean;
  /** `pageContext`: the page's words around the mention, for its own figures (never leaves the browser). */
  itemCard: (
    entityId: string,
    pageSourceId: string | null,
    pageContext: string,
    pageStoryId: string | null,
  ) => Promise<ItemCardResponse>;
  /** The page's story and the items it highlights by default, from its text and the items found in it. */
  pageStory: (question: {
    text: string;
    entityIds: string[];
    pageSourceId: string | null;
  }) => Promise<PageStoryResponse>;
  openSearch: (query: string) => void;
  /** Opens the sidebar on an item's comparison (the card's "Compare in sidebar"). */
  openSidebar: (entityId: string) => void;
  /** Called once the first scan is done (tests and the benchmark read it as a performance mark too). */
  onScanned?: (stats: ScanStats) => void;
  /** A rescan changed which items are shown (an open sidebar is told). */
  onItemsChanged?: () => void;
  /** Called once the page's story is known and its highlights follow it (null: no story, or no answer). */
  onStoryKnown?: (story: PageStory | null) => void;
  /** A card opens for an item (the sidebar marks it). */
  onItemShown?: (entityId: string) => void;
}

export interface ParallaxPage extends PageCommands {
  /** Removes every highlight, listener and card: the page is as it was. */
  stop(): void;
}

/** The mention's first line box: a mention wrapped over two lines would otherwise anchor to both. */
function firstLineBox(range: Range | undefined): DOMRect | null {
  return range ? (range.getClientRects()[0] ?? range.getBoundingClientRect()) : null;
}

/**
 * Parallax on one page: highlights the catalogue's items, keeps them current
 * as the page changes, and shows the item card on hover or keyboard focus.
 * Resolves to null where there is nothing to do (no highlight API, no body).
 *
 * It wires the collaborators: the highlighter (lib/highlight), the card's
 * life (card-controller), hover intent (lib/ui/card/card-intent) fed by the
 * hover tracker, the scroll follower, the rescans and the page's commands.
 * Each ties its listeners and timers to one AbortSignal, so `stop` is an abort
 * plus the card and highlights removed.
 */
export async function startParallax(deps: ParallaxDeps): Promise<ParallaxPage | null> {
  const { doc, settings } = deps;
  const win = doc.defaultView;
  if (!win) return null;
  const setup = await withRetry(deps.pageSetup, { pausesMs: SETUP_RETRY_PAUSES_MS, timers: win });
  win.performance.mark(PHASE_MARKS.pageSetup);
  // Checking the answer (every alias) took one task; the compile below is another: with a yield between
  // them the page gets a turn instead of one task of both.
  await yieldToPage(win);
  const compiled = compilePageSetup(setup);
  win.performance.mark(PHASE_MARKS.matcherCompiled);
  // The set-up above may run while the page is still parsed; nothing below touches the page before it is.
  // Waiting for it resumes in a task of its own; otherwise the compile's task goes on, and yields below.
  const compiledInThisTask = doc.readyState !== 'loading';
  await deps.parsed();
  const everyItem = settings.highlightScope === 'every';
  const highlighter = createPageHighlighter({
    doc,
    matcher: compiled.matcher,
    kindOf: compiled.kindOf,
    density: settings.density,
    kinds: new Set(settings.kinds),
    // Until the page's story is known, only what any page shows: the first highlight does not wait for it.
    shows: everyItem ? undefined : compiled.isSpecific,
    keepText: FINGERPRINT_MAX_CHARS,
    atTop: deps.atTop,
  });
  if (!highlighter) return null;

  const abort = new AbortController();
  const { signal } = abort;
  const pageSource = pageIdentity(doc, compiled.sources, () => highlighter.text());
  let story: PageStory | null = null;
  const cards = createCardController<PageMention>({
    win,
    mount: () =>
      mountCard(doc, {
        onSearch: (query) => deps.openSearch(query),
        onCompare: () => {
          if (cards.shown) deps.openSidebar(cards.shown.entityId);
        },
        onClose: () => intent.closeNow(),
        onPointerEnter: () => intent.enterCard(),
        onPointerLeave: () => intent.leaveCard(),
      }),
    anchorOf: (mention) => firstLineBox(highlighter.rangeOf(mention)),
    labelOf: (mention) => compiled.labelOf(mention.entityId) ?? mention.text,
    request: (mention) =>
      deps.itemCard(mention.entityId, pageSource(), mentionContext(mention), story?.story.id ?? null),
  });
  const intent = createCardIntent<PageMention>({
    open: (mention) => {
      deps.onItemShown?.(mention.entityId);
      void cards.open(mention);
    },
    close: () => {
      cards.close();
      highlighter.focus(null);
    },
  });

  trackHover({
    doc,
    timers: win,
    mentionAt: (x, y) => mentionAtPoint(doc, highlighter, x, y),
    isOverCard: (node) => cards.contains(node),
    intent,
    signal,
  });
  closeOnEscape(
    doc,
    () => cards.isOpen,
    () => intent.closeNow(),
    signal,
  );
  followScroll(win, () => cards.reposition(), signal);
  rescanOnChange(
    doc,
    win,
    highlighter,
    () => {
      if (cards.shown && !cards.shown.from.node.isConnected) intent.closeNow();
    },
    signal,
    deps.onItemsChanged,
  );
  const commands = createPageCommands({
    timers: win,
    highlighter,
    hostname: () => win.location.hostname,
    pageSource,
    story: () => story,
    shown: () => cards.shown,
    openFocused: (mention) => {
      cards.focusOnNextOpen();
      intent.openNow(mention);
    },
    signal,
  });

  // Compiling the matcher took a slice of its own: let the page have a turn before the scan's first.
  if (compiledInThisTask) await yieldToPage(win);
  const stats = await highlighter.scan(doc.body ?? doc.documentElement);
  deps.onScanned?.(stats);

  // Hashing the page for its identity is a task of its own.
  await yieldToPage(win);
  const answer = await withDeadline(
    deps.pageStory({
      text: highlighter.text().slice(0, MAX_PAGE_TEXT),
      entityIds: highlighter.foundItems(),
      pageSourceId: pageSource(),
    }),
    CARD_ATTEMPT_MS,
    win,
    'page story',
  ).catch(() => null);
  if (answer && !signal.aborted) {
    story = answer.story;
    if (!everyItem) {
      const shown = new Set(answer.shown);
      highlighter.setFilter(story ? () => true : (id) => shown.has(id) || compiled.isSpecific(id));
    }
  }
  win.performance.mark(PHASE_MARKS.storyKnown, { detail: story?.story.id ?? null });
  deps.onStoryKnown?.(story);

  return {
    ...commands,
    stop() {
      abort.abort();
      intent.dispose();
      cards.close();
      highlighter.focus(null);
      highlighter.dispose();
    },
  };
}
