import type { Matcher } from '../entities';
import { chunkAt } from '../entities/find-in-chunks';
import type { TextChunk } from './extract-page-text';

/**
 * Matching works on windows of a block's text so that no single step takes
 * long, even on a 10 MB text node. Matching a window is quick; each mention
 * found costs its own DOM positions on top, so a window four times this
 * size, dense with mentions, made a long task in the hardening suite, and
 * this one stays well inside a slice. Windows overlap by OVERLAP_CHARS so a
 * mention that straddles a cut is still found (aliases are far shorter;
 * folding may hide a few invisible characters inside one).
 */
export const WINDOW_CHARS = 16 * 1024;
const OVERLAP_CHARS = 512;

export interface DomPosition {
  node: Text;
  offset: number;
}

/** A mention located in the page: which item, where it starts and ends, and its block. */
export interface PageMention {
  entityId: string;
  text: string;
  from: DomPosition;
  to: DomPosition;
  /** The text nodes it covers, first to last (usually one). */
  nodes: Text[];
  /** The block element it sits in; density rules count per block. */
  block: Node | null;
}

/** One step of matching: a window of one block's text. */
export interface ScanUnit {
  chunks: TextChunk[];
  /** Offsets of each chunk within the block's text. */
  starts: number[];
  text: string;
  /** Keep mentions starting in [keepFrom, keepTo) of `text`, shifted by `base`. */
  base: number;
  keepFrom: number;
  keepTo: number;
}

/**
 * Cuts extracted chunks into blocks (at separators) and blocks into windows,
 * as the chunks arrive: fed after every step of the page walk, it does work in
 * proportion to that step's chunks (plus the blocks they close), so cutting a
 * 50,000-element page never runs as one long task after the walk.
 */
export class ScanUnitCutter {
  readonly units: ScanUnit[] = [];
  private block: TextChunk[] = [];
  private starts: number[] = [];
  private blockLength = 0;
  /** Chunks of the fed list already taken. */
  private taken = 0;

  /** Takes the chunks appended to `chunks` since the last call (the same, growing list each time). */
  feed(chunks: readonly TextChunk[]): void {
    for (; this.taken < chunks.length; this.taken++) {
      const chunk = chunks[this.taken] as TextChunk;
      if (chunk.node === null) {
        this.flush();
        continue;
      }
      this.block.push(chunk);
      this.starts.push(this.blockLength);
      this.blockLength += chunk.text.length;
    }
  }

  /** Closes the last block: the walk is over. */
  finish(): void {
    this.flush();
  }

  private flush(): void {
    const block = this.block;
    if (block.length === 0) return;
    const starts = this.starts;
    const text =
      block.length === 1 ? (block[0] as TextChunk).text : block.map((chunk) => chunk.text).join('');
    for (let from = 0; from < text.length; from += WINDOW_CHARS) {
      // One character of left context keeps the word-boundary check honest at the cut.
      const base = Math.max(0, from - 1);
      const windowText = text.slice(base, Math.min(text.length, from + WINDOW_CHARS + OVERLAP_CHARS));
      this.units.push({
        chunks: block,
        starts,
        text: windowText,
        base,
        keepFrom: from - base,
        keepTo: from - base + WINDOW_CHARS,
      });
    }
    this.block = [];
    this.starts = [];
    this.blockLength = 0;
  }
}

/** Splits extracted chunks into blocks (at separators) and blocks into windows, all at once. */
export function scanUnits(chunks: readonly TextChunk[]): ScanUnit[] {
  const cutter = new ScanUnitCutter();
  cutter.feed(chunks);
  cutter.finish();
  return cutter.units;
}

/** The mentions one unit holds, located in the DOM. */
export function scanUnit(unit: ScanUnit, matcher: Matcher): PageMention[] {
  const found: PageMention[] = [];
  for (const mention of matcher.findAll(unit.text)) {
    if (mention.start < unit.keepFrom || mention.start >= unit.keepTo) continue;
    const start = unit.base + mention.start;
    const end = unit.base + mention.end;
    const first = chunkAt(unit.starts, start);
    const last = chunkAt(unit.starts, end - 1);
    const firstChunk = unit.chunks[first];
    const lastChunk = unit.chunks[last];
    if (!firstChunk?.node || !lastChunk?.node) continue;
    const nodes = unit.chunks.slice(first, last + 1).flatMap((chunk) => (chunk.node ? [chunk.node] : []));
    found.push({
      entityId: mention.entityId,
      text: mention.text,
      from: { node: firstChunk.node, offset: start - (unit.starts[first] ?? 0) },
      to: { node: lastChunk.node, offset: end - (unit.starts[last] ?? 0) },
      nodes,
      block: firstChunk.block,
    });
  }
  return found;
}
