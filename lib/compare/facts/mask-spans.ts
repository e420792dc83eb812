/**
 * The character that replaces words already read. It is neither a word
 * character nor white space, so no later pattern matches across it and no
 * noun phrase runs into it, while every offset stays where it was.
 */
export const MASK = '\u0000';

/** `text` with every span blanked out by `MASK`, keeping its length. */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const { start, end } of spans)
    for (let i = Math.max(0, start); i < end && i < chars.length; i++) chars[i] = MASK;
  return chars.join('');
}
