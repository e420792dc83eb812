export interface CaretPosition {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The text position under a point. Highlights take no pointer events, so
 * hovering a mention means asking which character is under the pointer:
 * `caretPositionFromPoint` (standard; Firefox, Chromium 128+) or WebKit's
 * older `caretRangeFromPoint`.
 */
export function caretAtPoint(doc: Document, x: number, y: number): CaretPosition | null {
  const caretDoc = doc as Document & CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
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
