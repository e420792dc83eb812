/** Markdown output shared by the bench sections. */

/** A GitHub-flavoured Markdown table; numbers columns read best right-aligned. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('left' | 'right')[],
): string {
  const cell = (text: string): string => text.replace(/\|/gu, '\\|');
  const rule = headers.map((_, i) =>
    (align?.[i] ?? (i === 0 ? 'left' : 'right')) === 'right' ? '---:' : ':---',
  );
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${rule.join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Milliseconds with precision that suits the magnitude (µs below 0.1 ms). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Decimal units (kB = 1000 B), as download sizes are usually quoted. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return ratio >= 10 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(2)}×`;
}

/** "1.20 ms ±12%": the median and half the range of the samples relative to it. */
export function formatTiming(timing: { medianMs: number; spread: number }): string {
  return `${formatMs(timing.medianMs)} ±${((timing.spread / 2) * 100).toFixed(0)}%`;
}

/** Where a section's methodology is written down, for the end of its report. */
export function methodLink(section: string): string {
  return `how it is measured: docs/bench.md#${section}`;
}
