/**
 * Hover intent for the item card, after Wikipedia's Page Previews: a card opens only
 * when the pointer rests on a mention, and stays while the pointer travels from the
 * mention to the card, so reading a page with the mouse never makes cards flicker.
 */

/** The pointer must rest this long on a mention: shorter opens cards for a pointer merely crossing the text. */
export const OPEN_DELAY_MS = 200;
/** Grace after the pointer leaves mention and card: long enough to cross the gap to the card or wobble out and back. */
export const CLOSE_DELAY_MS = 300;

type TimerId = ReturnType<typeof setTimeout>;

/** The clock, injected so tests can drive it. */
export interface CardIntentTimers {
  setTimeout: (callback: () => void, ms: number) => TimerId;
  clearTimeout: (id: TimerId) => void;
}

export interface CardIntentCallbacks<Target> {
  /** Show the card for `target`, replacing the card that is open, if any: there is only ever one. */
  open: (target: Target) => void;
  /** Hide the open card. */
  close: () => void;
}

export interface CardIntent<Target> {
  /** The pointer rests on the mention `target` (pointer entered it). */
  restOn: (target: Target) => void;
  /** The pointer left the mention it was on. */
  leaveMention: () => void;
  /** The pointer entered the card: the reader wants it, whatever was pending. */
  enterCard: () => void;
  /** The pointer left the card. */
  leaveCard: () => void;
  /** Open the card for `target` at once (keyboard focus on a mention: no pointer to rest). */
  openNow: (target: Target) => void;
  /** Close at once, e.g. on Esc or a click outside the card. */
  closeNow: () => void;
  /** The target whose card is open, or `null`. */
  readonly current: Target | null;
  /** Cancel pending timers and ignore every later call; calls neither `open` nor `close`. */
  dispose: () => void;
}

/*
 * Looked up at call time rather than captured, so fake timers installed after creation
 * still apply; and called as plain functions, because a browser's `setTimeout` throws
 * "Illegal invocation" when called as a method of another object.
 */
const GLOBAL_TIMERS: CardIntentTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id),
};

/** A hover-intent controller for one card at a time; `Target` is whatever identifies a mention to the caller. */
export function createCardIntent<Target>(
  callbacks: CardIntentCallbacks<Target>,
  timers: CardIntentTimers = GLOBAL_TIMERS,
): CardIntent<Target> {
  let current: Target | null = null;
  let pending: { target: Target; timer: TimerId } | null = null;
  let closeTimer: TimerId | null = null;
  let overCard = false;
  let disposed = false;

  const cancelOpen = (): void => {
    if (pending) timers.clearTimeout(pending.timer);
    pending = null;
  };
  const cancelClose = (): void => {
    if (closeTimer !== null) timers.clearTimeout(closeTimer);
    closeTimer = null;
  };
  const open = (target: Target): void => {
    cancelOpen();
    cancelClose();
    current = target;
    callbacks.open(target);
  };
  const close = (): void => {
    cancelOpen();
    cancelClose();
    overCard = false;
    if (current === null) return;
    current = null;
    callbacks.close();
  };
  const scheduleClose = (): void => {
    // A running countdown is kept: leaving again must not postpone the close.
    if (current === null || overCard || closeTimer !== null) return;
    closeTimer = timers.setTimeout(() => {
      closeTimer = null;
      close();
    }, CLOSE_DELAY_MS);
  };

  return {
    restOn(target) {
      if (disposed) return;
      cancelClose();
      if (target === current) {
        // Back on the open card's mention: forget a switch to another one.
        cancelOpen();
        return;
      }
      // Repeated events over the same mention must not restart its countdown.
      if (pending?.target === target) return;
      cancelOpen();
      pending = { target, timer: timers.setTimeout(() => open(target), OPEN_DELAY_MS) };
    },
    leaveMention() {
      if (disposed) return;
      cancelOpen();
      scheduleClose();
    },
    enterCard() {
      if (disposed) return;
      overCard = true;
      cancelOpen();
      cancelClose();
    },
    leaveCard() {
      if (disposed) return;
      overCard = false;
      scheduleClose();
    },
    openNow(target) {
      if (disposed) return;
      open(target);
    },
    closeNow() {
      if (disposed) return;
      close();
    },
    get current() {
      return current;
    },
    dispose() {
      cancelOpen();
      cancelClose();
      disposed = true;
    },
  };
}
