import { caretAtPoint, rangeContainsPoint, type PageHighlighter, type PageMention } from '../highlight';

/**
 * The highlighted mention under the point (x, y) in client coordinates, if
 * any: one caret lookup, the highlighter's mention at that caret, then a check
 * that the point is inside the mention's boxes (a caret snaps to the nearest
 * text, so a point in the margin beside a line would otherwise count).
 */
export function mentionAtPoint(
  doc: Document,
  highlighter: Pick<PageHighlighter, 'shadowRoots' | 'mentionAt' | 'rangeOf'>,
  x: number,
  y: number,
): PageMention | undefined {
  const caret = caretAtPoint(doc, x, y, highlighter.shadowRoots());
  const mention = caret ? highlighter.mentionAt(caret.node, caret.offset) : undefined;
  const range = mention ? highlighter.rangeOf(mention) : undefined;
  return mention && range && rangeContainsPoint(range, x, y) ? mention : undefined;
}
