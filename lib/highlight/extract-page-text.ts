/**
 * Collects a page's visible text as chunks, one per text node, in reading
 * order, with a separator chunk between blocks so that a name can never be
 * matched across two paragraphs. DOM code: it takes its root and reads
 * nothing global, so it runs in the content script and, with linkedom, in
 * Node.
 */

/** Elements whose text is not prose a reader sees (or is theirs to edit). */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'BUTTON',
]);

/** The extension's own UI, wherever it is mounted. */
export const OWN_UI_SELECTOR = 'parallax-card, [data-parallax-ui]';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'CAPTION',
  'LEGEND',
  'HTML',
]);

/** Joins blocks: not white space and not a word character, so it stops every alias. */
export const BLOCK_SEPARATOR = '\u0000';

export interface TextChunk {
  /** The text node, or null for a block separator. */
  node: Text | null;
  text: string;
  /** Offset of the chunk in the joined text. */
  start: number;
}

export interface PageText {
  chunks: TextChunk[];
  text: string;
}

export interface ExtractOptions {
  /** Also skip elements hidden by CSS (needs a rendering engine; off in Node). */
  checkVisibility?: boolean;
  /** Stop after this many characters (huge pages are handled in slices). */
  maxChars?: number;
}

function isSkipped(element: Element, options: ExtractOptions): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.matches(OWN_UI_SELECTOR)) return true;
  if (options.checkVisibility && typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({ visibilityProperty: true });
  }
  return false;
}

/** The nearest block element (or shadow root) around a node: mentions are thinned per block. */
export function blockOf(node: Node): Node | null {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).tagName.toUpperCase())) return current;
    if (current.nodeType === 11) return current;
  }
  return null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Block elements and line breaks: text on either side of one is never one phrase. */
function breaksText(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BR' || BLOCK_TAGS.has(tag);
}

/**
 * Visible text under `root` (a Document, an Element or a ShadowRoot),
 * descending into open shadow roots.
 *
 * A plain depth-first walk rather than a TreeWalker with a filter: linkedom's
 * TreeWalker ignores the filter, so script and style text leaked into the
 * result in Node, and the walk must also look inside the root's own shadow root.
 */
export function extractPageText(root: Node, options: ExtractOptions = {}): PageText {
  const chunks: TextChunk[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Node | null | undefined;
  /** A block or <br> began since the last text node ("Steve<br>Witkoff", "a<div></div>b"). */
  let broken = false;
  const limit = options.maxChars ?? Number.POSITIVE_INFINITY;

  const push = (node: Text | null, text: string): void => {
    chunks.push({ node, text, start: length });
    parts.push(text);
    length += text.length;
  };

  // Nodes still to visit, the next one on top.
  const stack: Node[] = [];
  const pushChildren = (parent: Node): void => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
    // An open shadow root is what the host renders: visit it before the light children.
    const shadow = parent.nodeType === ELEMENT_NODE ? (parent as Element).shadowRoot : null;
    if (shadow) pushChildren(shadow);
  };

  pushChildren(root);
  while (length < limit) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element, options)) continue;
      if (breaksText(element)) broken = true;
      pushChildren(element);
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const text = node.nodeValue ?? '';
    if (text === '') continue;
    const block = blockOf(node);
    if (lastBlock !== undefined && (broken || block !== lastBlock)) push(null, BLOCK_SEPARATOR);
    lastBlock = block;
    broken = false;
    push(node as Text, text);
  }
  return { chunks, text: parts.join('') };
}
