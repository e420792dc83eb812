/**
 * Collects a page's visible text as chunks, one per text node, in reading
 * order, with a separator chunk between blocks so that a name can never be
 * matched across two paragraphs. DOM code: it takes its root and reads
 * nothing global, so it runs in the content script and, with linkedom, in
 * Node.
 */

/** Elements (by `localName`) whose text is not prose a reader sees (or is theirs to edit). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'head',
  'title',
  'button',
]);

/** The extension's own UI, wherever it is mounted. */
export const OWN_UI_SELECTOR = 'parallax-card, [data-parallax-ui]';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'caption',
  'legend',
  'html',
]);

/** Joins blocks: not white space and not a word character, so it stops every alias. */
export const BLOCK_SEPARATOR = '\u0000';

export interface TextChunk {
  /** The text node, or null for a block separator. */
  node: Text | null;
  text: string;
  /**
   * The block element (or shadow root) the text sits in, as the walk knew it:
   * looking it up per mention would climb every ancestor, which on a deeply
   * nested page costs the depth for each mention.
   */
  block: Node | null;
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

/** OWN_UI_SELECTOR's parts, checked without running a selector on every element of the page. */
const OWN_UI_TAG = 'parallax-card';

/**
 * Elements skipped for an attribute: hidden, hidden from assistive technology
 * (so screen-reader and sighted users see the same items), the extension's
 * own UI, and editable areas.
 */
const SKIPPED_BY_ATTRIBUTE =
  '[hidden], [aria-hidden="true"], [data-parallax-ui], [contenteditable]:not([contenteditable="false"])';

/**
 * The elements under `root` (and `root` itself) that SKIPPED_BY_ATTRIBUTE
 * names, found by one selector query: reading four attributes of every
 * element from script costs more than the rest of the walk.
 */
function elementsSkippedByAttribute(root: Node): Set<Node> {
  const skipped = new Set<Node>();
  if (root.nodeType === ELEMENT_NODE && (root as Element).matches(SKIPPED_BY_ATTRIBUTE)) skipped.add(root);
  const scope = root as Partial<ParentNode>;
  if (typeof scope.querySelectorAll === 'function') {
    for (const element of scope.querySelectorAll(SKIPPED_BY_ATTRIBUTE)) skipped.add(element);
  }
  return skipped;
}

/**
 * Names that may carry a shadow root besides custom elements' (DOM standard, "valid shadow host
 * name"): `attachShadow` and declarative shadow roots refuse every other element, so the walk reads
 * `shadowRoot` (a call into the browser per element) only on these.
 */
const SHADOW_HOST_TAGS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/** What the walk does with an element, by `localName`: bits, so that one lookup answers every question. */
const SKIP = 1;
const BLOCK = 2;
const BREAK = 4;
const HOST = 8;

/**
 * Every tag the walk treats apart. A tag missing here is an inline element that cannot host a shadow
 * root, unless its name is a custom element's (it has a hyphen).
 */
const TAG_ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const add = (tag: string, role: number): void => void roles.set(tag, (roles.get(tag) ?? 0) | role);
  for (const tag of SKIPPED_TAGS) add(tag, SKIP);
  add(OWN_UI_TAG, SKIP);
  for (const tag of BLOCK_TAGS) add(tag, BLOCK | BREAK);
  add('br', BREAK);
  for (const tag of SHADOW_HOST_TAGS) add(tag, HOST);
  return roles;
})();

function roleOf(tag: string): number {
  return TAG_ROLES.get(tag) ?? (tag.includes('-') ? HOST : 0);
}

function isHidden(element: Element, options: ExtractOptions): boolean {
  return (
    options.checkVisibility === true &&
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ visibilityProperty: true })
  );
}

/** The nearest block element (or shadow root) around a node: mentions are thinned per block. */
export function blockOf(node: Node): Node | null {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).localName)) return current;
    if (current.nodeType === 11) return current;
  }
  return null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

function isBlockNode(node: Node): boolean {
  return (
    node.nodeType === 11 || (node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName))
  );
}

/**
 * Visible text under `root` (a Document, an Element or a ShadowRoot),
 * descending into open shadow roots, walked a budget of nodes at a time so a
 * huge page can be read in slices that yield to the page.
 *
 * A plain depth-first walk rather than a TreeWalker with a filter: linkedom's
 * TreeWalker ignores the filter, so script and style text leaked into the
 * result in Node, and the walk must also look inside the root's own shadow
 * root. Each level of the walk is a cursor on its next sibling, which carries
 * the level's block, so no text node looks up its ancestors (5,000-deep
 * nesting stays linear) and entering an element costs the same whether it has
 * one child or 10,000: a step never does more than its budget of nodes.
 * Cursors rather than a stack of every pending child also touch each node
 * once, which matters in a content script's isolated world, where every DOM
 * node handed to script is a wrapper looked up in a hash map.
 */
