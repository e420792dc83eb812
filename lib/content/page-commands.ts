import type { PageHighlighter, PageMention } from '../highlight';
import type { FocusMentionMessage, PageItemsResponse } from '../messaging/page-messages';
import type { PageStory } from '../messaging/protocol';

/** How long a mention shown from the sidebar stays marked. */
export const FLASH_MS = 1500;

export interface PageCommandsOptions {
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  highlighter: Pick<PageHighlighter, 'mentions' | 'focus'>;
  /** The page's host, for the popup (it cannot read a tab's URL itself). */
  hostname: () => string;
  /** The corpus article the page is, if any. */
  pageSource: () => string | null;
  /** The story the page belongs to, once known (null: none, or not known yet). */
  story: () => PageStory | null;
  /** The mention whose card is open, if any. */
  shown: () => PageMention | null;
  /** Opens the card for `mention` at once, with keyboard focus in it. */
  openFocused: (mention: PageMention) => void;
  /** Ends the commands' own timer (a flash in progress). */
  signal: AbortSignal;
}

/** What the rest of the extension may ask of a highlighted page. */
export interface PageCommands {
  /** Keyboard command: focus the next or previous highlighted item and open its card. */
  focusMention(direction: FocusMentionMessage['direction']): void;
  /** From the sidebar: scroll to the item's next highlighted mention and flash it. */
  focusItem(entityId: string): void;
  /** The highlighted items in order of first mention, with their counts; and the corpus article the page is. */
  pageItems(): PageItemsResponse;
}

/** The commands a highlighted page answers: the keyboard's, the sidebar's and the popup's. */
export function createPageCommands(options: PageCommandsOptions): PageCommands {
  const { timers, highlighter } = options;
  /** The sidebar's "show on page": the mention shown last, and the timer that ends its flash. */
  let lastFocused: PageMention | null = null;
  let flashTimer: number | undefined;
  options.signal.addEventListener('abort', () => timers.clearTimeout(flashTimer), { once: true });

  return {
    focusMention(direction) {
      const mentions = highlighter.mentions();
      if (mentions.length === 0) return;
      const shown = options.shown();
      const at = shown ? mentions.indexOf(shown) : -1;
      const next =
        direction === 'next'
          ? mentions[(at + 1) % mentions.length]
          : mentions[(at - 1 + mentions.length) % mentions.length];
      if (!next) return;
      next.from.node.parentElement?.scrollIntoView({ block: 'center' });
      highlighter.focus(next);
      options.openFocused(next);
    },
    focusItem(entityId) {
      const mentions = highlighter.mentions().filter((mention) => mention.entityId === entityId);
      if (mentions.length === 0) return;
      const at = lastFocused ? mentions.indexOf(lastFocused) : -1;
      const next = mentions[(at + 1) % mentions.length] as PageMention;
      lastFocused = next;
      next.from.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      highlighter.focus(next);
      timers.clearTimeout(flashTimer);
      flashTimer = timers.setTimeout(() => {
        if (!options.shown()) highlighter.focus(null);
      }, FLASH_MS);
    },
    pageItems() {
      const counts = new Map<string, number>();
      for (const mention of highlighter.mentions())
        counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
      return {
        type: 'page-items',
        hostname: options.hostname(),
        active: true,
        pageSourceId: options.pageSource(),
        story: options.story(),
        items: [...counts].map(([id, count]) => ({ id, count })),
      };
    },
  };
}
