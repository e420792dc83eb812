export interface CaretPosition {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The text position under a point. Highlights take no pointer events, so
 * hovering a mention means asking which character is under the pointer:
 * `caretPositionFromPoint` (standard; Firefox, Chromium 128+) or WebKit's
 * older `caretRangeFromPoint`.
 *
 * A position inside a shadow tree is reported as its host unless the tree is
 * named in `shadowRoots` (a page's shadow trees are its own business): pass
 * the open shadow roots that hold mentions. `caretRangeFromPoint` cannot
 * look inside them at all.
 */
export function caretAtPoint(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): CaretPosition | null {
  const caretDoc = doc as Document & CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? caretDoc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
        : caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether a point falls inside one of a range's boxes (the caret API snaps to the nearest text). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}
