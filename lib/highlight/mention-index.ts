import type { PageMention } from './scan-chunks';

interface Span {
  start: number;
  end: number;
  mention: PageMention;
}

/**
 * Mentions by text node, each node's spans sorted by offset, so a pointer's
 * caret position finds its mention by binary search rather than a scan.
 */
export class MentionIndex {
  private readonly byNode = new Map<Text, Span[]>();
  private readonly unsorted = new Set<Span[]>();
  private readonly list: PageMention[] = [];

  get size(): number {
    return this.list.length;
  }

  add(mention: PageMention): void {
    this.list.push(mention);
    mention.nodes.forEach((node, index) => {
      const start = index === 0 ? mention.from.offset : 0;
      const end = index === mention.nodes.length - 1 ? mention.to.offset : (node.nodeValue ?? '').length;
      let spans = this.byNode.get(node);
      if (!spans) {
        spans = [];
        this.byNode.set(node, spans);
      }
      spans.push({ start, end, mention });
      this.unsorted.add(spans);
    });
  }

  /** The mention covering `offset` in `node`, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    const spans = this.byNode.get(node as Text);
    if (!spans) return undefined;
    if (this.unsorted.delete(spans)) spans.sort((a, b) => a.start - b.start);
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = spans[mid];
      if (!span) break;
      if (offset < span.start) high = mid - 1;
      else if (offset >= span.end) low = mid + 1;
      else return span.mention;
    }
    return undefined;
  }

  /** Drops the mentions `remove` picks and returns them. */
  removeWhere(remove: (mention: PageMention) => boolean): PageMention[] {
    const removed = new Set(this.list.filter(remove));
    if (removed.size === 0) return [];
    for (let i = this.list.length - 1; i >= 0; i--) {
      const mention = this.list[i];
      if (mention && removed.has(mention)) this.list.splice(i, 1);
    }
    for (const [node, spans] of this.byNode) {
      const kept = spans.filter((span) => !removed.has(span.mention));
      if (kept.length === 0) this.byNode.delete(node);
      else if (kept.length !== spans.length) this.byNode.set(node, kept);
    }
    return [...removed];
  }

  /** Every mention, in the order they were added. */
  all(): readonly PageMention[] {
    return this.list;
  }

  clear(): void {
    this.byNode.clear();
    this.unsorted.clear();
    this.list.length = 0;
  }
}
