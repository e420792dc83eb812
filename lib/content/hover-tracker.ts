import type { CardIntent } from '../ui/card/card-intent';

/** The pointer must stop this long before we ask which text is under it (one caret lookup per rest, not per move). */
export const HIT_TEST_DELAY_MS = 50;

export interface HoverTrackerOptions<Target> {
  /** Where pointer moves are heard: the page's document. */
  doc: Pick<Document, 'addEventListener'>;
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  /** The mention under a point in client coordinates, if any. */
  mentionAt: (x: number, y: number) => Target | undefined;
  /** Whether a move's target is the card itself: moves over the card are the card's (hover intent hears those). */
  isOverCard: (target: Node | null) => boolean;
  /** Told where the pointer rests. */
  intent: Pick<CardIntent<Target>, 'restOn' | 'leaveMention'>;
  /** Ends the tracking: the listener goes, and a pending lookup with it. */
  signal: AbortSignal;
}

/**
 * Follows the pointer over the page and tells the hover intent whether it
 * rests on a mention. A move only restarts a short countdown; the hit test
 * runs once the pointer has stopped, so a pointer crossing the page costs no
 * layout work.
 */
export function trackHover<Target>(options: HoverTrackerOptions<Target>): void {
  const { timers, intent, signal } = options;
  if (signal.aborted) return;
  let timer: number | undefined;
  options.doc.addEventListener(
    'pointermove',
    (event) => {
      if (options.isOverCard(event.target as Node | null)) return;
      timers.clearTimeout(timer);
      const { clientX: x, clientY: y } = event;
      timer = timers.setTimeout(() => {
        const mention = options.mentionAt(x, y);
        if (mention !== undefined) intent.restOn(mention);
        else intent.leaveMention();
      }, HIT_TEST_DELAY_MS);
    },
    { signal, passive: true },
  );
  signal.addEventListener('abort', () => timers.clearTimeout(timer), { once: true });
}