export class PageTextWalker {
  readonly chunks: TextChunk[] = [];
  /**
   * Parents whose remaining children the walk could not reach: the next child
   * it was to visit left them between two steps (the page changed in between),
   * so its siblings are lost to this walk. The caller reads them again.
   */
  readonly lost: Node[] = [];
  /** The open shadow roots the walk went into: hit-testing must name them to see inside (caret-at-point.ts). */
  readonly shadowRoots: ShadowRoot[] = [];
  private length = 0;
  private lastBlock: Node | null | undefined;
  /** A block or <br> began since the last text node ("Steve<br>Witkoff", "a<div></div>b"). */
  private broken = false;
  private readonly limit: number;
  /**
   * One entry per level being walked, the innermost last: the next node to
   * visit there (null once the level is done), its parent, the nearest block
   * around it, and the step that read that cursor.
   */
  private readonly nexts: (Node | null)[] = [];
  private readonly parents: Node[] = [];
  private readonly blocks: (Node | null)[] = [];
  private readonly readIn: number[] = [];
  /**
   * Counts calls to `step` (the constructor belongs to the first): a cursor
   * read in an earlier step may have gone stale while the page ran.
   */
  private stepNumber = 0;
  private readonly skippedByAttribute: Set<Node>;

  constructor(
    root: Node,
    private readonly options: ExtractOptions = {},
  ) {
    this.limit = options.maxChars ?? Number.POSITIVE_INFINITY;
    this.skippedByAttribute = elementsSkippedByAttribute(root);
    this.enter(root, isBlockNode(root) ? root : blockOf(root));
  }

  /** Opens a level for `parent`'s children, and on top of it one for its open shadow root. */
  private enter(parent: Node, block: Node | null, mayHost = parent.nodeType === ELEMENT_NODE): void {
    this.open(parent, block);
    // An open shadow root is what the host renders: visit it before the light children.
    const shadow = mayHost ? (parent as Element).shadowRoot : null;
    if (shadow) {
      this.shadowRoots.push(shadow);
      for (const element of elementsSkippedByAttribute(shadow)) this.skippedByAttribute.add(element);
      this.open(shadow, shadow);
    }
  }

  private open(parent: Node, block: Node | null): void {
    // Of a document only its element holds text; linkedom ends the document's
    // sibling chain at the doctype, so starting there would find nothing.
    this.nexts.push(
      parent.nodeType === DOCUMENT_NODE ? (parent as Document).documentElement : parent.firstChild,
    );
    this.parents.push(parent);
    this.blocks.push(block);
    this.readIn.push(this.stepNumber);
  }

  private close(): void {
    this.nexts.pop();
    this.parents.pop();
    this.blocks.pop();
    this.readIn.pop();
  }

  private push(node: Text | null, text: string, block: Node | null): void {
    this.chunks.push({ node, text, start: this.length, block });
    this.length += text.length;
  }

  /** Visits up to `budget` nodes; true once the whole tree (or `maxChars`) is done. */
  step(budget: number): boolean {
    const done = this.walk(budget, this.stepNumber);
    this.stepNumber++;
    return done;
  }

  private walk(budget: number, step: number): boolean {
    for (let visited = 0; visited < budget; visited++) {
      if (this.length >= this.limit) return true;
      const level = this.nexts.length - 1;
      if (level < 0) return true;
      const node = this.nexts[level] as Node | null;
      if (node === null) {
        this.close();
        continue;
      }
      const parent = this.parents[level] as Node;
      if (this.readIn[level] !== step && node.parentNode !== parent) {
        this.lost.push(parent);
        this.close();
        continue;
      }
      this.nexts[level] = node.nextSibling;
      this.readIn[level] = step;
      const block = this.blocks[level] as Node | null;
      // Read once: every DOM property read is a call into the browser's native code.
      const type = node.nodeType;
      if (type === ELEMENT_NODE) {
        const element = node as Element;
        const role = roleOf(element.localName);
        if ((role & SKIP) !== 0 || this.skippedByAttribute.has(element) || isHidden(element, this.options))
          continue;
        // Block elements and line breaks: text on either side of one is never one phrase.
        if ((role & BREAK) !== 0) this.broken = true;
        this.enter(element, (role & BLOCK) !== 0 ? element : block, (role & HOST) !== 0);
        continue;
      }
      if (type !== TEXT_NODE) continue;
      const text = (node as Text).data;
      if (text === '') continue;
      if (this.lastBlock !== undefined && (this.broken || block !== this.lastBlock))
        this.push(null, BLOCK_SEPARATOR, null);
      this.lastBlock = block;
      this.broken = false;
      this.push(node as Text, text, block);
    }
    return this.nexts.length === 0 || this.length >= this.limit;
  }

  /** Characters collected so far, block separators included. */
  get characters(): number {
    return this.length;
  }

  result(): PageText {
    return { chunks: this.chunks, text: this.chunks.map((chunk) => chunk.text).join('') };
  }
}

/** All of `root`'s visible text at once (see PageTextWalker). */
export function extractPageText(root: Node, options: ExtractOptions = {}): PageText {
  const walker = new PageTextWalker(root, options);
  walker.step(Number.POSITIVE_INFINITY);
  return walker.result();
}
