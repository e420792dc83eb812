import type { Matcher } from './compile-matcher';

export interface ChunkPosition {
  chunk: number;
  offset: number;
}

export interface ChunkMention {
  entityId: string;
  alias: number;
  text: string;
  /** Offsets in the joined text. */
  start: number;
  end: number;
  /** The same positions as (chunk, offset in chunk); `end` is exclusive. */
  from: ChunkPosition;
  to: ChunkPosition;
}

/** Index of the chunk that holds `offset`: the last chunk starting at or before it (binary search). */
export function chunkAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Finds mentions in text that arrives in pieces (a page's text nodes), as if
 * the pieces were one string, so "Steve <b>Witkoff</b>" is one mention with
 * its start in one piece and its end in the next.
 */
export function findInChunks(matcher: Matcher, chunks: readonly string[]): ChunkMention[] {
  const starts: number[] = [];
  let length = 0;
  for (const chunk of chunks) {
    starts.push(length);
    length += chunk.length;
  }
  const text = chunks.join('');
  return matcher.findAll(text).map((mention) => {
    const first = chunkAt(starts, mention.start);
    // The end is exclusive: locate the last character, then step past it.
    const last = chunkAt(starts, mention.end - 1);
    return {
      entityId: mention.entityId,
      alias: mention.alias,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      from: { chunk: first, offset: mention.start - (starts[first] as number) },
      to: { chunk: last, offset: mention.end - (starts[last] as number) },
    };
  });
}
