/**
 * Where a passage names the item it was found for, to mark it: the item's
 * full label, else any of its longer words ("Witkoff" for "Steve Witkoff",
 * "Kremlin" for "the Kremlin"), whole words only, case ignored. Passages are
 * chosen because they mention the item, often by a shorter name than its
 * label; a word this short is too common to mark on its own.
 */
const MIN_WORD_LENGTH = 4;

const LETTER = /[\p{L}\p{N}]/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** [start, end) ranges of `text` that name `label`, in order and not overlapping. */
export function mentionRanges(text: string, label: string): [number, number][] {
  const words = label.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length >= MIN_WORD_LENGTH);
  const names = [...new Set([label.trim(), ...words])].filter((name) => name !== '');
  if (names.length === 0) return [];
  // Longest first, so the full name wins over its parts where both match.
  names.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.map(escape).join('|'), 'giu');
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1];
    const after = text[end];
    if ((before !== undefined && LETTER.test(before)) || (after !== undefined && LETTER.test(after)))
      continue;
    ranges.push([start, end]);
  }
  return ranges;
}
