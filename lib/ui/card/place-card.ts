/** Space between the mention and the card: close enough that the pointer crosses it in one move. */
export const ANCHOR_GAP_PX = 4;

/** A box in viewport (client) coordinates, as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Which side of the mention the card ended up on. */
  placement: 'below' | 'above';
}

/**
 * Where to put a card of size `card` for a mention at `anchor`: below it, like a
 * tooltip, unless it does not fit there and fits (or has more room) above. The card
 * starts at the mention's left edge and is clamped inside the viewport, keeping
 * `margin` pixels from every edge. When it fits on neither side it is clamped too,
 * so it may cover the mention, but all of it stays readable; the top wins when even
 * that is impossible, because the close button lives there.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size, margin = 8): CardPlacement {
  const roomBelow = viewport.height - margin - (anchor.bottom + ANCHOR_GAP_PX);
  const roomAbove = anchor.top - ANCHOR_GAP_PX - margin;
  const fitsBelow = card.height <= roomBelow;
  const fitsAbove = card.height <= roomAbove;
  const placement = !fitsBelow && (fitsAbove || roomAbove > roomBelow) ? 'above' : 'below';
  const top =
    placement === 'below' ? anchor.bottom + ANCHOR_GAP_PX : anchor.top - ANCHOR_GAP_PX - card.height;
  return {
    left: clamp(anchor.left, margin, viewport.width - margin - card.width),
    top: clamp(top, margin, viewport.height - margin - card.height),
    placement,
  };
}

/** `value` within [min, max]; `min` wins when the range is empty (the card is larger than the room). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
