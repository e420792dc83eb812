import type { ItemCardResponse } from '../messaging/protocol';
import type { CardState } from '../ui/card/ItemCard';
import type { Rect } from '../ui/card/place-card';
import { CARD_MARKS } from './phase-marks';
import { CARD_ATTEMPT_MS, withDeadline } from './with-deadline';
import { withRetry } from './with-retry';

/** A card answer slower than this shows "Loading…" rather than nothing. */
export const LOADING_AFTER_MS = 100;

/** The card on the page as the controller drives it (lib/ui/card/mount-card.ts's CardHandle). */
export interface CardView {
  show: (state: CardState, anchor: Rect) => void;
  focus: () => void;
  contains: (node: Node | null) => boolean;
  remove: () => void;
}

/** What a card is for: a mention of an item on the page. */
export interface CardTarget {
  entityId: string;
  text: string;
}

export interface CardControllerOptions<Target extends CardTarget> {
  /** The page's window: its clock, its frames and its performance marks. */
  win: Pick<Window, 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame'> & {
    performance: Pick<Performance, 'mark'>;
  };
  /** Adds the card to the page, empty; called on the first open after a close. */
  mount: () => CardView;
  /** Where the card goes: the target's box in client coordinates, null once it is no longer on the page. */
  anchorOf: (target: Target) => Rect | null;
  /** The item's name, shown while its answer is loading or after it failed. */
  labelOf: (target: Target) => string;
  /** Asks for the card's answer: one attempt, which may never settle. */
  request: (target: Target) => Promise<ItemCardResponse>;
}

export interface CardController<Target extends CardTarget> {
  /**
   * Shows the card for `target` (replacing the one shown): "Loading…" if the
   * answer is slow, then the answer or an error. An answer for a card since
   * replaced or closed is dropped.
   */
  open: (target: Target) => Promise<void>;
  /** The next `open` moves keyboard focus into the card (a keyboard command opened it). */
  focusOnNextOpen: () => void;
  /** Removes the card; answers still on their way are dropped. */
  close: () => void;
  /** Places the shown card beside its target again (the page scrolled). */
  reposition: () => void;
  /** Whether `node` is the card or inside it. */
  contains: (node: Node | null) => boolean;
  /** The target whose card is on the page, or null. */
  readonly shown: Target | null;
  /** Whether the card is on the page. */
  readonly isOpen: boolean;
}

/**
 * The life of the one item card: its ticket (each open takes a new one, and
 * only the latest may show), the "Loading…" delay, the deadline on each
 * attempt at the answer and the one retry after a failed or lost attempt.
 */
export function createCardController<Target extends CardTarget>(
  options: CardControllerOptions<Target>,
): CardController<Target> {
  const { win } = options;
  let view: CardView | null = null;
  let shown: Target | null = null;
  let shownState: CardState | null = null;
  let focusNext = false;
  let ticket = 0;

  return {
    async open(target) {
      const focus = focusNext;
      focusNext = false;
      const anchor = options.anchorOf(target);
      if (!anchor) return;
      win.performance.mark(CARD_MARKS.open, { detail: target.entityId });
      const mine = ++ticket;
      view ??= options.mount();
      shown = target;
      const label = options.labelOf(target);
      const show = (state: CardState): void => {
        if (mine !== ticket || !view) return;
        shownState = state;
        view.show(state, options.anchorOf(target) ?? anchor);
        if (focus) view.focus();
      };
      const loading = win.setTimeout(() => show({ status: 'loading', label }), LOADING_AFTER_MS);
      try {
        // Each attempt has its deadline: a silent background would otherwise keep the card loading for good.
        const answer = await withRetry(() =>
          withDeadline(options.request(target), CARD_ATTEMPT_MS, win, `item card ${target.entityId}`),
        );
        show({ status: 'ready', card: answer });
        if (mine === ticket) {
          win.requestAnimationFrame(() =>
            win.performance.mark(CARD_MARKS.ready, { detail: target.entityId }),
          );
        }
      } catch {
        show({ status: 'error', label });
      } finally {
        win.clearTimeout(loading);
      }
    },
    focusOnNextOpen() {
      focusNext = true;
    },
    close() {
      ticket++;
      view?.remove();
      view = null;
      shown = null;
      shownState = null;
    },
    reposition() {
      const anchor = shown ? options.anchorOf(shown) : null;
      if (view && shownState && anchor) view.show(shownState, anchor);
    },
    contains(node) {
      return view?.contains(node) ?? false;
    },
    get shown() {
      return shown;
    },
    get isOpen() {
      return view !== null;
    },
  };
}
